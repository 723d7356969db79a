import { graphql } from '@/gql';

/** The new comment is the idea's last: the comment list fetches it after the mutation. */
export const CommentOnIdeaMutation = graphql(`
  mutation CommentOnIdea($id: ID!, $body: String!) {
    commentOnIdea(id: $id, body: $body) {
      id
      commentCount
    }
  }
`);
