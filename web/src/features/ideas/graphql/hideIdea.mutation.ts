import { graphql } from '@/gql';

export const HideIdeaMutation = graphql(`
  mutation HideIdea($id: ID!, $reason: String!) {
    hideIdea(id: $id, reason: $reason) {
      id
      hidden
      hiddenReason
    }
  }
`);
