import { graphql } from '@/gql';

/** What a request shows wherever it is listed: its figures follow the list's filter. */
export const FeatureRequestSummaryFragment = graphql(`
  fragment FeatureRequestSummary on FeatureRequest {
    id
    title
    status
    feedbackCount
    customerCount
    revenue
    lastAskedAt
    product {
      id
      name
    }
  }
`);
