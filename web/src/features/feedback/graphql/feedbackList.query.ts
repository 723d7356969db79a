import { graphql } from '@/gql';

/** One page of the feedback inbox; the table's columns and nothing more. */
export const FeedbackListQuery = graphql(`
  query FeedbackList($filter: FeedbackFilter, $orderBy: FeedbackOrder, $first: Int, $after: String) {
    feedback(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          receivedAt
          channel
          kind
          category
          npsScore
          csatScore
          cesScore
          text
          language
          sentiment
          loopStatus
          customer {
            id
            name
            segment
          }
          themes {
            id
            name
          }
          department {
            id
            name
          }
        }
      }
    }
  }
`);
