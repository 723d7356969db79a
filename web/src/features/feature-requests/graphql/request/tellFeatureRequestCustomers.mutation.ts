import { graphql } from '@/gql';

/** Returns the askers with the follow-ups just made, so the list shows them at once. */
export const TellFeatureRequestCustomersMutation = graphql(`
  mutation TellFeatureRequestCustomers($id: ID!) {
    tellFeatureRequestCustomers(id: $id) {
      ...FeatureRequestAskerFields
    }
  }
`);
