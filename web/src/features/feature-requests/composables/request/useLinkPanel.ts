import { computed, type Ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import type { CreateFeatureRequestInput } from '@/gql/graphql';
import { CreateFeatureRequestFromFeedbackMutation } from '../../graphql/request/createFeatureRequestFromFeedback.mutation';
import { FeedbackFeatureRequestsQuery } from '../../graphql/request/feedbackFeatureRequests.query';
import { LinkFeedbackToRequestMutation } from '../../graphql/request/linkFeedbackToRequest.mutation';
import { UnlinkFeedbackFromRequestMutation } from '../../graphql/request/unlinkFeedbackFromRequest.mutation';
import type { Failure } from '@/shared/composables/useFailures';
import { useRequestFailures } from './failures';
import { forgetLink } from './useLinkedFeedback';

/** Limits of a new request (feature-requests.policy.ts). */
export const TITLE_MAX = 199;
export const DESCRIPTION_MAX = 5_000;

/**
 * The feedback page's feature requests: those it is linked to, the API's suggestions, and linking,
 * unlinking and creating. After each change the panel asks again: the suggestions leave out what is
 * linked, so a link made here brings the next best one up.
 */
export function useLinkPanel(feedbackId: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(FeedbackFeatureRequestsQuery, () => ({ id: feedbackId.value }));
  const feedback = computed(() => result.value?.feedbackItem ?? null);
  const refetchPanel = { refetchQueries: ['FeedbackFeatureRequests'], awaitRefetchQueries: true };
  const { attempt } = useRequestFailures();

  const linkMutation = useMutation(LinkFeedbackToRequestMutation, refetchPanel);
  const unlinkMutation = useMutation(UnlinkFeedbackFromRequestMutation, refetchPanel);
  const createMutation = useMutation(CreateFeatureRequestFromFeedbackMutation, refetchPanel);

  const link = (featureRequestId: string) => attempt(() => linkMutation.mutate({ featureRequestId, feedbackId: feedbackId.value }));
  const unlink = (featureRequestId: string) =>
    attempt(() =>
      unlinkMutation.mutate(
        { featureRequestId, feedbackId: feedbackId.value },
        { update: (cache) => forgetLink(cache, featureRequestId, feedbackId.value) },
      ),
    );

  /** Creates the request with this feedback linked, in one transaction: nothing half-made on a failure. */
  const create = (input: CreateFeatureRequestInput): Promise<Failure | null> =>
    attempt(() => createMutation.mutate({ input: { ...input, feedbackIds: [feedbackId.value] } }));

  return {
    feedback,
    linked: computed(() => feedback.value?.featureRequests ?? []),
    // the API suggests for any feedback; the panel offers them only where a customer asks for something
    suggestions: computed(() => (feedback.value?.category === 'FEATURE_REQUEST' ? feedback.value.suggestedFeatureRequests : [])),
    canCreate: computed(() => !!result.value?.viewerCanManageFeatureRequests),
    loading,
    error,
    refetch: () => refetch(),
    link,
    unlink,
    create,
    busy: computed(() => linkMutation.loading.value || unlinkMutation.loading.value || createMutation.loading.value),
  };
}
