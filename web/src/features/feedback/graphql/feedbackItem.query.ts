import { graphql } from '@/gql';

export const FeedbackItemQuery = graphql(`
  query FeedbackItem($id: ID!) {
    feedbackItem(id: $id) {
      id
      receivedAt
      channel
      kind
      category
      source
      npsScore
      npsGroup
      csatScore
      cesScore
      repurchaseScore
      crossBuyScore
      text
      language
      sentiment
      loopStatus
      themes {
        id
        name
      }
      department {
        id
        name
      }
      product {
        id
        name
      }
      survey {
        id
        name
        type
      }
      customer {
        id
        name
        segment
        region
        annualRevenue
      }
      contact {
        name
        email
        phone
        masked
      }
    }
  }
`);
