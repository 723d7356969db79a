import { graphql } from '@/gql';

export const HideIdeaCommentMutation = graphql(`
  mutation HideIdeaComment($id: ID!, $reason: String!) {
    hideIdeaComment(id: $id, reason: $reason) {
      id
      hidden
      hiddenReason
    }
  }
`);
