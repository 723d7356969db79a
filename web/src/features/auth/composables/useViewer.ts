import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { ViewerQuery } from '../graphql/viewer.query';

/** The signed-in user (null when signed out), from the cache the router guard filled. */
export function useViewer() {
  const { result, loading, error, refetch } = useQuery(ViewerQuery, null, { fetchPolicy: 'cache-first' });
  const viewer = computed(() => result.value?.viewer ?? null);
  const loaded = computed(() => result.value !== undefined);
  return { viewer, loaded, loading, error, refetch };
}
