import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { Dimension, FeedbackFilter, Interval, Metric } from '@/gql/graphql';
import { hasErrorCode } from '@/shared/errors';
import { TrendQuery } from '../graphql/trend.query';
import { unsupportedFilters } from './metrics';

export interface TrendVariables {
  metric: Metric;
  interval: Interval;
  filter: FeedbackFilter;
  segmentBy?: Dimension | null;
}

/**
 * A metric's trend. `unavailable`: the metric cannot be answered for these filters (response rate
 * knows only period, product and channel), found before asking or from the API's BAD_USER_INPUT;
 * the page says so instead of showing an error. `ready`: false while the organisation's time zone,
 * which the filter's days are read in, is still coming.
 */
export function useTrend(variables: MaybeRefOrGetter<TrendVariables>, ready: MaybeRefOrGetter<boolean> = true) {
  const unsupported = computed(() => {
    const v = toValue(variables);
    return unsupportedFilters(v.metric, v.filter, v.segmentBy);
  });
  const { result, loading, error, refetch } = useQuery(
    TrendQuery,
    () => {
      const v = toValue(variables);
      return { metric: v.metric, interval: v.interval, filter: v.filter, segmentBy: v.segmentBy ?? null };
    },
    () => ({ enabled: toValue(ready) && unsupported.value.length === 0, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' }),
  );
  const refused = computed(() => toValue(variables).metric === 'RESPONSE_RATE' && hasErrorCode(error.value, 'BAD_USER_INPUT'));
  return {
    series: computed(() => result.value?.trend ?? []),
    loaded: computed(() => result.value !== undefined),
    loading,
    unavailable: computed(() => unsupported.value.length > 0 || refused.value),
    error: computed(() => (refused.value ? null : error.value)),
    refetch: () => refetch(),
  };
}

export type Trend = ReturnType<typeof useTrend>;
