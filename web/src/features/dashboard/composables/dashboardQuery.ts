// The dashboard's view lives in the URL (?metric=NPS&by=REGION&interval=QUARTER&regions=…), so a view
// can be shared as a link. The list parameters are named as the feedback list names them, so the two
// read alike. Pure functions: URL query ⇄ state ⇄ the API's filter.
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { Channel, Dimension, FeedbackFilter, Interval, Metric, Segment } from '@/gql/graphql';
import { type Day, dayStartInstant, isDay } from '@/shared/days';
import { CHANNELS, SEGMENTS } from '@/shared/enums';
import { isRowId } from '@/shared/ids';
import { firstValue, oneOf, queryValues as values } from '@/shared/routeQuery';
import { DIMENSIONS, INTERVALS, METRICS } from './metrics';

export interface DashboardFilters {
  /** first day received, inclusive, in the organisation's time zone */
  from: Day | null;
  /** last day received, inclusive */
  to: Day | null;
  departmentIds: string[];
  productIds: string[];
  regions: string[];
  segments: Segment[];
  channels: Channel[];
}

export interface DashboardState {
  /** the metric of the trend chart and the breakdown */
  metric: Metric;
  interval: Interval;
  /** the breakdown's dimension */
  by: Dimension;
  filters: DashboardFilters;
}

export type ListFilter = Exclude<keyof DashboardFilters, 'from' | 'to'>;

export const LIST_PARAMS: Record<ListFilter, string> = {
  departmentIds: 'departments',
  productIds: 'products',
  regions: 'regions',
  segments: 'segments',
  channels: 'channels',
};

/** The list filter a dimension's segments narrow. */
export const DIMENSION_FILTER: Record<Dimension, ListFilter> = {
  DEPARTMENT: 'departmentIds',
  PRODUCT: 'productIds',
  REGION: 'regions',
  SEGMENT: 'segments',
  CHANNEL: 'channels',
};

export const DEFAULTS = { metric: 'NPS', interval: 'QUARTER', by: 'DEPARTMENT' } as const satisfies Partial<DashboardState>;

export function emptyFilters(): DashboardFilters {
  return { from: null, to: null, departmentIds: [], productIds: [], regions: [], segments: [], channels: [] };
}

function one<T extends string>(raw: LocationQuery[string] | undefined, allowed: readonly T[], fallback: T): T {
  const value = firstValue(raw);
  return oneOf(allowed)(value) ? value : fallback;
}

/** Reads a URL query; anything unknown or malformed is dropped, not sent. */
export function parseDashboardQuery(query: LocationQuery): DashboardState {
  let from = firstValue(query.from);
  let to = firstValue(query.to);
  // a range typed backwards means the days between the two
  if (isDay(from) && isDay(to) && from > to) [from, to] = [to, from];
  return {
    metric: one(query.metric, METRICS, DEFAULTS.metric),
    interval: one(query.interval, INTERVALS, DEFAULTS.interval),
    by: one(query.by, DIMENSIONS, DEFAULTS.by),
    filters: {
      from: isDay(from) ? from : null,
      to: isDay(to) ? to : null,
      departmentIds: values(query.departments).filter(isRowId),
      productIds: values(query.products).filter(isRowId),
      regions: values(query.regions),
      segments: values(query.segments).filter(oneOf(SEGMENTS)),
      channels: values(query.channels).filter(oneOf(CHANNELS)),
    },
  };
}

/** The URL query of a state: defaults left out, so the plain address is the default view. */
export function toDashboardQuery(state: DashboardState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.metric !== DEFAULTS.metric) query.metric = state.metric;
  if (state.interval !== DEFAULTS.interval) query.interval = state.interval;
  if (state.by !== DEFAULTS.by) query.by = state.by;
  if (state.filters.from) query.from = state.filters.from;
  if (state.filters.to) query.to = state.filters.to;
  for (const field of Object.keys(LIST_PARAMS) as ListFilter[]) {
    if (state.filters[field].length) query[LIST_PARAMS[field]] = [...state.filters[field]];
  }
  return query;
}

/** The API's FeedbackFilter: the days as [from, to) instants in the organisation's zone, empty lists left out. */
export function toFeedbackFilter(filters: DashboardFilters, timeZone?: string | null): FeedbackFilter {
  const out: FeedbackFilter = {};
  if (filters.from) out.receivedFrom = dayStartInstant(filters.from, timeZone);
  if (filters.to) out.receivedTo = dayStartInstant(filters.to, timeZone, true);
  for (const field of Object.keys(LIST_PARAMS) as ListFilter[]) {
    if (filters[field].length) (out as Record<string, unknown>)[field] = [...filters[field]];
  }
  return out;
}

/** How many filters are set (the range counts once). */
export function countActive(filters: DashboardFilters): number {
  return (filters.from || filters.to ? 1 : 0) + (Object.keys(LIST_PARAMS) as ListFilter[]).filter((f) => filters[f].length).length;
}
