import { describe, expect, it } from 'vitest';
import { emptyFilters } from './dashboardQuery';
import { drillDownQuery } from './drillDown';

const OSLO = 'Europe/Oslo';
// 2025 Q3 in Oslo begins at midnight on 1 July, local summer time: 22:00 UTC the day before
const Q3_2025 = '2025-06-30T22:00:00.000Z';

describe('drillDownQuery', () => {
  it('opens a point’s period, as the feedback list’s days, with the dashboard’s filters', () => {
    const filters = { ...emptyFilters(), productIds: ['4'], channels: ['SURVEY_EMAIL' as const], segments: ['SMB' as const] };
    expect(drillDownQuery(filters, { periodStart: Q3_2025, interval: 'QUARTER' }, OSLO)).toEqual({
      from: '2025-07-01',
      to: '2025-09-30',
      products: ['4'],
      segments: ['SMB'],
      channels: ['SURVEY_EMAIL'],
    });
  });

  it('narrows the segment’s own dimension to a segmented cell’s key', () => {
    const filters = { ...emptyFilters(), regions: ['Oslo', 'Västra Götaland'], departmentIds: ['2'] };
    expect(
      drillDownQuery(filters, { periodStart: Q3_2025, interval: 'QUARTER', segment: { by: 'REGION', key: 'Västra Götaland' } }, OSLO),
    ).toEqual({ from: '2025-07-01', to: '2025-09-30', departments: ['2'], regions: ['Västra Götaland'] });
    expect(
      drillDownQuery(emptyFilters(), { periodStart: '2026-01-31T23:00:00.000Z', interval: 'MONTH', segment: { by: 'DEPARTMENT', key: '7' } }, OSLO),
    ).toEqual({ from: '2026-02-01', to: '2026-02-28', departments: ['7'] });
    expect(
      drillDownQuery(emptyFilters(), { periodStart: Q3_2025, interval: 'QUARTER', segment: { by: 'SEGMENT', key: 'ENTERPRISE' } }, OSLO),
    ).toMatchObject({ segments: ['ENTERPRISE'] });
    expect(
      drillDownQuery(emptyFilters(), { periodStart: Q3_2025, interval: 'QUARTER', segment: { by: 'CHANNEL', key: 'REVIEW' } }, OSLO),
    ).toMatchObject({ channels: ['REVIEW'] });
  });

  it('keeps within the dashboard’s own range when it cuts a period', () => {
    const filters = { ...emptyFilters(), from: '2025-08-15', to: '2025-09-10' };
    expect(drillDownQuery(filters, { periodStart: Q3_2025, interval: 'QUARTER' }, OSLO)).toEqual({ from: '2025-08-15', to: '2025-09-10' });
  });

  it('reads weeks and years in the organisation’s zone, and adds a theme', () => {
    // Monday 30 March 2026, the day after summer time began: two hours ahead of UTC
    expect(drillDownQuery(emptyFilters(), { periodStart: '2026-03-29T22:00:00.000Z', interval: 'WEEK', themeId: '12' }, OSLO)).toEqual({
      from: '2026-03-30',
      to: '2026-04-05',
      themes: ['12'],
    });
    expect(drillDownQuery(emptyFilters(), { periodStart: '2025-12-31T23:00:00.000Z', interval: 'YEAR' }, OSLO)).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });
});
