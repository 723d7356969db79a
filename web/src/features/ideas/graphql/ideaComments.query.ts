import { graphql } from '@/gql';

/** The idea's comments, oldest first; "Load more" asks for the page after endCursor. */
export const IdeaCommentsQuery = graphql(`
  query IdeaComments($id: ID!, $first: Int, $after: String) {
    idea(id: $id) {
      id
      commentCount
      comments(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...IdeaCommentFields
          }
        }
      }
    }
  }
`);
