import { graphql } from '@/gql';

export const EditIdeaCommentMutation = graphql(`
  mutation EditIdeaComment($id: ID!, $body: String!) {
    editIdeaComment(id: $id, body: $body) {
      ...IdeaCommentFields
    }
  }
`);
