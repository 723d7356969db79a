import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { ActionItemFilter } from '@/gql/graphql';
import { useCursorPages } from '@/shared/composables/useCursorPages';
import { ActionItemsQuery } from '../graphql/actionItems.query';

export const ACTION_PAGE_SIZE = 25;

/**
 * A work list, soonest due first. "Load more" asks for the page after the last row and the cache merges
 * it into this list's entry (one per filter; app/apollo.ts), so going back to the page shows everything loaded.
 */
export function useActionItems(filter: Ref<ActionItemFilter | null>, options: { enabled?: Ref<boolean>; pageSize?: number } = {}) {
  const first = options.pageSize ?? ACTION_PAGE_SIZE;
  const { result, loading, error, refetch, fetchMore } = useQuery(
    ActionItemsQuery,
    () => ({ filter: filter.value, first, after: null }),
    () => ({
      enabled: options.enabled?.value ?? true,
      fetchPolicy: 'cache-and-network',
      nextFetchPolicy: 'cache-first',
      notifyOnNetworkStatusChange: true,
    }),
  );

  const pages = useCursorPages(computed(() => result.value?.actionItems), fetchMore);

  return {
    items: pages.nodes,
    totalCount: pages.totalCount,
    hasMore: pages.hasMore,
    loading,
    loadingMore: pages.loadingMore,
    error,
    loaded: pages.loaded,
    refetch: () => refetch(),
    loadMore: pages.loadMore,
  };
}
