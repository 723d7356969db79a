import { graphql } from '@/gql';

/** A new request made from the feedback page, the feedback linked in the same transaction. */
export const CreateFeatureRequestFromFeedbackMutation = graphql(`
  mutation CreateFeatureRequestFromFeedback($input: CreateFeatureRequestInput!) {
    createFeatureRequest(input: $input) {
      ...FeatureRequestSummary
    }
  }
`);
