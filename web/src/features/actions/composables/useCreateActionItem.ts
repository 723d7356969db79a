// Making an action item, wherever it is made (the queue's one-click assign, the panel on feedback and
// ideas), and the title it gets by default.
import { useMutation } from '@vue/apollo-composable';
import type { CreateActionItemInput } from '@/gql/graphql';
import { CreateActionItemMutation } from '../graphql/createActionItem.mutation';
import { useFailures } from '@/shared/composables/useFailures';

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
