import { describe, expect, it } from 'vitest';
import { unsupportedFilters } from './metrics';
import { isoWeek, periodOf, periodParts, reportIndex } from './periods';

const OSLO = 'Europe/Oslo';

describe('periods', () => {
  it('reads a period in the organisation’s zone', () => {
    expect(periodParts('2025-06-30T22:00:00.000Z', 'QUARTER', OSLO)).toMatchObject({ year: 2025, quarter: 3 });
    expect(periodOf('2025-06-30T22:00:00.000Z', 'QUARTER', OSLO)).toEqual({
      first: '2025-07-01',
      last: '2025-09-30',
      start: '2025-06-30T22:00:00.000Z',
      end: '2025-09-30T22:00:00.000Z',
    });
    // winter time: the next quarter ends an hour later in UTC
    expect(periodOf('2025-09-30T22:00:00.000Z', 'QUARTER', OSLO).end).toBe('2025-12-31T23:00:00.000Z');
  });

  it('numbers weeks as ISO 8601 does', () => {
    expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeek('2026-03-30')).toEqual({ year: 2026, week: 14 });
  });

  it('speaks of the latest finished period, not the running one', () => {
    const points = [{ periodStart: '2026-03-31T22:00:00.000Z' }, { periodStart: '2026-06-30T22:00:00.000Z' }, { periodStart: '2026-09-30T22:00:00.000Z' }];
    expect(reportIndex(points, 'QUARTER', Date.parse('2026-12-02T12:00:00Z'), OSLO)).toBe(1);
    expect(reportIndex(points, 'QUARTER', Date.parse('2027-01-02T12:00:00Z'), OSLO)).toBe(2);
    expect(reportIndex(points.slice(2), 'QUARTER', Date.parse('2026-12-02T12:00:00Z'), OSLO)).toBe(0);
  });
});

describe('response rate', () => {
  it('is known for the period, products and channels only', () => {
    expect(unsupportedFilters('RESPONSE_RATE', { receivedFrom: '2026-01-01T00:00:00Z', productIds: ['1'], channels: ['SURVEY_EMAIL'] }, 'PRODUCT')).toEqual([]);
    expect(unsupportedFilters('RESPONSE_RATE', { regions: ['Oslo'], departmentIds: [] }, 'REGION')).toEqual(['regions', 'segmentBy']);
    expect(unsupportedFilters('NPS', { regions: ['Oslo'] }, 'REGION')).toEqual([]);
  });
});
