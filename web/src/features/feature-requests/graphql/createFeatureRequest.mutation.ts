import { graphql } from '@/gql';

/** A new request (UNDER_REVIEW, no feedback yet); the portal opens its page next. */
export const CreateFeatureRequestMutation = graphql(`
  mutation CreateFeatureRequest($input: CreateFeatureRequestInput!) {
    createFeatureRequest(input: $input) {
      id
      ...FeatureRequestSummary
      description
      createdAt
    }
  }
`);
