import { graphql } from '@/gql';

/** Requests whose title or description match the words typed (full text, en/nb/sv). */
export const FindFeatureRequestsQuery = graphql(`
  query FindFeatureRequests($search: String!, $first: Int!) {
    featureRequests(filter: { search: $search }, first: $first) {
      edges {
        node {
          ...FeatureRequestSummary
        }
      }
    }
  }
`);
