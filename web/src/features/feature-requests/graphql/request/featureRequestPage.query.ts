import { graphql } from '@/gql';

/** A merged request's id answers with the request it was merged into (the page then moves to its id). */
export const FeatureRequestPageQuery = graphql(`
  query FeatureRequestPage($id: ID!) {
    featureRequest(id: $id) {
      ...FeatureRequestDetail
    }
  }
`);
