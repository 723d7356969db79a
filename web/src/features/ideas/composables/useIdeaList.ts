import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { IdeaFilter, IdeaSort } from '@/gql/graphql';
import { useCursorPages } from '@/shared/composables/useCursorPages';
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

  const pages = useCursorPages(computed(() => result.value?.ideas), fetchMore);

  return {
    ideas: pages.nodes,
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
