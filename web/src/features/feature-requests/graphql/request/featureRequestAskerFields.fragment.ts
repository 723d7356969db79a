import { graphql } from '@/gql';

/** The customers who asked, with the follow-up telling each of them (once "Tell the customers" made it). */
export const FeatureRequestAskerFieldsFragment = graphql(`
  fragment FeatureRequestAskerFields on FeatureRequest {
    id
    askers {
      key
      feedbackCount
      customer {
        id
        name
        segment
        region
        annualRevenue
      }
      latestFeedback {
        id
        receivedAt
        contact {
          name
          email
          phone
          masked
        }
      }
      followUp {
        id
        status
        assignee {
          id
          name
        }
      }
    }
  }
`);
