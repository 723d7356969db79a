import { graphql } from '@/gql';

/** The customer's other feedback, for the detail page's history panel. */
export const CustomerFeedbackQuery = graphql(`
  query CustomerFeedback($customerId: ID!, $first: Int) {
    feedback(filter: { customerIds: [$customerId] }, first: $first) {
      totalCount
      edges {
        cursor
        node {
          id
          receivedAt
          channel
          category
          npsScore
          csatScore
          cesScore
          text
          sentiment
        }
      }
    }
  }
`);
