import { computed, type Ref, ref } from 'vue';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import type { ActionItemDetailFragment, UpdateActionItemInput } from '@/gql/graphql';
import { hasErrorCode } from '@/shared/errors';
import { useFailures, type Failure } from '@/shared/composables/useFailures';
import { ActionItemQuery } from '../graphql/actionItem.query';
import { LogFollowUpMutation } from '../graphql/logFollowUp.mutation';
import { UpdateActionItemMutation } from '../graphql/updateActionItem.mutation';

export function useActionItem(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(ActionItemQuery, () => ({ id: id.value }));
  const item = computed(() => result.value?.actionItem ?? null);
  // an id that is not one (BAD_USER_INPUT) or not there (null / NOT_FOUND) reads as "not found"
  const notFound = computed(
    () =>
      (!loading.value && result.value !== undefined && result.value.actionItem === null) ||
      hasErrorCode(error.value, 'NOT_FOUND') ||
      hasErrorCode(error.value, 'BAD_USER_INPUT'),
  );
  return { item, loading, error, notFound, refetch: () => refetch() };
}

export type UpdateChanges = Omit<UpdateActionItemInput, 'id' | 'version'>;

/**
 * Changes an item at the version on screen. When someone else changed it first (CONFLICT) nothing was
 * saved: the latest version is read at once, so the person sees what changed and can redo theirs.
 */
export function useUpdateActionItem() {
  const { attempt } = useFailures();
  const { mutate, loading } = useMutation(UpdateActionItemMutation);
  const { resolveClient } = useApolloClient();
  const conflict = ref(false);

  async function update(item: Pick<ActionItemDetailFragment, 'id' | 'version'>, changes: UpdateChanges): Promise<Failure | null> {
    conflict.value = false;
    const failure = await attempt(() => mutate({ input: { id: item.id, version: item.version, ...changes } }));
    if (failure?.conflict) {
      conflict.value = true;
      // the newest version into the cache: the page re-renders with it
      await resolveClient()
        .query({ query: ActionItemQuery, variables: { id: item.id }, fetchPolicy: 'network-only' })
        .catch(() => null);
    }
    return failure;
  }
  return { update, saving: loading, conflict };
}

export function useLogFollowUp() {
  const { attempt } = useFailures();
  const { mutate, loading } = useMutation(LogFollowUpMutation);
  const log = (actionItemId: string, entry: { contactedCustomer: boolean; channel: string | null; note: string }) =>
    attempt(() => mutate({ input: { actionItemId, contactedCustomer: entry.contactedCustomer, channel: entry.channel, note: entry.note.trim() } }));
  return { log, saving: loading };
}
