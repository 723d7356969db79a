// The feedback list's filters and sort live in the URL so a view can be shared or bookmarked.
// Pure functions: URL query ⇄ filter state ⇄ GraphQL variables.
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type {
  Category,
  Channel,
  FeedbackFilter,
  FeedbackKind,
  FeedbackOrder,
  LoopStatus,
  NpsGroup,
  Segment,
  Sentiment,
} from '@/gql/graphql';
import { CATEGORIES, CHANNELS, KINDS, LOOP_STATUSES, NPS_GROUPS, SEGMENTS, SENTIMENTS } from '@/shared/enums';
import { dayStartInstant, isDay } from '@/shared/days';
import { isRowId } from '@/shared/ids';
import { firstValue as first, queryValues as values } from '@/shared/routeQuery';

export interface FeedbackFilters {
  search: string;
  /** first day received, YYYY-MM-DD in the viewer's time zone, inclusive */
  from: string | null;
  /** last day received, YYYY-MM-DD, inclusive (the API's receivedTo is exclusive: the day after) */
  to: string | null;
  departmentIds: string[];
  productIds: string[];
  customerIds: string[];
  themeIds: string[];
  channels: Channel[];
  kinds: FeedbackKind[];
  categories: Category[];
  npsGroups: NpsGroup[];
  sentiments: Sentiment[];
  regions: string[];
  segments: Segment[];
  loopStatuses: LoopStatus[];
}

export type ListField = Exclude<keyof FeedbackFilters, 'search' | 'from' | 'to'>;

export const SORT_KEYS = ['newest', 'oldest', 'score-desc', 'score-asc', 'relevance'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const DEFAULT_SORT: SortKey = 'newest';

/** URL parameter of each list field; a list is repeated (`?channels=REVIEW&channels=SOCIAL`). */
export const LIST_PARAMS: Record<ListField, string> = {
  departmentIds: 'departments',
  productIds: 'products',
  customerIds: 'customers',
  themeIds: 'themes',
  channels: 'channels',
  kinds: 'kinds',
  categories: 'categories',
  npsGroups: 'nps',
  sentiments: 'sentiments',
  regions: 'regions',
  segments: 'segments',
  loopStatuses: 'loop',
};

/** Allowed values of the enum fields; anything else in a URL is dropped. */
const ENUM_FIELDS: Partial<Record<ListField, readonly string[]>> = {
  channels: CHANNELS,
  kinds: KINDS,
  categories: CATEGORIES,
  npsGroups: NPS_GROUPS,
  sentiments: SENTIMENTS,
  segments: SEGMENTS,
  loopStatuses: LOOP_STATUSES,
};

const ID_FIELDS: ListField[] = ['departmentIds', 'productIds', 'customerIds', 'themeIds'];

export function emptyFilters(): FeedbackFilters {
  return {
    search: '',
    from: null,
    to: null,
    departmentIds: [],
    productIds: [],
    customerIds: [],
    themeIds: [],
    channels: [],
    kinds: [],
    categories: [],
    npsGroups: [],
    sentiments: [],
    regions: [],
    segments: [],
    loopStatuses: [],
  };
}


export function parseListQuery(query: LocationQuery): { filters: FeedbackFilters; sort: SortKey } {
  const filters = emptyFilters();
  filters.search = first(query.q);
  const from = first(query.from);
  const to = first(query.to);
  filters.from = isDay(from) ? from : null;
  filters.to = isDay(to) ? to : null;
  for (const field of Object.keys(LIST_PARAMS) as ListField[]) {
    let list = values(query[LIST_PARAMS[field]]);
    const allowed = ENUM_FIELDS[field];
    if (allowed) list = list.filter((v) => allowed.includes(v));
    if (ID_FIELDS.includes(field)) list = list.filter(isRowId);
    (filters[field] as string[]) = list;
  }
  const sortRaw = first(query.sort);
  const sort = (SORT_KEYS as readonly string[]).includes(sortRaw) ? (sortRaw as SortKey) : DEFAULT_SORT;
  return { filters, sort };
}

export function toRouteQuery(filters: FeedbackFilters, sort: SortKey): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  const search = filters.search.trim();
  if (search) query.q = search;
  if (isDay(filters.from)) query.from = filters.from;
  if (isDay(filters.to)) query.to = filters.to;
  for (const field of Object.keys(LIST_PARAMS) as ListField[]) {
    const list = filters[field];
    if (list.length) query[LIST_PARAMS[field]] = [...list];
  }
  if (sort !== DEFAULT_SORT) query.sort = sort;
  return query;
}

/**
 * The API's FeedbackFilter: empty fields left out, the day range turned into [from, to) instants. The
 * days are the organisation's (`timeZone`), as the dashboard's periods are, so a drill-down from a
 * quarter lists exactly the feedback behind its point wherever the reader is.
 */
export function toFeedbackFilter(filters: FeedbackFilters, timeZone?: string | null): FeedbackFilter {
  const out: FeedbackFilter = {};
  const search = filters.search.trim();
  if (search) out.search = search;
  if (isDay(filters.from)) out.receivedFrom = dayStartInstant(filters.from, timeZone);
  if (isDay(filters.to)) out.receivedTo = dayStartInstant(filters.to, timeZone, true);
  for (const field of Object.keys(LIST_PARAMS) as ListField[]) {
    const list = filters[field];
    if (list.length) (out as Record<string, unknown>)[field] = [...list];
  }
  return out;
}

export function toFeedbackOrder(sort: SortKey, search: string): FeedbackOrder {
  switch (sort) {
    case 'oldest':
      return { field: 'RECEIVED_AT', direction: 'ASC' };
    case 'score-desc':
      return { field: 'SCORE', direction: 'DESC' };
    case 'score-asc':
      return { field: 'SCORE', direction: 'ASC' };
    case 'relevance':
      // Relevance only means something for a search; without one it is the default order.
      return search.trim() ? { field: 'RELEVANCE', direction: 'DESC' } : { field: 'RECEIVED_AT', direction: 'DESC' };
    default:
      return { field: 'RECEIVED_AT', direction: 'DESC' };
  }
}

/** How many filters are set (the date range counts once); the search box counts too. */
export function countActive(filters: FeedbackFilters): number {
  let n = filters.search.trim() ? 1 : 0;
  if (filters.from || filters.to) n += 1;
  for (const field of Object.keys(LIST_PARAMS) as ListField[]) if (filters[field].length) n += 1;
  return n;
}

/** "YYYY-MM-DD" of a local-time timestamp (what Naive UI's date picker gives). */
export function dayOf(timestamp: number): string {
  const d = new Date(timestamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local-midnight timestamp of a "YYYY-MM-DD" day (what Naive UI's date picker takes). */
export function timestampOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d).getTime();
}
