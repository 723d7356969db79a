import { computed, type Ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import type { ApolloCache, Reference } from '@apollo/client/core';
import type { FeatureRequestLinkedFeedbackQuery } from '@/gql/graphql';
import { useCursorPages } from '@/shared/composables/useCursorPages';
import { FeatureRequestLinkedFeedbackQuery as LinkedFeedbackQuery } from '../../graphql/request/featureRequestLinkedFeedback.query';
import { UnlinkFeedbackFromRequestMutation } from '../../graphql/request/unlinkFeedbackFromRequest.mutation';
import { useRequestFailures } from './failures';

/** Linked feedback per page: enough to read the story, "Show more" for the rest. */
export const FEEDBACK_PAGE = 20;

type Answer = FeatureRequestLinkedFeedbackQuery;
type Connection = NonNullable<Answer['featureRequest']>['feedback'];

/** The pages so far and the one after: rows already shown are not repeated (a link added meanwhile). */
export function appendPage(previous: Answer, next: Answer | undefined): Answer {
  const before = previous.featureRequest;
  const after = next?.featureRequest;
  if (!before || !after) return previous;
  const seen = new Set(before.feedback.edges.map((e) => e.node.id));
  const feedback: Connection = {
    ...after.feedback,
    edges: [...before.feedback.edges, ...after.feedback.edges.filter((e) => !seen.has(e.node.id))],
  };
  return { ...previous, featureRequest: { ...before, feedback } };
}

/**
 * Takes an unlinked feedback out of every page of the request's list and the request out of the
 * feedback's own list, in the cache: the page keeps its "Show more" state instead of starting over.
 */
export function forgetLink(cache: ApolloCache<unknown>, requestId: string, feedbackId: string) {
  cache.modify({
    id: cache.identify({ __typename: 'FeatureRequest', id: requestId }),
    fields: {
      feedback(existing, { readField }) {
        // a connection is stored as it came (it has no id of its own), its nodes as references
        const stored = existing as unknown as { totalCount: number; edges: { node: Reference }[] } | undefined;
        if (!stored?.edges) return existing;
        const edges = stored.edges.filter((e) => readField('id', e.node) !== feedbackId);
        return { ...stored, edges, totalCount: Math.max(0, stored.totalCount - (stored.edges.length - edges.length)) } as unknown as typeof existing;
      },
    },
  });
  cache.modify({
    id: cache.identify({ __typename: 'Feedback', id: feedbackId }),
    fields: {
      featureRequests: (existing: readonly Reference[] | undefined, { readField }) => existing?.filter((r) => readField('id', r) !== requestId),
    },
  });
}

/** The feedback linked to a request, newest first, paged; anyone signed in may unlink one. */
export function useLinkedFeedback(requestId: Ref<string>) {
  const { result, loading, error, refetch, fetchMore } = useQuery(LinkedFeedbackQuery, () => ({ id: requestId.value, first: FEEDBACK_PAGE, after: null }));
  const connection = computed(() => result.value?.featureRequest?.feedback ?? null);
  const pages = useCursorPages(
    connection,
    ({ variables }) => fetchMore({ variables, updateQuery: (previous, { fetchMoreResult }) => appendPage(previous, fetchMoreResult) }),
    requestId,
  );

  const { attempt } = useRequestFailures();
  const { mutate } = useMutation(UnlinkFeedbackFromRequestMutation, {
    // who asked changes with the links (the figures come back with the answer itself)
    refetchQueries: ['FeatureRequestAskers'],
  });
  const unlink = (feedbackId: string) =>
    attempt(() =>
      mutate(
        { featureRequestId: requestId.value, feedbackId },
        { update: (cache) => forgetLink(cache, requestId.value, feedbackId) },
      ),
    );

  return { ...pages, loading, error, refetch: () => refetch(), unlink };
}
