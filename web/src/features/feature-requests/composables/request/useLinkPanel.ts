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
export const TITLE_MAX = 150;
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
  const createMutation = useMutation(CreateFeatureRequestFromFeedbackMutation);

  const link = (featureRequestId: string) => attempt(() => linkMutation.mutate({ featureRequestId, feedbackId: feedbackId.value }));
  const unlink = (featureRequestId: string) =>
    attempt(() =>
      unlinkMutation.mutate(
        { featureRequestId, feedbackId: feedbackId.value },
        { update: (cache) => forgetLink(cache, featureRequestId, feedbackId.value) },
      ),
    );

  /** Creates the request, then links the feedback to it; a failure says which of the two failed. */
  async function create(input: CreateFeatureRequestInput): Promise<{ failure: Failure; created: boolean } | null> {
    let id: string | null = null;
    const failure = await attempt(async () => {
      const answer = await createMutation.mutate({ input });
      id = answer?.data?.createFeatureRequest.id ?? null;
    });
    if (failure) return { failure, created: false };
    if (!id) return null;
    const linked = await link(id);
    return linked ? { failure: linked, created: true } : null;
  }

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
