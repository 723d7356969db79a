import { graphql } from '@/gql';

/** Returns the request with its figures as they now are (without the link). */
export const UnlinkFeedbackFromRequestMutation = graphql(`
  mutation UnlinkFeedbackFromRequest($featureRequestId: ID!, $feedbackId: ID!) {
    unlinkFeedback(featureRequestId: $featureRequestId, feedbackId: $feedbackId) {
      id
      feedbackCount
      customerCount
      revenue
    }
  }
`);
