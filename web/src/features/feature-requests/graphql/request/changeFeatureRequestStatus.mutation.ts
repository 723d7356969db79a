import { graphql } from '@/gql';

export const ChangeFeatureRequestStatusMutation = graphql(`
  mutation ChangeFeatureRequestStatus($id: ID!, $status: FeatureRequestStatus!, $note: String) {
    setFeatureRequestStatus(id: $id, status: $status, note: $note) {
      ...FeatureRequestDetail
    }
  }
`);
