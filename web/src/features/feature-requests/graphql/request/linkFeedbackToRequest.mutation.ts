import { graphql } from '@/gql';

/** Returns the request with its figures as they now are (they count the new link). */
export const LinkFeedbackToRequestMutation = graphql(`
  mutation LinkFeedbackToRequest($featureRequestId: ID!, $feedbackId: ID!) {
    linkFeedback(featureRequestId: $featureRequestId, feedbackId: $feedbackId) {
      id
      feedbackCount
      customerCount
      revenue
    }
  }
`);
