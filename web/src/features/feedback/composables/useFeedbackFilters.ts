import { computed, inject } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import {
  countActive,
  emptyFilters,
  type FeedbackFilters,
  parseListQuery,
  type SortKey,
  toFeedbackFilter,
  toFeedbackOrder,
  toRouteQuery,
} from './filterQuery';
import { ORGANISATION_TIME_ZONE } from '@/shared/composables/useFormat';

/** The list's filters and sort, read from and written to the URL query. */
export function useFeedbackFilters() {
  const route = useRoute();
  const router = useRouter();
  const routeName = route.name;
  // the day range is in the organisation's days (the shell provides its zone)
  const organisationZone = inject(ORGANISATION_TIME_ZONE, undefined);

  // Leaving the page changes the route before this component unmounts: keep the last state
  // instead of briefly asking the API for an unfiltered list.
  let last = parseListQuery(route.query);
  const state = computed(() => {
    if (route.name === routeName) last = parseListQuery(route.query);
    return last;
  });

  const filters = computed(() => state.value.filters);
  const sort = computed(() => state.value.sort);
  const variables = computed(() => ({
    filter: toFeedbackFilter(filters.value, organisationZone?.value),
    orderBy: toFeedbackOrder(sort.value, filters.value.search),
  }));
  const activeCount = computed(() => countActive(filters.value));

  function apply(next: FeedbackFilters, nextSort: SortKey) {
    return router.replace({ query: toRouteQuery(next, nextSort) });
  }

  return {
    filters,
    sort,
    variables,
    activeCount,
    update: (patch: Partial<FeedbackFilters>) => apply({ ...filters.value, ...patch }, sort.value),
    setSort: (next: SortKey) => apply(filters.value, next),
    clear: () => apply(emptyFilters(), sort.value),
  };
}
