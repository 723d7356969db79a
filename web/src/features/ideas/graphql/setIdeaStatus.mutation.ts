import { graphql } from '@/gql';

export const SetIdeaStatusMutation = graphql(`
  mutation SetIdeaStatus($id: ID!, $status: IdeaStatus!, $reason: String) {
    setIdeaStatus(id: $id, status: $status, reason: $reason) {
      ...IdeaDetail
    }
  }
`);
