import { graphql } from '@/gql';

/** Feedback of a department waiting for someone to take it on, soonest follow-up due first. */
export const FollowUpQueueQuery = graphql(`
  query FollowUpQueue($departmentId: ID, $first: Int, $after: String) {
    followUpQueue(departmentId: $departmentId, first: $first, after: $after) {
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
          followUpDueAt
          channel
          category
          text
          npsScore
          csatScore
          cesScore
          loopStatus
          department {
            id
            name
          }
          customer {
            id
            name
          }
        }
      }
    }
  }
`);
