import type { Dimension, Interval, Metric } from '@/gql/graphql';
import { fileName } from '@/shared/csv';

/** "chorus-nps-quarter", "chorus-nps-by-region-quarter": what a downloaded chart is called. */
export function csvName(metric: Metric, interval: Interval, by?: Dimension | null): string {
  return fileName('chorus', metric, by ? `by-${by}` : null, interval);
}
