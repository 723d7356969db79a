import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { FeedbackFilter, Interval } from '@/gql/graphql';
import { ThemeTrendsQuery } from '../graphql/themeTrends.query';

/** Enough to fill both lists even when most themes move the same way. */
export const THEME_COUNT = 16;

export function useThemeTrends(variables: MaybeRefOrGetter<{ filter: FeedbackFilter; interval: Interval }>, ready: MaybeRefOrGetter<boolean> = true) {
  const { result, loading, error, refetch } = useQuery(
    ThemeTrendsQuery,
    () => ({ ...toValue(variables), first: THEME_COUNT }),
    () => ({ enabled: toValue(ready), fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' }),
  );
  const themes = computed(() => result.value?.themeTrends ?? []);
  return {
    themes,
    rising: computed(() => themes.value.filter((t) => t.change > 0).sort((a, b) => b.change - a.change)),
    falling: computed(() => themes.value.filter((t) => t.change < 0).sort((a, b) => a.change - b.change)),
    loaded: computed(() => result.value !== undefined),
    loading,
    error,
    refetch: () => refetch(),
  };
}
