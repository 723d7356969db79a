import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import type { FeedbackFilter, Interval, Metric } from '@/gql/graphql';
import type { TrendPoint } from './headline';
import { METRICS } from './metrics';
import { reportIndex, tileRange } from './periods';
import { type Trend, useTrend } from './useTrend';

export type TileState = 'loading' | 'error' | 'unavailable' | 'ready';

export interface Kpi {
  metric: Metric;
  trend: Trend;
  state: TileState;
  /** the point the tile and the report speak of (the latest finished period) */
  point: TrendPoint | undefined;
  /** the point before it, for "vs 2026 Q2" */
  previous: TrendPoint | undefined;
}

/** Every metric's trend for the tiles and the report's headlines, one query each. */
export function useKpis(
  filter: MaybeRefOrGetter<FeedbackFilter>,
  interval: MaybeRefOrGetter<Interval>,
  ready: MaybeRefOrGetter<boolean>,
  timeZone: MaybeRefOrGetter<string | null | undefined>,
  now: number = Date.now(),
) {
  // the two periods a tile shows, not the chart's nine (see tileRange)
  const tileFilter = () => {
    const f = toValue(filter);
    return { ...f, ...tileRange(f, toValue(interval), now, toValue(timeZone)) };
  };
  const trends = METRICS.map((metric) => ({
    metric,
    trend: useTrend(() => ({ metric, interval: toValue(interval), filter: tileFilter() }), ready),
  }));
  return computed<Kpi[]>(() =>
    trends.map(({ metric, trend }) => {
      const points = trend.series.value[0]?.points ?? [];
      const index = points.length ? reportIndex(points, toValue(interval), now, toValue(timeZone)) : -1;
      const state: TileState = trend.unavailable.value
        ? 'unavailable'
        : trend.error.value && !trend.loaded.value
          ? 'error'
          : !trend.loaded.value
            ? 'loading'
            : 'ready';
      return { metric, trend, state, point: index >= 0 ? points[index] : undefined, previous: index > 0 ? points[index - 1] : undefined };
    }),
  );
}
