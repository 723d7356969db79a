import { describe, expect, it } from 'vitest';
import { unsupportedFilters } from './metrics';
import { isoWeek, periodOf, periodParts, reportIndex, tileRange } from './periods';

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

describe('the tiles’ range', () => {
  const now = Date.parse('2026-12-02T10:00:00Z');
  it('is the latest ended period and the one before, in the organisation’s days', () => {
    expect(tileRange({}, 'QUARTER', now, OSLO)).toEqual({ receivedFrom: '2026-03-31T22:00:00.000Z', receivedTo: '2026-09-30T22:00:00.000Z' });
    expect(tileRange({}, 'MONTH', now, OSLO)).toEqual({ receivedFrom: '2026-09-30T22:00:00.000Z', receivedTo: '2026-11-30T23:00:00.000Z' });
    // 2 December 2026 is a Wednesday: the week that ended began on Monday 23 November
    expect(tileRange({}, 'WEEK', now, OSLO)).toEqual({ receivedFrom: '2026-11-15T23:00:00.000Z', receivedTo: '2026-11-29T23:00:00.000Z' });
  });
  it('stays inside the filter’s range, and reports its last period when the range ended in the past', () => {
    const past = tileRange({ receivedFrom: '2024-12-31T23:00:00.000Z', receivedTo: '2025-12-31T23:00:00.000Z' }, 'QUARTER', now, OSLO);
    expect(past).toEqual({ receivedFrom: '2025-06-30T22:00:00.000Z', receivedTo: '2025-12-31T23:00:00.000Z' });
    const clipped = tileRange({ receivedFrom: '2026-05-01T00:00:00.000Z' }, 'QUARTER', now, OSLO);
    expect(clipped).toEqual({ receivedFrom: '2026-05-01T00:00:00.000Z', receivedTo: '2026-09-30T22:00:00.000Z' });
    // only the current, unfinished quarter: the tiles speak of it as it stands
    const current = tileRange({ receivedFrom: '2026-10-15T00:00:00.000Z' }, 'QUARTER', now, OSLO);
    expect(current).toEqual({ receivedFrom: '2026-10-15T00:00:00.000Z', receivedTo: undefined });
  });
});
