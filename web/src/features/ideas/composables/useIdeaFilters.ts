import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { IdeaSort } from '@/gql/graphql';
import { useViewer } from '@/features/auth/composables/useViewer';
import {
  countActiveIdeaFilters,
  emptyIdeaFilters,
  type IdeaFilters,
  parseIdeaQuery,
  toIdeaFilter,
  toIdeaRouteQuery,
} from './ideaListQuery';

/** The forum's filters and order, read from and written to the URL query. */
export function useIdeaFilters() {
  const route = useRoute();
  const router = useRouter();
  const routeName = route.name;
  const { viewer } = useViewer();

  // Leaving the page changes the route before this component unmounts: keep the last state.
  let last = parseIdeaQuery(route.query);
  const state = computed(() => {
    if (route.name === routeName) last = parseIdeaQuery(route.query);
    return last;
  });

  const filters = computed(() => state.value.filters);
  const sort = computed(() => state.value.sort);
  const variables = computed(() => ({ filter: toIdeaFilter(filters.value, viewer.value?.id), orderBy: sort.value }));
  const activeCount = computed(() => countActiveIdeaFilters(filters.value));

  function apply(next: IdeaFilters, nextSort: IdeaSort) {
    return router.replace({ query: toIdeaRouteQuery(next, nextSort) });
  }

  return {
    filters,
    sort,
    variables,
    activeCount,
    update: (patch: Partial<IdeaFilters>) => apply({ ...filters.value, ...patch }, sort.value),
    setSort: (next: IdeaSort) => apply(filters.value, next),
    clear: () => apply(emptyIdeaFilters(), sort.value),
  };
}
