import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { refDebounced } from '@vueuse/core';
import { FindFeatureRequestsQuery } from '../../graphql/request/findFeatureRequests.query';

/** Fewer letters than this match too much to be worth a round trip. */
export const SEARCH_MIN = 2;
export const SEARCH_WAIT_MS = 250;

/**
 * Requests matching the words typed (asked once typing pauses), less those in `exclude`: the request
 * on screen, or those the feedback is already linked to.
 */
export function useRequestSearch(text: Ref<string>, exclude: Ref<readonly string[]>, first = 8) {
  const debounced = refDebounced(text, SEARCH_WAIT_MS);
  const search = computed(() => debounced.value.trim());
  const enabled = computed(() => search.value.length >= SEARCH_MIN);
  const { result, loading, error, refetch } = useQuery(
    FindFeatureRequestsQuery,
    () => ({ search: search.value, first }),
    () => ({ enabled: enabled.value, fetchPolicy: 'cache-first' as const }),
  );
  const results = computed(() => {
    if (!enabled.value) return [];
    const skip = new Set(exclude.value);
    return (result.value?.featureRequests.edges ?? []).map((e) => e.node).filter((r) => !skip.has(r.id));
  });
  return {
    search,
    enabled,
    results,
    // the words typed are being looked up (the last words’ results stay meanwhile)
    searching: computed(() => enabled.value && loading.value),
    error,
    refetch: () => refetch(),
  };
}
