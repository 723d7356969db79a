import { graphql } from '@/gql';

export const EditIdeaMutation = graphql(`
  mutation EditIdea($input: EditIdeaInput!) {
    editIdea(input: $input) {
      ...IdeaDetail
    }
  }
`);
