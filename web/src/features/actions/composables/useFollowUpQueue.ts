import { computed, type Ref } from 'vue';
import { useCursorPages } from '@/shared/composables/useCursorPages';
import { useMutation, useQuery } from '@vue/apollo-composable';
import type { CreateActionItemInput, FollowUpQueueQuery as QueueResult } from '@/gql/graphql';
import { CreateActionItemMutation } from '../graphql/createActionItem.mutation';
import { FollowUpQueueQuery } from '../graphql/followUpQueue.query';
import { useFailures } from './failure';

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

/**
 * "Follow up: Fjord Logistikk AS", or the feedback's first words when it has no customer: a title that
 * says whom to call, which the assignee can change later.
 */
export function defaultTitle(
  feedback: { id: string; text?: string | null; customer?: { name: string } | null },
  t: (key: string, params?: Record<string, unknown>) => string,
): string {
  if (feedback.customer) return t('actions.queue.defaultTitle', { customer: feedback.customer.name });
  const words = (feedback.text ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length) return t('actions.queue.defaultTitle', { customer: words.slice(0, 8).join(' ') + (words.length > 8 ? '…' : '') });
  return t('actions.queue.defaultTitleAnonymous', { id: feedback.id });
}

/**
 * Makes an action item (on feedback, an idea, or alone). A queue row leaves the queue at once: the
 * answer is an item on that feedback, so the feedback is no longer waiting. (The work lists read
 * themselves anew whenever they are opened.)
 */
export function useCreateActionItem() {
  const { attempt } = useFailures();
  const { mutate, loading } = useMutation(CreateActionItemMutation);
  const create = (input: CreateActionItemInput) =>
    attempt(() =>
      mutate(
        { input },
        {
          update(cache, { data }) {
            const feedbackId = data?.createActionItem.feedback?.id;
            if (feedbackId) {
              cache.modify({
                id: 'ROOT_QUERY',
                fields: {
                  followUpQueue(existing, { readField }) {
                    const connection = existing as { totalCount: number; edges: { node: unknown }[] };
                    const edges = connection.edges.filter((e) => readField('id', e.node as never) !== feedbackId);
                    return { ...connection, edges, totalCount: connection.totalCount - (connection.edges.length - edges.length) };
                  },
                },
              });
            }
          },
        },
      ),
    );
  return { create, saving: loading };
}
