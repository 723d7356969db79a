import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { FeatureRequestFilter, FeatureRequestListQuery, FeatureRequestOrder } from '@/gql/graphql';
import { useCursorPages } from '@/shared/composables/useCursorPages';
import { FeatureRequestListQuery as ListQuery } from '../graphql/featureRequestList.query';

export const LIST_PAGE_SIZE = 25;
export const COLUMN_PAGE_SIZE = 20;

export type FeatureRequestRow = FeatureRequestListQuery['featureRequests']['edges'][number]['node'];

/**
 * One list of requests (the list view, or one column of the board), a page at first; "Show more"
 * fetches the page after the last row and the cache merges it in (relayStylePagination in app/apollo.ts).
 *
 * Network first for every new filter: a request's figures follow the filter but the cache keeps one
 * copy of each request, so rows cached under another filter (or by the request's own page, which
 * counts every link) could show that filter's counts until the answer came. The rows of the previous
 * answer stay, dimmed, while the new one loads.
 */
export function useFeatureRequestList(
  variables: MaybeRefOrGetter<{ filter: FeatureRequestFilter; orderBy: FeatureRequestOrder }>,
  options: { pageSize?: number; enabled?: MaybeRefOrGetter<boolean> } = {},
) {
  const first = options.pageSize ?? LIST_PAGE_SIZE;
  const { result, loading, error, refetch, fetchMore } = useQuery(
    ListQuery,
    () => ({ ...toValue(variables), first, after: null }),
    () => ({
      enabled: toValue(options.enabled ?? true),
      fetchPolicy: 'network-only',
      nextFetchPolicy: 'cache-first',
      notifyOnNetworkStatusChange: true,
    }),
  );
  const pages = useCursorPages<FeatureRequestRow>(computed(() => result.value?.featureRequests), fetchMore);

  return {
    rows: pages.nodes,
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
