import { describe, expect, it } from 'vitest';
import {
  countActive,
  dayOf,
  emptyFilters,
  parseListQuery,
  timestampOf,
  toFeedbackFilter,
  toFeedbackOrder,
  toRouteQuery,
} from './filterQuery';

describe('filters ⇄ URL query', () => {
  it('reads every field from the URL', () => {
    const { filters, sort } = parseListQuery({
      q: 'slow checkout',
      from: '2025-01-01',
      to: '2025-03-31',
      departments: ['1', '2'],
      products: '7',
      customers: ['42'],
      themes: '3',
      channels: ['REVIEW', 'SOCIAL'],
      kinds: 'DIRECT',
      categories: ['BUG'],
      nps: 'DETRACTOR',
      sentiments: 'NEGATIVE',
      regions: ['Norway', 'Sweden'],
      segments: 'ENTERPRISE',
      loop: ['OPEN', 'IN_PROGRESS'],
      sort: 'score-asc',
    });
    expect(sort).toBe('score-asc');
    expect(filters).toEqual({
      search: 'slow checkout',
      from: '2025-01-01',
      to: '2025-03-31',
      departmentIds: ['1', '2'],
      productIds: ['7'],
      customerIds: ['42'],
      themeIds: ['3'],
      channels: ['REVIEW', 'SOCIAL'],
      kinds: ['DIRECT'],
      categories: ['BUG'],
      npsGroups: ['DETRACTOR'],
      sentiments: ['NEGATIVE'],
      regions: ['Norway', 'Sweden'],
      segments: ['ENTERPRISE'],
      loopStatuses: ['OPEN', 'IN_PROGRESS'],
    });
  });

  it('round-trips through the URL', () => {
    const filters = {
      ...emptyFilters(),
      search: 'faktura',
      to: '2025-06-30',
      channels: ['SURVEY_EMAIL' as const],
      regions: ['Oslo, Norway'],
      customerIds: ['9'],
    };
    const query = toRouteQuery(filters, 'oldest');
    expect(query).toEqual({ q: 'faktura', to: '2025-06-30', channels: ['SURVEY_EMAIL'], regions: ['Oslo, Norway'], customers: ['9'], sort: 'oldest' });
    const back = parseListQuery(query as Parameters<typeof parseListQuery>[0]);
    expect(back).toEqual({ filters, sort: 'oldest' });
  });

  it('keeps the URL clean: no empty fields, no default sort', () => {
    expect(toRouteQuery(emptyFilters(), 'newest')).toEqual({});
    expect(toRouteQuery({ ...emptyFilters(), search: '   ' }, 'newest')).toEqual({});
  });

  it('drops values that are not valid', () => {
    const { filters, sort } = parseListQuery({
      channels: ['REVIEW', 'FAX', 'REVIEW'],
      from: '2025-02-30',
      to: 'yesterday',
      departments: ['1', 'x y'],
      sort: 'random',
    });
    expect(filters.channels).toEqual(['REVIEW']);
    expect(filters.from).toBeNull();
    expect(filters.to).toBeNull();
    expect(filters.departmentIds).toEqual(['1']);
    expect(sort).toBe('newest');
  });
});

describe('filters → GraphQL variables', () => {
  it('leaves out empty fields', () => {
    expect(toFeedbackFilter(emptyFilters())).toEqual({});
  });

  it('turns the inclusive day range into [from, to) instants in local time', () => {
    const filter = toFeedbackFilter({ ...emptyFilters(), from: '2025-01-01', to: '2025-03-31' });
    expect(filter.receivedFrom).toBe(new Date(2025, 0, 1).toISOString());
    expect(filter.receivedTo).toBe(new Date(2025, 3, 1).toISOString());
  });

  it("reads the days in the organisation's time zone when it is known, as the dashboard's periods are", () => {
    // Oslo's third quarter of 2025: summer time on both ends
    const oslo = toFeedbackFilter({ ...emptyFilters(), from: '2025-07-01', to: '2025-09-30' }, 'Europe/Oslo');
    expect(oslo).toEqual({ receivedFrom: '2025-06-30T22:00:00.000Z', receivedTo: '2025-09-30T22:00:00.000Z' });
    // across the change back to winter time, and in another zone
    const winter = toFeedbackFilter({ ...emptyFilters(), from: '2025-10-01', to: '2025-12-31' }, 'Europe/Oslo');
    expect(winter).toEqual({ receivedFrom: '2025-09-30T22:00:00.000Z', receivedTo: '2025-12-31T23:00:00.000Z' });
    const newYork = toFeedbackFilter({ ...emptyFilters(), from: '2025-01-01', to: '2025-01-01' }, 'America/New_York');
    expect(newYork).toEqual({ receivedFrom: '2025-01-01T05:00:00.000Z', receivedTo: '2025-01-02T05:00:00.000Z' });
  });

  it('passes lists under the API field names', () => {
    const filter = toFeedbackFilter({ ...emptyFilters(), search: ' pris ', departmentIds: ['4'], npsGroups: ['PROMOTER'], loopStatuses: ['CLOSED'] });
    expect(filter).toEqual({ search: 'pris', departmentIds: ['4'], npsGroups: ['PROMOTER'], loopStatuses: ['CLOSED'] });
  });

  it('maps the sort choices to FeedbackOrder', () => {
    expect(toFeedbackOrder('newest', '')).toEqual({ field: 'RECEIVED_AT', direction: 'DESC' });
    expect(toFeedbackOrder('oldest', '')).toEqual({ field: 'RECEIVED_AT', direction: 'ASC' });
    expect(toFeedbackOrder('score-desc', '')).toEqual({ field: 'SCORE', direction: 'DESC' });
    expect(toFeedbackOrder('score-asc', '')).toEqual({ field: 'SCORE', direction: 'ASC' });
    expect(toFeedbackOrder('relevance', 'slow')).toEqual({ field: 'RELEVANCE', direction: 'DESC' });
    expect(toFeedbackOrder('relevance', '')).toEqual({ field: 'RECEIVED_AT', direction: 'DESC' });
  });

  it('counts active filters, the date range once', () => {
    expect(countActive(emptyFilters())).toBe(0);
    expect(countActive({ ...emptyFilters(), from: '2025-01-01', to: '2025-01-31', channels: ['REVIEW'], search: 'x' })).toBe(3);
  });

  it('converts between days and date-picker timestamps', () => {
    expect(dayOf(timestampOf('2024-02-29'))).toBe('2024-02-29');
    expect(dayOf(new Date(2025, 11, 31, 23, 59).getTime())).toBe('2025-12-31');
  });
});
