// The request list's view lives in the URL (?segments=ENTERPRISE&period=year&sort=customers&view=board),
// so "what do enterprise customers ask for this year" can be shared as a link. The list parameters are
// named as the feedback list and the dashboard name theirs. Pure functions: URL query ⇄ state ⇄ the
// API's filter and order.
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { FeatureRequestFilter, FeatureRequestOrder, FeatureRequestSort, FeatureRequestStatus, Segment, SortDirection } from '@/gql/graphql';
import { type Day, dayOf, dayStartInstant, isDay, partsOf } from '@/shared/days';
import { FEATURE_REQUEST_STATUSES, SEGMENTS } from '@/shared/enums';
import { isRowId } from '@/shared/ids';
import { firstValue, oneOf, queryValues as values } from '@/shared/routeQuery';

/**
 * The period whose feedback the figures count. The presets are relative ("this year" stays this year
 * in a bookmark); 'custom' is the days `from`–`to`, either end open.
 */
export type Period = 'all' | 'year' | '12m' | 'quarter' | 'custom';
export const PERIODS: readonly Period[] = ['all', 'year', '12m', 'quarter', 'custom'];
const PRESETS: readonly Period[] = ['year', '12m', 'quarter'];

export type ListView = 'list' | 'board';

export interface FeatureRequestFilters {
  search: string;
  productIds: string[];
  statuses: FeatureRequestStatus[];
  segments: Segment[];
  regions: string[];
  period: Period;
  /** a custom period's first day, inclusive, in the organisation's zone */
  from: Day | null;
  /** a custom period's last day, inclusive */
  to: Day | null;
  /** only requests asked for by at least this many customers (as the filter counts them) */
  minCustomers: number | null;
}

export interface FeatureRequestListState {
  filters: FeatureRequestFilters;
  sort: FeatureRequestSort;
  direction: SortDirection;
  view: ListView;
}

/** In the order the sort menu offers them: what a product team ranks by first. */
export const SORTS: readonly FeatureRequestSort[] = ['REVENUE', 'CUSTOMERS', 'FEEDBACK', 'RECENT'];
export const DEFAULT_SORT: FeatureRequestSort = 'REVENUE';
export const DEFAULT_DIRECTION: SortDirection = 'DESC';
/** the largest count the number input takes: far above any organisation's customer base */
export const MAX_MIN_CUSTOMERS = 1_000_000;

type ListFilter = 'productIds' | 'statuses' | 'segments' | 'regions';
const LIST_PARAMS: Record<ListFilter, string> = { productIds: 'products', statuses: 'statuses', segments: 'segments', regions: 'regions' };

export function emptyFilters(): FeatureRequestFilters {
  return { search: '', productIds: [], statuses: [], segments: [], regions: [], period: 'all', from: null, to: null, minCustomers: null };
}

export function defaultState(): FeatureRequestListState {
  return { filters: emptyFilters(), sort: DEFAULT_SORT, direction: DEFAULT_DIRECTION, view: 'list' };
}

function count(raw: LocationQuery[string] | undefined): number | null {
  const text = firstValue(raw);
  if (!text || !/^\d{1,7}$/.test(text)) return null;
  const n = Number(text);
  return n > 0 && n <= MAX_MIN_CUSTOMERS ? n : null;
}

/** Reads a URL query; anything unknown or malformed is dropped, not sent. */
export function parseListQuery(query: LocationQuery): FeatureRequestListState {
  const periodParam = firstValue(query.period);
  let from = values(query.from).find(isDay) ?? null;
  let to = values(query.to).find(isDay) ?? null;
  // a range typed backwards means the days between the two
  if (from && to && from > to) [from, to] = [to, from];
  const preset = PRESETS.includes(periodParam as Period);
  const period: Period = preset ? (periodParam as Period) : periodParam === 'custom' || from || to ? 'custom' : 'all';
  const sort = firstValue(query.sort).toUpperCase();
  const direction = firstValue(query.dir).toUpperCase();
  return {
    filters: {
      search: firstValue(query.q),
      productIds: values(query.products).filter(isRowId),
      statuses: values(query.statuses).filter(oneOf(FEATURE_REQUEST_STATUSES)),
      segments: values(query.segments).filter(oneOf(SEGMENTS)),
      regions: values(query.regions),
      period,
      from: period === 'custom' ? from : null,
      to: period === 'custom' ? to : null,
      minCustomers: count(query.min),
    },
    sort: oneOf(SORTS)(sort) ? sort : DEFAULT_SORT,
    direction: direction === 'ASC' || direction === 'DESC' ? direction : DEFAULT_DIRECTION,
    view: firstValue(query.view) === 'board' ? 'board' : 'list',
  };
}

/** The URL query of a state: defaults left out, so the plain address is the default view. */
export function toListQuery(state: FeatureRequestListState): LocationQueryRaw {
  const { filters } = state;
  const query: LocationQueryRaw = {};
  const search = filters.search.trim();
  if (search) query.q = search;
  for (const field of Object.keys(LIST_PARAMS) as ListFilter[]) {
    if (filters[field].length) query[LIST_PARAMS[field]] = [...filters[field]];
  }
  if (filters.period === 'custom') {
    if (filters.from) query.from = filters.from;
    if (filters.to) query.to = filters.to;
    // "custom" chosen before any day is: the date fields stay open
    if (!filters.from && !filters.to) query.period = 'custom';
  } else if (filters.period !== 'all') {
    query.period = filters.period;
  }
  if (filters.minCustomers && filters.minCustomers > 0) query.min = String(filters.minCustomers);
  if (state.sort !== DEFAULT_SORT) query.sort = state.sort.toLowerCase();
  if (state.direction !== DEFAULT_DIRECTION) query.dir = state.direction.toLowerCase();
  if (state.view !== 'list') query.view = state.view;
  return query;
}

/**
 * The days a period covers, as of `today` (the organisation's): a preset runs to today, so it has no
 * end to send; "last 12 months" is the twelve months that end today, today included.
 */
export function periodDays(filters: Pick<FeatureRequestFilters, 'period' | 'from' | 'to'>, today: Day): { from: Day | null; to: Day | null } {
  const [y, m, d] = partsOf(today);
  switch (filters.period) {
    case 'year':
      return { from: dayOf(y, 1, 1), to: null };
    case 'quarter':
      return { from: dayOf(y, Math.floor((m - 1) / 3) * 3 + 1, 1), to: null };
    case '12m':
      return { from: dayOf(y - 1, m, d + 1), to: null };
    case 'custom':
      return { from: filters.from, to: filters.to };
    default:
      return { from: null, to: null };
  }
}

/** The API's filter: the days as [from, to) instants in the organisation's zone, empty fields left out. */
export function toRequestFilter(filters: FeatureRequestFilters, today: Day, timeZone?: string | null): FeatureRequestFilter {
  const out: FeatureRequestFilter = {};
  const search = filters.search.trim();
  if (search) out.search = search;
  for (const field of Object.keys(LIST_PARAMS) as ListFilter[]) {
    if (filters[field].length) (out as Record<string, unknown>)[field] = [...filters[field]];
  }
  const days = periodDays(filters, today);
  if (days.from) out.receivedFrom = dayStartInstant(days.from, timeZone);
  if (days.to) out.receivedTo = dayStartInstant(days.to, timeZone, true);
  if (filters.minCustomers && filters.minCustomers > 0) out.minCustomers = filters.minCustomers;
  return out;
}

export function toRequestOrder(state: Pick<FeatureRequestListState, 'sort' | 'direction'>): FeatureRequestOrder {
  return { field: state.sort, direction: state.direction };
}

/** Whether a period narrows the feedback ("custom" before a day is chosen does not yet). */
export function hasPeriod(filters: Pick<FeatureRequestFilters, 'period' | 'from' | 'to'>): boolean {
  return filters.period === 'custom' ? !!(filters.from || filters.to) : filters.period !== 'all';
}

/** How many filters are set (the period counts once). */
export function countActive(filters: FeatureRequestFilters): number {
  return (
    (filters.search.trim() ? 1 : 0) +
    (Object.keys(LIST_PARAMS) as ListFilter[]).filter((f) => filters[f].length).length +
    (hasPeriod(filters) ? 1 : 0) +
    (filters.minCustomers ? 1 : 0)
  );
}

/** Whether the figures count only part of the linked feedback (segments, regions, a period). */
export function narrowsFigures(filters: FeatureRequestFilters): boolean {
  return filters.segments.length > 0 || filters.regions.length > 0 || hasPeriod(filters);
}
