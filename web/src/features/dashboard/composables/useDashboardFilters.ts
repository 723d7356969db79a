import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useOrganisation } from '@/shared/composables/useOrganisation';
import { type DashboardFilters, type DashboardState, emptyFilters, parseDashboardQuery, toDashboardQuery, toFeedbackFilter } from './dashboardQuery';

/** The dashboard's view, read from and written to the URL; the API's filter in the organisation's zone. */
export function useDashboardFilters() {
  const route = useRoute();
  const router = useRouter();
  const routeName = route.name;
  const { timeZone } = useOrganisation();

  // Leaving the page changes the route before the page unmounts: keep the last state meanwhile
  // instead of asking the API for an unfiltered dashboard on the way out.
  let last = parseDashboardQuery(route.query);
  const state = computed(() => {
    if (route.name === routeName) last = parseDashboardQuery(route.query);
    return last;
  });
  const filter = computed(() => toFeedbackFilter(state.value.filters, timeZone.value));

  function apply(next: DashboardState) {
    return router.replace({ query: toDashboardQuery(next) });
  }

  return {
    state,
    filters: computed(() => state.value.filters),
    filter,
    timeZone,
    /** the days of the range are the organisation's: no query before its zone is known */
    ready: computed(() => timeZone.value !== undefined),
    set: (patch: Partial<Omit<DashboardState, 'filters'>>) => apply({ ...state.value, ...patch }),
    update: (patch: Partial<DashboardFilters>) => apply({ ...state.value, filters: { ...state.value.filters, ...patch } }),
    clear: () => apply({ ...state.value, filters: emptyFilters() }),
  };
}
