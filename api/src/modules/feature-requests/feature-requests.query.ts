// Feature requests as SQL. The figures a product team ranks by (feedback, distinct customers, their
// revenue) are counted in the statement that pages the list, over the links that match the filter's
// segments, regions and period, so the sort, minCustomers and every page agree and a page costs one
// statement whatever its size. Links carry their feedback's customer and arrival (migration 0007), so
// the counting reads the links and the customers, never the feedback table.
import { and, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { parseIds } from '../../shared/ids';
import type { KeyCast } from '../../shared/pagination';
import { searchQuery } from '../../shared/search';
import { FieldErrors } from '../../shared/validate';
import { SortDirection } from '../feedback/feedback.inputs';
import { FeatureRequestSort, type FeatureRequestFilter, type FeatureRequestOrder } from './feature-requests.inputs';
import type { DemandScope, FeatureRequestType } from './feature-requests.type';

const MAX_REGION = 100;
const EARLIEST = Date.parse('0001-01-01T00:00:00Z');

/** The filter's sizes, dates and count, before any SQL and all at once. */
export function checkFilter(filter: FeatureRequestFilter): void {
  const errors = new FieldErrors();
  errors.filter(filter);
  filter.regions?.forEach((region, i) => {
    if (region.length > MAX_REGION) errors.add(`filter.regions.${i}`, `Must be at most ${MAX_REGION} characters.`, { code: 'TOO_LONG', max: MAX_REGION });
  });
  for (const field of ['receivedFrom', 'receivedTo'] as const) {
    const time = filter[field]?.getTime();
    if (time !== undefined && !(time >= EARLIEST)) errors.add(`filter.${field}`, 'Not a valid date.', { code: 'INVALID_DATE' });
  }
  if (filter.receivedFrom && filter.receivedTo && filter.receivedTo <= filter.receivedFrom) {
    errors.add('filter.receivedTo', 'Must be after receivedFrom.', { code: 'NOT_AFTER_FROM' });
  }
  if (filter.minCustomers != null && filter.minCustomers < 0) errors.add('filter.minCustomers', 'Must not be negative.', { code: 'OUT_OF_RANGE' });
  errors.throwIfAny();
}

export const scopeOf = (filter: FeatureRequestFilter | null | undefined): DemandScope => ({
  segments: filter?.segments?.length ? filter.segments : null,
  regions: filter?.regions?.length ? filter.regions : null,
  receivedFrom: filter?.receivedFrom ?? null,
  receivedTo: filter?.receivedTo ?? null,
});

/** The links that count under a scope (alias `l`): from customers in its segments and regions, in its period. */
export function linkScope(scope: DemandScope): SQL | undefined {
  const customer: SQL[] = [];
  if (scope.segments?.length) customer.push(inArray(sql`c.segment::text`, scope.segments));
  if (scope.regions?.length) customer.push(inArray(sql`c.region`, scope.regions));
  return and(
    // feedback without a customer has no segment or region: it counts only when neither is asked for
    customer.length ? sql`l.customer_id in (select c.id from customers c where ${and(...customer)})` : undefined,
    scope.receivedFrom ? sql`l.received_at >= ${scope.receivedFrom.toISOString()}::timestamptz` : undefined,
    scope.receivedTo ? sql`l.received_at < ${scope.receivedTo.toISOString()}::timestamptz` : undefined,
  );
}

/** Conditions on the requests themselves (alias `r`); merged requests are never listed. */
export function requestConditions(filter: FeatureRequestFilter | null | undefined): SQL | undefined {
  const productIds = parseIds(filter?.productIds, 'filter.productIds');
  const search = filter?.search?.trim();
  return and(
    isNull(sql`r.merged_into_id`),
    productIds?.length ? inArray(sql`r.product_id`, productIds) : undefined,
    filter?.statuses?.length ? inArray(sql`r.status::text`, filter.statuses) : undefined,
    search ? sql`r.search_doc @@ ${searchQuery(search)}` : undefined,
  );
}

export interface SortSpec { name: string; key: SQL; cast: KeyCast; direction: SortDirection }

/** REVENUE, largest first, unless ordered otherwise; ties broken by id in the same direction. */
export function requestSort(order: FeatureRequestOrder | null | undefined): SortSpec {
  const field = order?.field ?? FeatureRequestSort.REVENUE;
  const direction = order?.direction ?? SortDirection.DESC;
  const name = `${field}_${direction}`;
  switch (field) {
    case FeatureRequestSort.CUSTOMERS: return { name, key: sql`customer_count`, cast: 'int', direction };
    case FeatureRequestSort.FEEDBACK: return { name, key: sql`feedback_count`, cast: 'int', direction };
    // requests nobody asked for (under the filter) sort as if asked at the epoch: last, newest first
    case FeatureRequestSort.RECENT: return { name, key: sql`coalesce(last_asked_at, 'epoch'::timestamptz)`, cast: 'timestamptz', direction };
    default: return { name, key: sql`revenue`, cast: 'float8', direction };
  }
}

/** Rows strictly after the cursor's (key, id) in the sort's direction. */
export const afterRequestCursor = (sort: SortSpec, key: string, id: number): SQL =>
  sort.direction === SortDirection.DESC
    ? sql`(${sort.key}, id) < (${key}::${sql.raw(sort.cast)}, ${id})`
    : sql`(${sort.key}, id) > (${key}::${sql.raw(sort.cast)}, ${id})`;

/**
 * Requests with their figures under `scope`, as one derived table (columns of FeatureRequestType in
 * snake case): per request and customer first (so a customer's revenue counts once however many of its
 * items are linked), then per request. Only the requests `where` selects are counted.
 */
export function requestsWithFigures(where: SQL | undefined, scope: DemandScope): SQL {
  return sql`(
    with chosen as (select r.* from feature_requests r where ${where ?? sql`true`}),
    per_customer as (
      select l.feature_request_id, l.customer_id, count(*)::int as n, max(l.received_at) as last_at
      from feature_request_feedback l
      where l.feature_request_id in (select id from chosen) and ${linkScope(scope) ?? sql`true`}
      group by l.feature_request_id, l.customer_id
    ),
    figures as (
      select p.feature_request_id, sum(p.n)::int as feedback_count, count(p.customer_id)::int as customer_count,
        coalesce(sum(c.annual_revenue), 0)::float8 as revenue, max(p.last_at) as last_asked_at
      from per_customer p left join customers c on c.id = p.customer_id
      group by p.feature_request_id
    )
    select r.id, r.title, r.description, r.status, r.product_id, r.merged_into_id, r.created_by_id, r.created_at, r.updated_at,
      coalesce(f.feedback_count, 0) as feedback_count, coalesce(f.customer_count, 0) as customer_count,
      coalesce(f.revenue, 0)::float8 as revenue, f.last_asked_at
    from chosen r left join figures f on f.feature_request_id = r.id
  )`;
}

export type RequestRow = {
  id: string; title: string; description: string | null; status: FeatureRequestType['status']; product_id: string;
  merged_into_id: string | null; created_by_id: string | null; created_at: string | Date; updated_at: string | Date;
  feedback_count: number; customer_count: number; revenue: number; last_asked_at: string | Date | null;
};

const date = (v: string | Date) => (v instanceof Date ? v : new Date(v));

export function toRequest(row: RequestRow, scope: DemandScope): FeatureRequestType {
  return {
    id: Number(row.id), title: row.title, description: row.description, status: row.status, productId: Number(row.product_id),
    mergedIntoId: row.merged_into_id === null ? null : Number(row.merged_into_id),
    createdById: row.created_by_id === null ? null : Number(row.created_by_id),
    createdAt: date(row.created_at), updatedAt: date(row.updated_at),
    feedbackCount: row.feedback_count, customerCount: row.customer_count, revenue: Number(row.revenue),
    lastAskedAt: row.last_asked_at === null ? null : date(row.last_asked_at), scope,
  };
}
