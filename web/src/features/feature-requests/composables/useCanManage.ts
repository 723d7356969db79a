import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { FeatureRequestPermissionsQuery } from '../graphql/featureRequestPermissions.query';

/** Whether the viewer may create requests; false until the API has said so. */
export function useCanManage() {
  const { result } = useQuery(FeatureRequestPermissionsQuery, null, { fetchPolicy: 'cache-first' });
  return computed(() => result.value?.viewerCanManageFeatureRequests === true);
}
