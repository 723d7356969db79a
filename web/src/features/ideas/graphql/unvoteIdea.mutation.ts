import { graphql } from '@/gql';

export const UnvoteIdeaMutation = graphql(`
  mutation UnvoteIdea($id: ID!) {
    unvoteIdea(id: $id) {
      id
      votes
      viewerHasVoted
    }
  }
`);
