import { graphql } from '@/gql';

export const PostIdeaMutation = graphql(`
  mutation PostIdea($input: PostIdeaInput!) {
    postIdea(input: $input) {
      ...IdeaDetail
    }
  }
`);
