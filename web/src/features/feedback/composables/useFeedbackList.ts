import { computed, type Ref, ref, shallowRef, watch } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { FeedbackFilter, FeedbackListQuery as FeedbackListResult, FeedbackOrder } from '@/gql/graphql';
import { FeedbackListQuery } from '../graphql/feedbackList.query';

export const PAGE_SIZES = [25, 50, 100] as const;

/**
 * One page of the inbox at a time, paged with a stack of cursors: Next pushes the page's
 * endCursor, Previous pops it. Changing the filters, order or page size starts again at page 1.
 */
export function useFeedbackList(variables: Ref<{ filter: FeedbackFilter; orderBy: FeedbackOrder }>) {
  const pageSize = ref<number>(PAGE_SIZES[0]);
  const listKey = computed(() => JSON.stringify([variables.value, pageSize.value]));
  // The stack belongs to one list; a stale stack (other filters) is ignored rather than reset in a
  // watcher, so a filter change sends one request, not two.
  const stack = ref<{ key: string; cursors: string[] }>({ key: '', cursors: [] });
  const cursors = computed(() => (stack.value.key === listKey.value ? stack.value.cursors : []));

  const { result, loading, error, refetch } = useQuery(
    FeedbackListQuery,
    () => ({ ...variables.value, first: pageSize.value, after: cursors.value.at(-1) ?? null }),
    { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first', notifyOnNetworkStatusChange: true },
  );

  // While the next page loads, the table keeps showing the last one (dimmed) instead of flashing.
  const shown = shallowRef<FeedbackListResult['feedback'] | null>(null);
  watch(
    result,
    (value) => {
      if (value?.feedback) shown.value = value.feedback;
    },
    { immediate: true },
  );

  const rows = computed(() => shown.value?.edges.map((e) => e.node) ?? []);
  const totalCount = computed(() => shown.value?.totalCount ?? 0);
  const pageIndex = computed(() => cursors.value.length);
  const hasNext = computed(() => !!shown.value?.pageInfo.hasNextPage && !!shown.value.pageInfo.endCursor);
  const hasPrevious = computed(() => cursors.value.length > 0);
  const range = computed(() => {
    const from = pageIndex.value * pageSize.value + 1;
    return { from: rows.value.length ? from : 0, to: from + rows.value.length - 1 };
  });

  function next() {
    const cursor = shown.value?.pageInfo.endCursor;
    if (!hasNext.value || !cursor || loading.value) return;
    stack.value = { key: listKey.value, cursors: [...cursors.value, cursor] };
  }
  function previous() {
    if (!hasPrevious.value || loading.value) return;
    stack.value = { key: listKey.value, cursors: cursors.value.slice(0, -1) };
  }
  function setPageSize(size: number) {
    pageSize.value = size;
  }

  return {
    rows,
    totalCount,
    loading,
    error,
    loaded: computed(() => shown.value !== null),
    refetch: () => refetch(),
    pageIndex,
    pageSize,
    hasNext,
    hasPrevious,
    range,
    next,
    previous,
    setPageSize,
  };
}
