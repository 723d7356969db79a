import { graphql } from '@/gql';

export const FeatureRequestAskersQuery = graphql(`
  query FeatureRequestAskers($id: ID!) {
    featureRequest(id: $id) {
      ...FeatureRequestAskerFields
    }
  }
`);
