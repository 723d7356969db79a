import { graphql } from '@/gql';

/** Returns the target: its figures and merged duplicates change with the links it receives. */
export const MergeDuplicateFeatureRequestMutation = graphql(`
  mutation MergeDuplicateFeatureRequest($sourceId: ID!, $targetId: ID!) {
    mergeFeatureRequests(sourceId: $sourceId, targetId: $targetId) {
      ...FeatureRequestDetail
    }
  }
`);
