import { computed, type Ref } from 'vue';
import { useCursorPages } from '@/shared/composables/useCursorPages';
import { useQuery } from '@vue/apollo-composable';
import type { FollowUpQueueQuery as QueueResult } from '@/gql/graphql';
import { FollowUpQueueQuery } from '../graphql/followUpQueue.query';

export const QUEUE_PAGE_SIZE = 25;

export type QueueFeedback = QueueResult['followUpQueue']['edges'][number]['node'];

/** A department's feedback waiting for follow-up with nobody on it yet, soonest due first. */
export function useFollowUpQueue(departmentId: Ref<string | null>, enabled: Ref<boolean>) {
  const { result, loading, error, refetch, fetchMore } = useQuery(
    FollowUpQueueQuery,
    () => ({ departmentId: departmentId.value, first: QUEUE_PAGE_SIZE, after: null }),
    () => ({ enabled: enabled.value, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first', notifyOnNetworkStatusChange: true }),
  );
  const pages = useCursorPages(computed(() => result.value?.followUpQueue), fetchMore, departmentId);

  return {
    feedback: pages.nodes,
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
