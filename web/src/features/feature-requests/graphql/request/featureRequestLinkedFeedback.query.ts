import { graphql } from '@/gql';

/** The linked feedback, newest first, a page at a time ("Show more" asks for the page after `after`). */
export const FeatureRequestLinkedFeedbackQuery = graphql(`
  query FeatureRequestLinkedFeedback($id: ID!, $first: Int!, $after: String) {
    featureRequest(id: $id) {
      id
      feedback(first: $first, after: $after) {
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
            text
            language
            npsScore
            csatScore
            cesScore
            customer {
              id
              name
              segment
              region
            }
          }
        }
      }
    }
  }
`);
