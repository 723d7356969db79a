import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useOrganisation } from '@/shared/composables/useOrganisation';
import { localDay } from '@/shared/days';
import {
  countActive,
  emptyFilters,
  type FeatureRequestFilters,
  type FeatureRequestListState,
  hasPeriod,
  narrowsFigures,
  parseListQuery,
  toListQuery,
  toRequestFilter,
  toRequestOrder,
} from './featureRequestQuery';

/** The request list's view, read from and written to the URL; the API's filter in the organisation's zone. */
export function useFeatureRequestFilters() {
  const route = useRoute();
  const router = useRouter();
  const routeName = route.name;
  const { timeZone } = useOrganisation();

  // Leaving the page changes the route before the page unmounts: keep the last state meanwhile
  // instead of asking the API for an unfiltered list on the way out.
  let last = parseListQuery(route.query);
  const state = computed(() => {
    if (route.name === routeName) last = parseListQuery(route.query);
    return last;
  });
  const filters = computed(() => state.value.filters);
  // "this year" is the organisation's year: today is the day its clock shows
  const today = computed(() => localDay(new Date(), timeZone.value));
  const filter = computed(() => toRequestFilter(filters.value, today.value, timeZone.value));
  const orderBy = computed(() => toRequestOrder(state.value));

  function apply(next: FeatureRequestListState) {
    return router.replace({ query: toListQuery(next) });
  }

  return {
    state,
    filters,
    filter,
    orderBy,
    today,
    timeZone,
    activeCount: computed(() => countActive(filters.value)),
    narrowed: computed(() => narrowsFigures(filters.value)),
    /** a period's days are the organisation's: no query with one before its zone is known */
    ready: computed(() => !hasPeriod(filters.value) || timeZone.value !== undefined),
    set: (patch: Partial<Omit<FeatureRequestListState, 'filters'>>) => apply({ ...state.value, ...patch }),
    update: (patch: Partial<FeatureRequestFilters>) => apply({ ...state.value, filters: { ...state.value.filters, ...patch } }),
    clear: () => apply({ ...state.value, filters: emptyFilters() }),
  };
}
