// FeedbackFilter and FeedbackOrder as SQL. Kept apart from the service so the dashboard and exports
// (later) filter feedback with exactly the same meaning.
import { and, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { customers, featureRequestFeedback, feedback, feedbackThemes } from '@chorus/db/schema';
import { parseIds } from '../../shared/ids';
import type { KeyCast } from '../../shared/pagination';
import { searchQuery } from '../../shared/search';
import { FieldErrors } from '../../shared/validate';
import type { FeedbackFilter } from './feedback.inputs';
import { FeedbackSort, SortDirection, type FeedbackOrder } from './feedback.inputs';


const nonEmpty = <T>(list: T[] | undefined | null): list is T[] => !!list && list.length > 0;

// as long as a region may be when ingested
const MAX_REGION = 100;
// PostgreSQL has no year 0; the DateTime scalar takes 0000-01-01, which would fail the statement
const EARLIEST = Date.parse('0001-01-01T00:00:00Z');

/** The filter's sizes and dates, before any SQL and all at once (a search is a few words, a list is picked from a menu). */
function checkSizes(filter: FeedbackFilter): void {
  const errors = new FieldErrors();
  errors.filter(filter);
  filter.regions?.forEach((region, i) => {
    if (region.length > MAX_REGION) errors.add(`filter.regions.${i}`, `Must be at most ${MAX_REGION} characters.`, { code: 'TOO_LONG', max: MAX_REGION });
  });
  for (const field of ['receivedFrom', 'receivedTo'] as const) {
    const time = filter[field]?.getTime();
    if (time !== undefined && !(time >= EARLIEST)) errors.add(`filter.${field}`, 'Not a valid date.');
  }
  errors.throwIfAny();
}

export function feedbackConditions(filter: FeedbackFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  checkSizes(filter);
  const c: (SQL | undefined)[] = [];
  const search = filter.search?.trim();
  if (search) c.push(sql`${feedback.searchDoc} @@ ${searchQuery(search)}`);
  if (filter.receivedFrom) c.push(gte(feedback.receivedAt, filter.receivedFrom));
  if (filter.receivedTo) c.push(lt(feedback.receivedAt, filter.receivedTo));
  const ids = {
    departmentIds: parseIds(filter.departmentIds, 'filter.departmentIds'),
    productIds: parseIds(filter.productIds, 'filter.productIds'),
    customerIds: parseIds(filter.customerIds, 'filter.customerIds'),
    themeIds: parseIds(filter.themeIds, 'filter.themeIds'),
    featureRequestIds: parseIds(filter.featureRequestIds, 'filter.featureRequestIds'),
  };
  if (nonEmpty(ids.departmentIds)) c.push(inArray(feedback.departmentId, ids.departmentIds));
  if (nonEmpty(ids.productIds)) c.push(inArray(feedback.productId, ids.productIds));
  if (nonEmpty(ids.customerIds)) c.push(inArray(feedback.customerId, ids.customerIds));
  if (nonEmpty(ids.themeIds)) {
    c.push(sql`exists (select 1 from ${feedbackThemes} where ${feedbackThemes.feedbackId} = ${feedback.id}
      and ${inArray(feedbackThemes.themeId, ids.themeIds)})`);
  }
  if (nonEmpty(ids.featureRequestIds)) {
    c.push(sql`exists (select 1 from ${featureRequestFeedback} where ${featureRequestFeedback.feedbackId} = ${feedback.id}
      and ${inArray(featureRequestFeedback.featureRequestId, ids.featureRequestIds)})`);
  }
  if (nonEmpty(filter.channels)) c.push(inArray(feedback.channel, filter.channels));
  if (nonEmpty(filter.kinds)) c.push(inArray(feedback.kind, filter.kinds));
  if (nonEmpty(filter.categories)) c.push(inArray(feedback.category, filter.categories));
  if (nonEmpty(filter.npsGroups)) c.push(inArray(feedback.npsGroup, filter.npsGroups));
  if (nonEmpty(filter.sentiments)) c.push(inArray(feedback.sentiment, filter.sentiments));
  if (nonEmpty(filter.loopStatuses)) c.push(inArray(feedback.loopStatus, filter.loopStatuses));
  // region and segment belong to the customer: a few hundred accounts, so an id list is cheap
  const customerConds: SQL[] = [];
  if (nonEmpty(filter.regions)) customerConds.push(inArray(customers.region, filter.regions));
  if (nonEmpty(filter.segments)) customerConds.push(inArray(customers.segment, filter.segments));
  if (customerConds.length) {
    c.push(sql`${feedback.customerId} in (select ${customers.id} from ${customers} where ${and(...customerConds)})`);
  }
  return and(...c);
}

export interface SortSpec {
  /** names the order in cursors, so a cursor is only taken back by the order that gave it out */
  name: string;
  /** the expression rows are ordered by (ties broken by id) */
  key: SQL;
  /** how a cursor's key value is cast back for the keyset comparison */
  cast: KeyCast;
  direction: SortDirection;
}

export function feedbackSort(order: FeedbackOrder | null | undefined, search: string | undefined): SortSpec {
  const direction = order?.direction ?? SortDirection.DESC;
  const name = `${order?.field ?? FeedbackSort.RECEIVED_AT}:${direction}`;
  switch (order?.field) {
    case FeedbackSort.SCORE:
      // items without a score come last in both directions (each has an index: feedback_score_*_idx)
      return direction === SortDirection.DESC
        ? { name, key: sql`coalesce(${feedback.score10}, -1)`, cast: 'real', direction }
        : { name, key: sql`coalesce(${feedback.score10}, 11)`, cast: 'real', direction };
    case FeedbackSort.RELEVANCE:
      if (search) return { name, key: sql`ts_rank(${feedback.searchDoc}, ${searchQuery(search)})`, cast: 'real', direction };
      return { name, key: sql`${feedback.receivedAt}`, cast: 'timestamptz', direction: SortDirection.DESC };
    default:
      return { name, key: sql`${feedback.receivedAt}`, cast: 'timestamptz', direction };
  }
}

/** Rows strictly after the cursor's (key, id) in the sort's direction. */
export function afterCursor(sort: SortSpec, key: string, id: number): SQL {
  const op = sort.direction === SortDirection.DESC ? sql`<` : sql`>`;
  return sql`(${sort.key}, ${feedback.id}) ${op} (${key}::${sql.raw(sort.cast)}, ${id})`;
}
