// Where a trend's figures come from. The sums of the survey metrics and volume are read from the
// rollup (db/src/schema/rollups.ts) whenever it can answer the filter exactly — dimensions it keeps,
// a range on local midnights — and from the raw rows otherwise (search, customers, themes, kinds,
// categories, score groups, sentiment, loop status, a range cut mid-day). Both give the same sums, so
// the same points: trends.rollup.test.ts checks it with random filters. The follow-up metrics come
// from the response-time module's narrow facts table; the response rate from responses and invitations.
import { sql, type SQL } from 'drizzle-orm';
import { rollupGrain, type RollupDimension } from '@chorus/db';
import type { Db, SlaPolicyRule } from '@chorus/db';
import { parseIds } from '../../shared/ids';
import { FieldErrors } from '../../shared/validate';
import { feedbackConditions } from '../feedback/feedback.query';
import type { FeedbackFilter } from '../feedback/feedback.inputs';
import { firstResponseFacts, medianFigures } from '../actions/response-times';
import type { Range } from './periods';
import { UNIT } from './periods';
import type { Sums } from './statistics';
import type { Dimension, Interval } from './trends.type';

/**
 * Each dimension as a text key: its rollup column, and its expression over the raw feedback row and over
 * a follow-up fact `x` (a customer's region and segment through the joined customer `cu`).
 */
const DIMENSION: Record<Dimension, { rollup: RollupDimension; raw: SQL; fact: SQL; needsCustomer: boolean }> = {
  DEPARTMENT: { rollup: 'department_id', raw: sql`feedback.department_id::text`, fact: sql`x.department_id::text`, needsCustomer: false },
  PRODUCT: { rollup: 'product_id', raw: sql`feedback.product_id::text`, fact: sql`x.product_id::text`, needsCustomer: false },
  REGION: { rollup: 'region', raw: sql`cu.region`, fact: sql`cu.region`, needsCustomer: true },
  SEGMENT: { rollup: 'segment', raw: sql`cu.segment::text`, fact: sql`cu.segment::text`, needsCustomer: true },
  CHANNEL: { rollup: 'channel', raw: sql`feedback.channel::text`, fact: sql`x.channel::text`, needsCustomer: false },
};

/** Filter fields the rollup does not keep: any of them sends a trend to the raw rows. */
const RAW_ONLY = ['search', 'customerIds', 'themeIds', 'kinds', 'categories', 'npsGroups', 'sentiments', 'loopStatuses', 'featureRequestIds'] as const;

/** `column IN (…)` of a list of values (drizzle writes an array parameter as a row, not as an array). */
const inList = (column: SQL, values: readonly (string | number)[]) => sql`${column} in (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;

const given = (value: unknown) => (Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value != null);

export interface Query {
  filter: FeedbackFilter;
  interval: Interval;
  range: Range;
  segmentBy: Dimension | null;
  timeZone: string;
}

/** A row of sums: its period's local start date and its segment's key (null when not segmented). */
export type SumsRow = Sums & { period: string; key: string | null };

/** Whether the rollup answers this query exactly. */
export function rollupAnswers(q: Query): boolean {
  return q.range.dayAligned && !RAW_ONLY.some((field) => given(q.filter[field]));
}

const SUM_COLUMNS = ['volume', 'promoters', 'passives', 'detractors', 'csat_n', 'csat_top2', 'ces_n', 'ces_sum', 'ces_sumsq', 'cli_n', 'cli_sum', 'cli_sumsq'];
const camel = (c: string) => c.replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase()).replace('Sumsq', 'SumSq');

function toSums(rows: Record<string, unknown>[]): SumsRow[] {
  return rows.map((r) => {
    const out: Record<string, unknown> = { period: r.period, key: r.key ?? null };
    for (const c of SUM_COLUMNS) out[camel(c)] = Number(r[c] ?? 0);
    return out as unknown as SumsRow;
  });
}

const periodOf = (q: Query, local: SQL) => sql`to_char(date_trunc(${UNIT[q.interval].trunc}, ${local}), 'YYYY-MM-DD')`;

/** The filter's dimensions as the rollup's conditions, and the grain that keeps them all. */
function rollupScope(q: Query): { grain: number; where: SQL[] } {
  const f = q.filter;
  const kept = new Set<RollupDimension>();
  const where: SQL[] = [];
  const departmentIds = parseIds(f.departmentIds, 'filter.departmentIds');
  const productIds = parseIds(f.productIds, 'filter.productIds');
  if (departmentIds?.length) { kept.add('department_id'); where.push(inList(sql`r.department_id`, departmentIds)); }
  if (productIds?.length) { kept.add('product_id'); where.push(inList(sql`r.product_id`, productIds)); }
  if (f.regions?.length) { kept.add('region'); where.push(inList(sql`r.region`, f.regions)); }
  if (f.segments?.length) { kept.add('segment'); where.push(inList(sql`r.segment::text`, f.segments)); }
  if (f.channels?.length) { kept.add('channel'); where.push(inList(sql`r.channel::text`, f.channels)); }
  if (q.segmentBy) kept.add(DIMENSION[q.segmentBy].rollup);
  return { grain: rollupGrain(kept), where };
}

/** NPS, CSAT, CES, CLI and volume sums per period (and segment). */
export async function surveySums(db: Db, q: Query): Promise<SumsRow[]> {
  if (rollupAnswers(q)) {
    const { grain, where } = rollupScope(q);
    const key = q.segmentBy ? sql.raw(`r.${DIMENSION[q.segmentBy].rollup}::text`) : sql`null::text`;
    const rows = await db.execute(sql`
      select ${periodOf(q, sql`r.day::timestamp`)} as period, ${key} as key,
        ${sql.raw(SUM_COLUMNS.map((c) => `sum(r.${c})::float8 as ${c}`).join(', '))}
      from feedback_rollup r
      where r.grouping = ${grain} and r.day >= ${q.range.fromDay}::date and r.day < ${q.range.toDay}::date
        ${where.length ? sql`and ${sql.join(where, sql` and `)}` : sql``}
      group by 1, 2 ${q.segmentBy ? sql`having ${key} is not null` : sql``}`);
    return toSums(rows as Record<string, unknown>[]);
  }
  const dim = q.segmentBy ? DIMENSION[q.segmentBy] : null;
  const key = dim ? dim.raw : sql`null::text`;
  const conds = feedbackConditions(q.filter);
  const cli = sql`(feedback.nps_score + feedback.repurchase_score + feedback.cross_buy_score)`;
  const rows = await db.execute(sql`
    select ${periodOf(q, sql`feedback.received_at at time zone ${q.timeZone}`)} as period, ${key} as key,
      count(*)::float8 as volume,
      count(*) filter (where feedback.nps_score >= 9)::float8 as promoters,
      count(*) filter (where feedback.nps_score between 7 and 8)::float8 as passives,
      count(*) filter (where feedback.nps_score <= 6)::float8 as detractors,
      count(feedback.csat_score)::float8 as csat_n,
      count(*) filter (where feedback.csat_score >= 4)::float8 as csat_top2,
      count(feedback.ces_score)::float8 as ces_n,
      coalesce(sum(feedback.ces_score), 0)::float8 as ces_sum,
      coalesce(sum(feedback.ces_score * feedback.ces_score), 0)::float8 as ces_sumsq,
      count(${cli})::float8 as cli_n,
      coalesce(sum(${cli}), 0)::float8 as cli_sum,
      coalesce(sum(${cli} * ${cli}), 0)::float8 as cli_sumsq
    from feedback ${dim?.needsCustomer ? sql`left join customers cu on cu.id = feedback.customer_id` : sql``}
    where feedback.received_at >= ${q.range.from.toISOString()}::timestamptz and feedback.received_at < ${q.range.to.toISOString()}::timestamptz
      ${conds ? sql`and ${conds}` : sql``}
    group by 1, 2 ${dim ? sql`having ${key} is not null` : sql``}`);
  return toSums(rows as Record<string, unknown>[]);
}

/**
 * RESPONSE_RATE's refusal: invitations are counted per survey and day, so only the period, the
 * survey's product and its channel can narrow both sides of the ratio.
 */
export function checkResponseRateFilter(filter: FeedbackFilter, segmentBy: Dimension | null): void {
  const errors = new FieldErrors();
  const allowed = new Set(['receivedFrom', 'receivedTo', 'productIds', 'channels']);
  for (const [field, value] of Object.entries(filter)) {
    if (!allowed.has(field) && given(value)) {
      errors.add(`filter.${field}`, 'Invitations are counted per survey: a response rate can be narrowed by period, product and channel only.', { code: 'NOT_FOR_RESPONSE_RATE' });
    }
  }
  if (segmentBy && segmentBy !== 'PRODUCT' && segmentBy !== 'CHANNEL') {
    errors.add('segmentBy', 'Invitations are counted per survey: a response rate can be broken down by product and channel only.', { code: 'NOT_FOR_RESPONSE_RATE' });
  }
  errors.throwIfAny();
}

export type RateRow = { period: string; key: string | null; responses: number; invitations: number };

/** Survey responses and invitations per period (and the survey's product or channel). */
export async function responseRateSums(db: Db, q: Query): Promise<RateRow[]> {
  const productIds = parseIds(q.filter.productIds, 'filter.productIds');
  const channels = q.filter.channels;
  const surveyWhere = sql.join([
    sql`true`,
    ...(productIds?.length ? [inList(sql`s.product_id`, productIds)] : []),
    ...(channels?.length ? [inList(sql`s.channel::text`, channels)] : []),
  ], sql` and `);
  const key = q.segmentBy === 'PRODUCT' ? sql`s.product_id::text` : q.segmentBy === 'CHANNEL' ? sql`s.channel::text` : sql`null::text`;
  const responses = q.range.dayAligned
    ? sql`select ${periodOf(q, sql`r.day::timestamp`)} as period, ${key} as key, sum(r.volume)::float8 as responses, 0::float8 as invitations
        from feedback_rollup r join surveys s on s.id = r.survey_id
        where r.grouping = ${rollupGrain(new Set(['survey_id']))} and r.day >= ${q.range.fromDay}::date and r.day < ${q.range.toDay}::date and ${surveyWhere}
        group by 1, 2`
    : sql`select ${periodOf(q, sql`f.received_at at time zone ${q.timeZone}`)} as period, ${key} as key, count(*)::float8 as responses, 0::float8 as invitations
        from feedback f join surveys s on s.id = f.survey_id
        where f.received_at >= ${q.range.from.toISOString()}::timestamptz and f.received_at < ${q.range.to.toISOString()}::timestamptz and ${surveyWhere}
        group by 1, 2`;
  // an invitation day counts when its local midnight lies in the range
  const rows = await db.execute<{ period: string; key: string | null; responses: number; invitations: number }>(sql`
    select period, key, sum(responses)::float8 as responses, sum(invitations)::float8 as invitations from (
      ${responses}
      union all
      select ${periodOf(q, sql`i.sent_on::timestamp`)} as period, ${key} as key, 0::float8, sum(i.count)::float8
      from survey_invitations i join surveys s on s.id = i.survey_id
      where i.sent_on::timestamp at time zone ${q.timeZone} >= ${q.range.from.toISOString()}::timestamptz
        and i.sent_on::timestamp at time zone ${q.timeZone} < ${q.range.to.toISOString()}::timestamptz and ${surveyWhere}
      group by 1, 2
    ) x group by 1, 2 ${q.segmentBy ? sql`having key is not null` : sql``}`);
  return rows.map((r) => ({ period: r.period, key: r.key, responses: Number(r.responses), invitations: Number(r.invitations) }));
}

export type FollowUpRow = {
  period: string; key: string | null; responded: number; median: number | null; low: number | null; high: number | null;
  decided: number; within: number;
};

/**
 * First response (median and interval) and SLA outcomes per period, from the response-time module's
 * narrow facts table: its own columns answer the range and the dimensions, the raw rows the rest.
 */
export async function followUpSums(db: Db, q: Query, policies: readonly SlaPolicyRule[]): Promise<FollowUpRow[]> {
  const f = q.filter;
  const where: SQL[] = [
    sql`x.received_at >= ${q.range.from.toISOString()}::timestamptz`,
    sql`x.received_at < ${q.range.to.toISOString()}::timestamptz`,
  ];
  const departmentIds = parseIds(f.departmentIds, 'filter.departmentIds');
  const productIds = parseIds(f.productIds, 'filter.productIds');
  if (departmentIds?.length) where.push(inList(sql`x.department_id`, departmentIds));
  if (productIds?.length) where.push(inList(sql`x.product_id`, productIds));
  if (f.channels?.length) where.push(inList(sql`x.channel::text`, f.channels));
  const customer: SQL[] = [];
  if (f.regions?.length) customer.push(inList(sql`c.region`, f.regions));
  if (f.segments?.length) customer.push(inList(sql`c.segment::text`, f.segments));
  if (customer.length) where.push(sql`x.customer_id in (select c.id from customers c where ${sql.join(customer, sql` and `)})`);
  if (RAW_ONLY.some((field) => given(f[field]))) {
    // what only the raw row knows, asked of the same feedback through its id
    const rest = feedbackConditions({ ...f, receivedFrom: undefined, receivedTo: undefined });
    if (rest) where.push(sql`x.feedback_id in (select feedback.id from feedback where ${rest})`);
  }
  const facts = firstResponseFacts(sql.join(where, sql` and `), policies);
  const dim = q.segmentBy;
  const key = dim ? DIMENSION[dim].fact : sql`null::text`;
  // grouped by the period's start, named once per group (not formatted per row)
  const rows = await db.execute<FollowUpRow & { firstResponseMedianHours: number | null; firstResponseMedianLowHours: number | null; firstResponseMedianHighHours: number | null }>(sql`
    select to_char(g.p, 'YYYY-MM-DD') as period, g.key, g.responded, g."firstResponseMedianHours", g."firstResponseMedianLowHours",
      g."firstResponseMedianHighHours", g.decided, g.within
    from (
      select date_trunc(${UNIT[q.interval].trunc}, x.received_at at time zone ${q.timeZone}) as p, ${key} as key,
        count(x.first_response_hours)::int as responded,
        ${medianFigures('x.first_response_hours', 'firstResponseMedian')},
        count(x.within_sla)::int as decided,
        count(*) filter (where x.within_sla)::int as within
      from ${facts} x ${dim && DIMENSION[dim].needsCustomer ? sql`left join customers cu on cu.id = x.customer_id` : sql``}
      group by 1, 2 ${dim ? sql`having ${key} is not null` : sql``}
    ) g`);
  return rows.map((r) => ({
    period: r.period, key: r.key, responded: r.responded, decided: r.decided, within: r.within,
    median: r.firstResponseMedianHours === null ? null : Number(r.firstResponseMedianHours),
    low: r.firstResponseMedianLowHours === null ? null : Number(r.firstResponseMedianLowHours),
    high: r.firstResponseMedianHighHours === null ? null : Number(r.firstResponseMedianHighHours),
  }));
}
