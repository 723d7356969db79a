import { computed, type Ref, ref, shallowRef, watch } from 'vue';

/** A connection as every list of the API returns it. */
interface Connection<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: N }[];
}

/**
 * "Load more" over a cursor-paged list: the pages merge in the Apollo cache (a relayStylePagination
 * field policy in app/apollo.ts), so this only keeps what to show, asks for the page after the last row,
 * and says whether there is more. While other variables load, the rows of the last answer stay instead
 * of flashing away; `resetOn` empties the list when its subject changes (another department).
 */
export function useCursorPages<N>(
  connection: Ref<Connection<N> | null | undefined>,
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown> | undefined,
  resetOn?: Ref<unknown>,
) {
  const shown = shallowRef<Connection<N> | null>(null);
  watch(connection, (value) => {
    if (value) shown.value = value;
  }, { immediate: true });
  if (resetOn) watch(resetOn, () => (shown.value = null));

  const hasMore = computed(() => !!shown.value?.pageInfo.hasNextPage && !!shown.value.pageInfo.endCursor);
  const loadingMore = ref(false);
  async function loadMore() {
    const after = shown.value?.pageInfo.endCursor;
    if (!hasMore.value || !after || loadingMore.value) return;
    loadingMore.value = true;
    try {
      await fetchMore({ variables: { after } });
    } finally {
      loadingMore.value = false;
    }
  }

  return {
    nodes: computed(() => shown.value?.edges.map((e) => e.node) ?? []),
    totalCount: computed(() => shown.value?.totalCount ?? 0),
    hasMore,
    loadingMore,
    loaded: computed(() => shown.value !== null),
    loadMore,
  };
}
