import { computed, type Ref, ref, shallowRef, watch } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { ActionItemFilter, ActionItemsQuery as ActionItemsResult } from '@/gql/graphql';
import { ActionItemsQuery } from '../graphql/actionItems.query';

export const ACTION_PAGE_SIZE = 25;

/**
 * A work list, soonest due first. "Load more" asks for the page after the last row and appends it to
 * this list's cache entry (one per filter), so going back to the page shows everything loaded.
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

  // while another filter loads, the rows of the last answer stay instead of flashing away
  const shown = shallowRef<ActionItemsResult['actionItems'] | null>(null);
  watch(result, (value) => {
    if (value?.actionItems) shown.value = value.actionItems;
  }, { immediate: true });

  const items = computed(() => shown.value?.edges.map((e) => e.node) ?? []);
  const hasMore = computed(() => !!shown.value?.pageInfo.hasNextPage && !!shown.value.pageInfo.endCursor);
  const loadingMore = ref(false);

  async function loadMore() {
    const after = shown.value?.pageInfo.endCursor;
    if (!hasMore.value || !after || loadingMore.value) return;
    loadingMore.value = true;
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => {
          if (!fetchMoreResult) return previous;
          const seen = new Set(previous.actionItems.edges.map((e) => e.node.id));
          return {
            actionItems: {
              ...fetchMoreResult.actionItems,
              edges: [...previous.actionItems.edges, ...fetchMoreResult.actionItems.edges.filter((e) => !seen.has(e.node.id))],
            },
          };
        },
      });
    } finally {
      loadingMore.value = false;
    }
  }

  return {
    items,
    totalCount: computed(() => shown.value?.totalCount ?? 0),
    hasMore,
    loading,
    loadingMore,
    error,
    loaded: computed(() => shown.value !== null),
    refetch: () => refetch(),
    loadMore,
  };
}
