// A trend's numbers as the rows of a chart's table and of its CSV file. The table shows them in the
// viewer's words; the CSV keeps the API's numbers as they are, for a spreadsheet to compute with.
import type { TrendQuery } from '@/gql/graphql';
import { type CsvValue, toCsv } from '@/shared/csv';

export type TrendSeries = TrendQuery['trend'][number];

export const CSV_HEADER = ['period', 'period_start', 'value', 'low', 'high', 'n', 'change', 'significant', 'sufficient'] as const;
export const SEGMENTED_CSV_HEADER = ['segment', 'segment_key', ...CSV_HEADER] as const;

/**
 * One line per point (per segment and point when segmented), the period named by `label`
 * ("2025 Q3"). A value that stands on too few responses is empty, as the API gives it.
 */
export function trendCsv(series: readonly TrendSeries[], label: (periodStart: string) => string, segmented: boolean): string {
  const rows: CsvValue[][] = [];
  for (const s of series) {
    for (const p of s.points) {
      const line: CsvValue[] = [label(p.periodStart), p.periodStart, p.value, p.low, p.high, p.n, p.change, p.significant, p.sufficient];
      rows.push(segmented ? [s.segment, s.segmentKey, ...line] : line);
    }
  }
  return toCsv(segmented ? SEGMENTED_CSV_HEADER : CSV_HEADER, rows);
}
