// What the dashboard knows of each metric besides its numbers: how a value reads (a score, a share, a
// mean, a count, hours), which way is better, and which filters the API can answer it for.
import type { Dimension, FeedbackFilter, Interval, Metric } from '@/gql/graphql';

export const METRICS: readonly Metric[] = ['NPS', 'CSAT', 'CES', 'CLI', 'VOLUME', 'RESPONSE_RATE', 'FIRST_RESPONSE_HOURS', 'SLA_ATTAINMENT'];
export const DIMENSIONS: readonly Dimension[] = ['DEPARTMENT', 'PRODUCT', 'REGION', 'SEGMENT', 'CHANNEL'];
export const INTERVALS: readonly Interval[] = ['WEEK', 'MONTH', 'QUARTER', 'YEAR'];

/** score: NPS and CLI points; percent: a share × 100; mean: CES on 1–7; count: items; hours: a median. */
export type MetricUnit = 'score' | 'percent' | 'mean' | 'count' | 'hours';

export interface MetricInfo {
  unit: MetricUnit;
  /** decimals a value and a change are shown with */
  digits: number;
  /** 1: a rise is good; -1: a fall is good (hours); 0: neither (volume) */
  better: 1 | -1 | 0;
  /** the metric has a 95 % interval */
  interval: boolean;
}

export const METRIC_INFO: Record<Metric, MetricInfo> = {
  NPS: { unit: 'score', digits: 1, better: 1, interval: true },
  CSAT: { unit: 'percent', digits: 1, better: 1, interval: true },
  CES: { unit: 'mean', digits: 2, better: 1, interval: true },
  CLI: { unit: 'score', digits: 1, better: 1, interval: true },
  VOLUME: { unit: 'count', digits: 0, better: 0, interval: false },
  RESPONSE_RATE: { unit: 'percent', digits: 1, better: 1, interval: true },
  FIRST_RESPONSE_HOURS: { unit: 'hours', digits: 1, better: -1, interval: true },
  SLA_ATTAINMENT: { unit: 'percent', digits: 1, better: 1, interval: true },
};

/** Response rate counts invitations, which know only their survey's product and channel (api-contract.md). */
const RESPONSE_RATE_FILTERS = new Set<keyof FeedbackFilter>(['receivedFrom', 'receivedTo', 'productIds', 'channels']);
const RESPONSE_RATE_DIMENSIONS = new Set<Dimension>(['PRODUCT', 'CHANNEL']);

/**
 * The filter fields (and the dimension) the metric cannot be answered for, in the filter's order;
 * empty when it can. The API says the same with BAD_USER_INPUT; asking first saves the round trip.
 */
export function unsupportedFilters(metric: Metric, filter: FeedbackFilter, segmentBy?: Dimension | null): string[] {
  if (metric !== 'RESPONSE_RATE') return [];
  const fields: string[] = (Object.keys(filter) as (keyof FeedbackFilter)[]).filter((key) => {
    const value = filter[key];
    const set = Array.isArray(value) ? value.length > 0 : value != null && value !== '';
    return set && !RESPONSE_RATE_FILTERS.has(key);
  });
  if (segmentBy && !RESPONSE_RATE_DIMENSIONS.has(segmentBy)) fields.push('segmentBy');
  return fields;
}

/** Whether a change is for the better (1), the worse (-1) or neither (0) for this metric. */
export function direction(metric: Metric, change: number | null | undefined): 1 | -1 | 0 {
  if (!change) return 0;
  return (Math.sign(change) * METRIC_INFO[metric].better) as 1 | -1 | 0;
}
