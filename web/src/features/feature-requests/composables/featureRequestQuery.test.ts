import { describe, expect, it } from 'vitest';
import {
  countActive,
  defaultState,
  emptyFilters,
  narrowsFigures,
  parseListQuery,
  periodDays,
  toListQuery,
  toRequestFilter,
  toRequestOrder,
} from './featureRequestQuery';

describe('the request list’s URL', () => {
  it('reads a shared view and writes it back the same', () => {
    const query = {
      q: 'offline mode',
      products: ['2', '5'],
      statuses: ['PLANNED', 'IN_PROGRESS'],
      segments: ['ENTERPRISE'],
      regions: ['Oslo', 'Västra Götaland'],
      period: 'year',
      min: '3',
      sort: 'customers',
      dir: 'asc',
      view: 'board',
    };
    const state = parseListQuery(query);
    expect(state).toEqual({
      filters: {
        search: 'offline mode',
        productIds: ['2', '5'],
        statuses: ['PLANNED', 'IN_PROGRESS'],
        segments: ['ENTERPRISE'],
        regions: ['Oslo', 'Västra Götaland'],
        period: 'year',
        from: null,
        to: null,
        minCustomers: 3,
      },
      sort: 'CUSTOMERS',
      direction: 'ASC',
      view: 'board',
    });
    expect(toListQuery(state)).toEqual(query);
  });

  it('leaves the defaults out: revenue, largest first, as a list, over all time', () => {
    expect(parseListQuery({})).toEqual(defaultState());
    expect(toListQuery(defaultState())).toEqual({});
    expect(toListQuery(parseListQuery({ sort: 'revenue', dir: 'desc', view: 'list', period: 'all' }))).toEqual({});
  });

  it('drops what it does not know', () => {
    const state = parseListQuery({
      products: ['x', '7', '0'],
      statuses: ['DONE', 'SHIPPED'],
      segments: 'GIANT',
      period: 'decade',
      min: ['-2'],
      sort: 'votes',
      dir: 'sideways',
      view: 'grid',
      from: '2025-02-30',
    });
    expect(state).toEqual({ ...defaultState(), filters: { ...emptyFilters(), productIds: ['7'], statuses: ['SHIPPED'] } });
    expect(parseListQuery({ min: '0' }).filters.minCustomers).toBeNull();
    expect(parseListQuery({ min: '2.5' }).filters.minCustomers).toBeNull();
  });

  it('reads dates as a custom period, a range typed backwards as the days between', () => {
    expect(parseListQuery({ from: '2025-12-31', to: '2025-01-01' }).filters).toMatchObject({ period: 'custom', from: '2025-01-01', to: '2025-12-31' });
    expect(toListQuery(parseListQuery({ from: '2025-03-01' }))).toEqual({ from: '2025-03-01' });
    // "custom" chosen before a day is: the URL keeps the choice so the date fields stay open
    expect(parseListQuery({ period: 'custom' }).filters).toMatchObject({ period: 'custom', from: null, to: null });
    expect(toListQuery(parseListQuery({ period: 'custom' }))).toEqual({ period: 'custom' });
    // a preset ignores stray dates
    expect(parseListQuery({ period: 'quarter', from: '2025-03-01' }).filters).toMatchObject({ period: 'quarter', from: null });
  });
});

describe('the periods', () => {
  const today = '2026-05-14';
  it('run from the start of this year, this quarter, or twelve months back, to today', () => {
    expect(periodDays({ period: 'year', from: null, to: null }, today)).toEqual({ from: '2026-01-01', to: null });
    expect(periodDays({ period: 'quarter', from: null, to: null }, today)).toEqual({ from: '2026-04-01', to: null });
    expect(periodDays({ period: '12m', from: null, to: null }, today)).toEqual({ from: '2025-05-15', to: null });
    expect(periodDays({ period: '12m', from: null, to: null }, '2026-02-28')).toEqual({ from: '2025-03-01', to: null });
    expect(periodDays({ period: 'quarter', from: null, to: null }, '2026-12-31')).toEqual({ from: '2026-10-01', to: null });
    expect(periodDays({ period: 'all', from: '2026-01-01', to: null }, today)).toEqual({ from: null, to: null });
  });
});

describe('the API’s filter and order', () => {
  it('sends the days as instants at midnight in the organisation’s zone, the last day included', () => {
    const filters = { ...emptyFilters(), period: 'custom' as const, from: '2025-07-01', to: '2025-09-30', segments: ['ENTERPRISE' as const] };
    expect(toRequestFilter(filters, '2026-05-14', 'Europe/Oslo')).toEqual({
      segments: ['ENTERPRISE'],
      receivedFrom: '2025-06-30T22:00:00.000Z',
      receivedTo: '2025-09-30T22:00:00.000Z',
    });
    // winter time: an hour less
    expect(toRequestFilter({ ...emptyFilters(), period: 'year' }, '2026-05-14', 'Europe/Oslo')).toEqual({ receivedFrom: '2025-12-31T23:00:00.000Z' });
    expect(toRequestFilter({ ...emptyFilters(), period: 'year' }, '2026-05-14', 'Europe/Stockholm').receivedFrom).toBe('2025-12-31T23:00:00.000Z');
  });

  it('leaves empty fields out and trims the search', () => {
    expect(toRequestFilter(emptyFilters(), '2026-05-14', 'Europe/Oslo')).toEqual({});
    expect(
      toRequestFilter({ ...emptyFilters(), search: '  sso ', productIds: ['3'], statuses: ['PLANNED'], regions: ['Oslo'], minCustomers: 5 }, '2026-05-14', 'Europe/Oslo'),
    ).toEqual({ search: 'sso', productIds: ['3'], statuses: ['PLANNED'], regions: ['Oslo'], minCustomers: 5 });
    expect(toRequestOrder({ sort: 'RECENT', direction: 'ASC' })).toEqual({ field: 'RECENT', direction: 'ASC' });
  });

  it('counts the active filters and says when the figures are narrowed', () => {
    expect(countActive(emptyFilters())).toBe(0);
    expect(countActive({ ...emptyFilters(), search: 'x', segments: ['SMB'], period: '12m', minCustomers: 2 })).toBe(4);
    expect(countActive({ ...emptyFilters(), period: 'custom' })).toBe(0);
    expect(narrowsFigures({ ...emptyFilters(), productIds: ['1'], statuses: ['SHIPPED'], minCustomers: 3 })).toBe(false);
    expect(narrowsFigures({ ...emptyFilters(), regions: ['Oslo'] })).toBe(true);
    expect(narrowsFigures({ ...emptyFilters(), period: 'quarter' })).toBe(true);
  });
});
