import { describe, expect, it } from 'vitest';
import type { FeatureRequestSummaryFragment } from '@/gql/graphql';
import { requestCsv, requestCsvName } from './requestCsv';

const row = (id: string, extra: Partial<FeatureRequestSummaryFragment> = {}): FeatureRequestSummaryFragment => ({
  id,
  title: `Request ${id}`,
  status: 'PLANNED',
  feedbackCount: 12,
  customerCount: 5,
  revenue: 1234567.5,
  lastAskedAt: '2026-03-31T22:30:00.000Z',
  product: { id: '1', name: 'Fleet app' },
  ...extra,
});
const words = {
  header: { title: 'Title', product: 'Product', status: 'Status', customers: 'Customers', revenue: 'Annual revenue', feedback: 'Feedback', lastAsked: 'Last asked' },
  status: (value: string) => ({ PLANNED: 'Planned', SHIPPED: 'Shipped' })[value] ?? value,
};

describe('the request list as CSV', () => {
  it('writes a header and one line per request: status in words, figures as numbers, the organisation’s day', () => {
    const csv = requestCsv(
      [row('1'), row('2', { title: '=cmd|"/c calc"!A1', status: 'SHIPPED', product: { id: '2', name: 'Portal, web' }, lastAskedAt: null, revenue: 0 })],
      words,
      'Europe/Oslo',
    );
    expect(csv.split('\r\n')).toEqual([
      'Title,Product,Status,Customers,Annual revenue,Feedback,Last asked',
      // 22:30 UTC on 31 March is already 1 April in Oslo
      'Request 1,Fleet app,Planned,5,1234567.5,12,2026-04-01',
      // a title a spreadsheet would run as a formula stays text
      '"\'=cmd|""/c calc""!A1","Portal, web",Shipped,5,0,12,',
      '',
    ]);
  });

  it('names the file with the day it was made', () => {
    expect(requestCsvName('2026-12-02')).toBe('chorus-feature-requests-2026-12-02');
  });
});
