import { useMutation } from '@vue/apollo-composable';
import type { FeatureRequestStatus } from '@/gql/graphql';
import { ChangeFeatureRequestStatusMutation } from '../../graphql/request/changeFeatureRequestStatus.mutation';
import { MergeDuplicateFeatureRequestMutation } from '../../graphql/request/mergeDuplicateFeatureRequest.mutation';
import { TellFeatureRequestCustomersMutation } from '../../graphql/request/tellFeatureRequestCustomers.mutation';
import { useRequestFailures } from './failures';

/** The longest note the API takes with a status change (feature-requests.policy.ts). */
export const NOTE_MAX = 2_000;

/** The product team's decision: a new status with a note (the API requires one for DECLINED). */
export function useChangeStatus() {
  const { attempt } = useRequestFailures();
  const { mutate, loading } = useMutation(ChangeFeatureRequestStatusMutation);
  const change = (id: string, status: FeatureRequestStatus, note: string) => attempt(() => mutate({ id, status, note: note.trim() || null }));
  return { change, saving: loading };
}

/**
 * Merges a duplicate into the request. The answer is the target with its new figures and merged list;
 * the links and askers it received are asked again, and the duplicate leaves the cache so no list
 * offers it any more (its id now leads to the target).
 */
export function useMergeDuplicate() {
  const { attempt } = useRequestFailures();
  const { mutate, loading } = useMutation(MergeDuplicateFeatureRequestMutation, {
    refetchQueries: ['FeatureRequestLinkedFeedback', 'FeatureRequestAskers'],
    awaitRefetchQueries: true,
  });
  const merge = (sourceId: string, targetId: string) =>
    attempt(() =>
      mutate(
        { sourceId, targetId },
        {
          update: (cache) => {
            cache.evict({ id: cache.identify({ __typename: 'FeatureRequest', id: sourceId }) });
            cache.gc();
          },
        },
      ),
    );
  return { merge, merging: loading };
}

/** "Tell the customers": one follow-up per customer who asked and has none; the answer lists them. */
export function useTellCustomers() {
  const { attempt } = useRequestFailures();
  const { mutate, loading } = useMutation(TellFeatureRequestCustomersMutation);
  const tell = (id: string) => attempt(() => mutate({ id }));
  return { tell, telling: loading };
}
