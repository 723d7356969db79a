import { graphql } from '@/gql';

/** A new request made from the feedback page (linked to the feedback right after). */
export const CreateFeatureRequestFromFeedbackMutation = graphql(`
  mutation CreateFeatureRequestFromFeedback($input: CreateFeatureRequestInput!) {
    createFeatureRequest(input: $input) {
      ...FeatureRequestSummary
    }
  }
`);
