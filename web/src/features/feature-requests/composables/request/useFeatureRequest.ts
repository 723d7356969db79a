import { computed, type Ref, watch } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { useRoute, useRouter } from 'vue-router';
import { hasErrorCode } from '@/shared/errors';
import { FeatureRequestPageQuery } from '../../graphql/request/featureRequestPage.query';

/** The route name of the requests' list (registered with the list page), where the page leads back to. */
export const LIST_ROUTE = 'feature-requests';

/** The query key that carries the merged request's id to the page it led to (for the "merged" note). */
export const MERGED_FROM = 'mergedFrom';

export function useFeatureRequest(id: Ref<string>) {
  // Always from the API: a request's figures in the cache may be a filtered list's (the list counts only
  // its segments, regions and period), where this page counts every link.
  const { result, loading, error, refetch } = useQuery(FeatureRequestPageQuery, () => ({ id: id.value }), { fetchPolicy: 'network-only' });
  const request = computed(() => result.value?.featureRequest ?? null);
  // An id that is not one (BAD_USER_INPUT) or not there (null / NOT_FOUND) reads as "not found".
  const notFound = computed(
    () =>
      (!loading.value && result.value !== undefined && result.value.featureRequest === null) ||
      hasErrorCode(error.value, 'NOT_FOUND') ||
      hasErrorCode(error.value, 'BAD_USER_INPUT'),
  );
  // The answer belongs to the id on screen: the API answers a merged id with the request it went into.
  const current = computed(() => (request.value && request.value.id === id.value ? request.value : null));
  return { request: current, answered: request, loading, error, notFound, refetch: () => refetch() };
}

/**
 * A merged request's id answers with the request it was merged into: its page then moves to that
 * request's own address (replacing the history entry, so Back does not bounce), and remembers where it
 * came from for the note. Only a settled answer counts: while another id loads, the last one stays.
 */
export function useMergedRedirect(id: Ref<string>, answered: Ref<{ id: string } | null>, loading: Ref<boolean>) {
  const router = useRouter();
  const route = useRoute();
  watch(
    [answered, loading],
    ([request, busy]) => {
      if (busy || !request || request.id === id.value) return;
      void router.replace({ path: `/feature-requests/${encodeURIComponent(request.id)}`, query: { ...route.query, [MERGED_FROM]: id.value }, hash: route.hash });
    },
    { immediate: true },
  );
  const mergedFrom = computed(() => {
    const value = route.query[MERGED_FROM];
    return typeof value === 'string' && value ? value : null;
  });
  return { mergedFrom };
}
