// The request list as a CSV file: the rows of every page under the list's filter and order, the
// status in the viewer's words (as the list shows it), the figures as numbers a spreadsheet computes
// with, the last asked day as the organisation's calendar day.
import type { FeatureRequestSummaryFragment } from '@/gql/graphql';
import { type CsvColumn, csvTable, fileName, toCsv } from '@/shared/csv';
import { localDay } from '@/shared/days';

export interface RequestCsvWords {
  /** the column headers, in the viewer's language */
  header: { title: string; product: string; status: string; customers: string; revenue: string; feedback: string; lastAsked: string };
  status: (value: string) => string;
}

export function requestCsvColumns(words: RequestCsvWords, timeZone?: string | null): CsvColumn<FeatureRequestSummaryFragment>[] {
  const h = words.header;
  return [
    { header: h.title, value: (r) => r.title },
    { header: h.product, value: (r) => r.product.name },
    { header: h.status, value: (r) => words.status(r.status) },
    { header: h.customers, value: (r) => r.customerCount },
    { header: h.revenue, value: (r) => r.revenue },
    { header: h.feedback, value: (r) => r.feedbackCount },
    { header: h.lastAsked, value: (r) => (r.lastAskedAt ? localDay(new Date(r.lastAskedAt), timeZone) : null) },
  ];
}

export function requestCsv(rows: readonly FeatureRequestSummaryFragment[], words: RequestCsvWords, timeZone?: string | null): string {
  const table = csvTable(requestCsvColumns(words, timeZone), rows);
  return toCsv(table.header, table.rows);
}

/** "chorus-feature-requests-2026-12-02": the day it was made, so a second export does not overwrite the first. */
export const requestCsvName = (today: string) => fileName('chorus', 'feature-requests', today);
