import { graphql } from '@/gql';

/** The feedback page's panel: the requests it is linked to, the likeliest others, and who may create one. */
export const FeedbackFeatureRequestsQuery = graphql(`
  query FeedbackFeatureRequests($id: ID!) {
    feedbackItem(id: $id) {
      id
      category
      text
      product {
        id
        name
      }
      featureRequests {
        ...FeatureRequestSummary
      }
      suggestedFeatureRequests {
        ...FeatureRequestSummary
      }
    }
    viewerCanManageFeatureRequests
  }
`);
