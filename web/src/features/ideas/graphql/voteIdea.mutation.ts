import { graphql } from '@/gql';

export const VoteIdeaMutation = graphql(`
  mutation VoteIdea($id: ID!) {
    voteIdea(id: $id) {
      id
      votes
      viewerHasVoted
    }
  }
`);
