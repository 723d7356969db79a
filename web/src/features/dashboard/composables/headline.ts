// The report's headline changes in words: "NPS fell 12.3 points to 18.0 in 2026 Q3, a significant change."
import type { Metric, TrendQuery } from '@/gql/graphql';
import type { MetricFormat } from './useMetricFormat';
import { METRIC_INFO } from './metrics';

export type TrendPoint = TrendQuery['trend'][number]['points'][number];
type Translate = (key: string, params?: Record<string, unknown>) => string;

export function headline(t: Translate, fmt: Pick<MetricFormat, 'metricName' | 'value' | 'changeWords'>, metric: Metric, point: TrendPoint | undefined, period: string): string {
  const name = fmt.metricName(metric);
  if (!point) return t('dashboard.headlines.noData', { metric: name, period });
  if (!point.sufficient || point.value == null) return t('dashboard.headlines.tooFew', { metric: name, period, n: point.n });
  const value = fmt.value(metric, point.value);
  if (point.change == null) return t('dashboard.headlines.only', { metric: name, value, period });
  const tail = point.significant ? t('dashboard.headlines.significant') : t('dashboard.headlines.notSignificant');
  // a change that rounds to nothing at the metric's decimals is no change in words either
  if (Math.abs(point.change) < 0.5 * 10 ** -METRIC_INFO[metric].digits) return t('dashboard.headlines.same', { metric: name, value, period }) + tail;
  const key = point.change > 0 ? 'dashboard.headlines.rose' : 'dashboard.headlines.fell';
  return t(key, { metric: name, change: fmt.changeWords(metric, point.change), value, period }) + tail;
}
