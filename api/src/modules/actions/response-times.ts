// Response times: the one place where Chorus computes first response, resolution, SLA outcome and
// recovery (product.md, "Metrics"; api-contract.md, `responseTimes`). `followUpFacts` is the per-item
// table every figure is aggregated from; the executive dashboard is to aggregate the same table for
// FIRST_RESPONSE_HOURS and SLA_ATTAINMENT, so the two pages cannot disagree.
//
// Per feedback item that needs follow-up (an answer an SLA policy calls unhappy, or a complaint or a bug):
// - it belongs to the department it is routed to, and to the assignee of its earliest action item;
// - its first response is the earliest firstResponseAt of its action items;
// - it is resolved once every action item on it is DONE or WONT_DO and one is DONE, at the latest resolvedAt;
// - its SLA target is that of the first policy (by rank) that matches it; the outcome is decided when it
//   was answered (within the target or not), or when the target passed unanswered (missed);
// - a detractor answer recovers when its contact's next NPS answer within 180 days is not a detractor.
import { sql, type SQL } from 'drizzle-orm';
import { policySql, type SlaPolicyRule } from '@chorus/db';

export interface FollowUpScope {
  receivedFrom?: Date | null;
  receivedTo?: Date | null;
  departmentIds?: number[] | null;
}

/** The NPS answers at or below this are detractors; the window in which a detractor's next answer counts. */
const DETRACTOR_MAX = 6;
const RECOVERY_DAYS = 180;

/**
 * One row per feedback item in scope that needs follow-up, with everything the figures are made of:
 * id, received_at, department_id, assignee_id, first_response_hours, resolution_hours, within_sla
 * (true, false, or null while undecided or without a policy), followed_up, and recovered
 * (null unless the contact answered NPS again within RECOVERY_DAYS). `policies` are the SLA policies
 * (read once per request), written into the statement by db/src/rules.ts's policySql.
 */
export function followUpFacts(scope: FollowUpScope, policies: readonly SlaPolicyRule[]): SQL {
  // The action items are aggregated per feedback in one pass (over those of the feedback in scope when
  // the scope is narrowed), and joined by hash, not looked up row by row.
  return sql`(
    select f.id, f.received_at, f.department_id, i.assignee_id,
      extract(epoch from i.first_response_at - f.received_at) / 3600 as first_response_hours,
      case when i.resolved then extract(epoch from i.resolved_at - f.received_at) / 3600 end as resolution_hours,
      ${slaOutcome('f', 'i')} as within_sla,
      i.first_response_at is not null as followed_up,
      r.recovered
    from feedback f
    cross join lateral (select ${policySql(policies, 'f').targetHours} as target_hours) t
    left join (
      select a.feedback_id, min(a.first_response_at) as first_response_at,
        bool_and(a.status in ('DONE', 'WONT_DO')) and bool_or(a.status = 'DONE') as resolved,
        max(a.resolved_at) as resolved_at,
        -- the assignee of the earliest item (by created_at, then id): the least (time, id, assignee)
        -- triple, which needs no sort per feedback as an ordered array_agg would
        ((min(array[extract(epoch from a.created_at), a.id, a.assignee_id]::numeric[]))[3])::bigint as assignee_id
      from action_items a ${narrowed(scope) ? sql`join feedback s on s.id = a.feedback_id where ${inScope(scope, policies, 's')}` : sql``}
      group by a.feedback_id
    ) i on i.feedback_id = f.id
    -- a detractor's contact's next NPS answer (feedback_contact_nps_idx), looked up for detractors only
    left join lateral (
      select n.nps_score > ${DETRACTOR_MAX} as recovered from feedback n
      where f.nps_score <= ${DETRACTOR_MAX} and n.contact_id = f.contact_id and n.nps_score is not null
        and n.received_at > f.received_at and n.received_at <= f.received_at + ${RECOVERY_DAYS} * interval '1 day'
      order by n.received_at, n.id limit 1
    ) r on true
    where ${inScope(scope, policies, 'f')}
  )`;
}

/**
 * The SLA outcome of feedback row `f` whose first response is `i.first_response_at`, against the target
 * `t.target_hours`: true or false once decided (answered, or its target passed unanswered, which counts as
 * missed), null while it is still inside its target unanswered, or when no policy applies.
 */
const slaOutcome = (f: string, i: string) => sql.raw(`case when t.target_hours is null then null
        when ${i}.first_response_at is not null then ${i}.first_response_at <= ${f}.received_at + t.target_hours * interval '1 hour'
        when now() > ${f}.received_at + t.target_hours * interval '1 hour' then false end`);

/**
 * The dashboard's facts (FIRST_RESPONSE_HOURS, SLA_ATTAINMENT): first response and SLA outcome per item
 * needing follow-up, as `followUpFacts` has them, read from the narrow follow_up_facts table
 * (db/src/schema/rollups.ts) instead of the raw rows and action items. `where` narrows rows of
 * follow_up_facts `x` (its columns, or `x.feedback_id in (…)`).
 */
export function firstResponseFacts(where: SQL | undefined, policies: readonly SlaPolicyRule[]): SQL {
  return sql`(
    select x.feedback_id as id, x.received_at, x.department_id, x.product_id, x.channel, x.customer_id,
      extract(epoch from x.first_response_at - x.received_at) / 3600 as first_response_hours,
      ${slaOutcome('x', 'x')} as within_sla
    from follow_up_facts x
    cross join lateral (select ${policySql(policies, 'x').targetHours} as target_hours) t
    where ${policySql(policies, 'x').needsFollowUp} ${where ? sql`and ${where}` : sql``}
  )`;
}

/**
 * A window or departments: only the action items of feedback in scope are aggregated. Over the whole
 * history all of them are (one pass over the table beats finding each one's feedback first).
 */
const narrowed = (scope: FollowUpScope) => !!(scope.receivedFrom || scope.receivedTo || scope.departmentIds?.length);

/** Feedback row `f` needs follow-up (db/src/rules.ts) and lies in the scope. */
function inScope(scope: FollowUpScope, policies: readonly SlaPolicyRule[], f: string): SQL {
  const col = (name: string) => sql.raw(`${f}.${name}`);
  const conds: SQL[] = [policySql(policies, f).needsFollowUp];
  if (scope.receivedFrom) conds.push(sql`${col('received_at')} >= ${scope.receivedFrom.toISOString()}::timestamptz`);
  if (scope.receivedTo) conds.push(sql`${col('received_at')} < ${scope.receivedTo.toISOString()}::timestamptz`);
  if (scope.departmentIds?.length) conds.push(sql`${col('department_id')} in (${sql.join(scope.departmentIds.map((id) => sql`${id}`), sql`, `)})`);
  return sql.join(conds, sql` and `);
}

/**
 * The median of `column` over a group and its 95% interval (product.md): the order statistics of rank
 * ⌊n/2 − 0.98√n⌋ and ⌈1 + n/2 + 0.98√n⌉, ranks from 1, clamped to 1…n; null for no values. All three
 * from one sorted array; the median interpolated as percentile_cont(0.5) does, lo + (hi − lo) × 0.5
 * between the middle order statistics.
 */
export function medianFigures(column: string, name: string): SQL {
  const v = sql.raw(`(array_agg(${column} order by ${column}) filter (where ${column} is not null))`);
  const n = sql.raw(`count(${column})`);
  return sql`${v}[greatest(1, floor(${n} / 2.0 - 0.98 * sqrt(${n})))::int] as ${sql.identifier(`${name}LowHours`)},
  ${v}[least(${n}, ceil(1 + ${n} / 2.0 + 0.98 * sqrt(${n})))::int] as ${sql.identifier(`${name}HighHours`)},
  ${v}[floor((${n} + 1) / 2.0)::int] + (${v}[ceil((${n} + 1) / 2.0)::int] - ${v}[floor((${n} + 1) / 2.0)::int]) * 0.5 as ${sql.identifier(`${name}Hours`)}`;
}

/** The figures of a group of follow-up facts (`x` the facts' alias), as ResponseTimeRow's columns. */
export const responseFigures = sql`
  ${medianFigures('x.first_response_hours', 'firstResponseMedian')},
  ${medianFigures('x.resolution_hours', 'resolutionMedian')},
  count(*)::int as "needingFollowUp",
  count(x.first_response_hours)::int as "responded",
  percentile_cont(0.9) within group (order by x.first_response_hours) as "firstResponseP90Hours",
  count(x.resolution_hours)::int as "resolved",
  percentile_cont(0.9) within group (order by x.resolution_hours) as "resolutionP90Hours",
  count(x.within_sla)::int as "slaDecided",
  count(*) filter (where x.within_sla)::int as "withinSla",
  count(x.recovered) filter (where x.followed_up)::int as "recoveryN",
  count(*) filter (where x.followed_up and x.recovered)::int as "recovered",
  count(x.recovered) filter (where not x.followed_up)::int as "notFollowedUpRecoveryN",
  count(*) filter (where not x.followed_up and x.recovered)::int as "notFollowedUpRecovered"`;
