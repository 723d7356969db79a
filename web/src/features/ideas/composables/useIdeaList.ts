import { computed, type Ref, ref, shallowRef, watch } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { IdeaFilter, IdeaListQuery as IdeaListResult, IdeaSort } from '@/gql/graphql';
import { IdeaListQuery } from '../graphql/ideaList.query';

export const IDEA_PAGE_SIZE = 20;

/**
 * The forum, one page at first; "Load more" fetches the page after the last card and the cache
 * merges it in (relayStylePagination in app/apollo.ts). New filters start again at page one.
 */
export function useIdeaList(variables: Ref<{ filter: IdeaFilter; orderBy: IdeaSort }>) {
  const { result, loading, error, refetch, fetchMore } = useQuery(
    IdeaListQuery,
    () => ({ ...variables.value, first: IDEA_PAGE_SIZE, after: null }),
    { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first', notifyOnNetworkStatusChange: true },
  );

  // While other filters load, the cards of the last answer stay (dimmed) instead of flashing away.
  const shown = shallowRef<IdeaListResult['ideas'] | null>(null);
  watch(
    result,
    (value) => {
      if (value?.ideas) shown.value = value.ideas;
    },
    { immediate: true },
  );

  const ideas = computed(() => shown.value?.edges.map((e) => e.node) ?? []);
  const totalCount = computed(() => shown.value?.totalCount ?? 0);
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
    ideas,
    totalCount,
    hasMore,
    loading,
    loadingMore,
    error,
    loaded: computed(() => shown.value !== null),
    refetch: () => refetch(),
    loadMore,
  };
}
