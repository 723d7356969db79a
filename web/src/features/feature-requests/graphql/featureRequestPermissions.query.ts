import { graphql } from '@/gql';

/** Whether the viewer is on the product team (its leads, admins): only they are offered "New". */
export const FeatureRequestPermissionsQuery = graphql(`
  query FeatureRequestPermissions {
    viewerCanManageFeatureRequests
  }
`);
