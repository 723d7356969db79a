// `responseTimes`: the figures of response-times.ts grouped by department, assignee or local quarter.
import { sql, type SQL } from 'drizzle-orm';
import type { Context } from '../../context';
import { requireViewer } from '../../shared/auth';
import { parseIds } from '../../shared/ids';
import { FieldErrors } from '../../shared/validate';
import { maySeeAssigneeResponseTimes } from './actions.policy';
import { followUpFacts, responseFigures } from './response-times';
import type { ResponseGroup, ResponseTimeFilter, ResponseTimeRowType } from './response-times.type';

type Figures = Omit<ResponseTimeRowType, 'key' | 'label' | 'slaAttainment' | 'recoveryRate' | 'notFollowedUpRecoveryRate'>
  & { key: string; label: string | null; recovered: number; notFollowedUpRecovered: number };

const share = (part: number, whole: number) => (whole ? (part / whole) * 100 : null);

export async function responseTimes(ctx: Context, filter: ResponseTimeFilter | null | undefined, groupBy: ResponseGroup): Promise<ResponseTimeRowType[]> {
  const viewer = requireViewer(ctx);
  const errors = new FieldErrors();
  errors.filter(filter ?? {});
  errors.throwIfAny();
  const departmentIds = parseIds(filter?.departmentIds, 'filter.departmentIds');
  const facts = followUpFacts({ receivedFrom: filter?.receivedFrom, receivedTo: filter?.receivedTo, departmentIds }, await ctx.loaders.slaPolicies());
  const tz = ctx.config.timeZone;
  // the group of each fact, computed once per row: quarters are the organisation's, not the server's
  // (truncated in its time zone, keyed by the instant they start)
  const group = groupBy === 'DEPARTMENT' ? sql`x.department_id` : groupBy === 'ASSIGNEE' ? sql`x.assignee_id`
    : sql`date_trunc('quarter', x.received_at at time zone ${tz})`;
  const [key, label]: [SQL, SQL] = groupBy === 'QUARTER'
    ? [sql`to_char((x.g at time zone ${tz}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
      sql`extract(year from x.g)::int || ' Q' || extract(quarter from x.g)::int`]
    : [sql`x.g::text`, sql`null::text`];
  const rows = await ctx.db.execute<Figures>(sql`
    select ${key} as key, ${label} as label, ${responseFigures}
    from (select x.*, ${group} as g from ${facts} x) x where x.g is not null group by x.g order by x.g`);

  const named = await Promise.all(rows.map(async (r) => {
    if (groupBy === 'QUARTER') return { ...r, label: r.label! };
    if (groupBy === 'DEPARTMENT') return { ...r, label: (await ctx.loaders.departmentById.load(Number(r.key)))?.name ?? '?' };
    const assignee = await ctx.loaders.userById.load(Number(r.key));
    // ADMINs, EXECUTIVEs and the LEAD of the assignee's department see everyone's row; others their own
    if (!assignee || !maySeeAssigneeResponseTimes(viewer, assignee)) return null;
    return { ...r, label: assignee.name };
  }));
  const result = named.filter((r) => r !== null).map(({ recovered, notFollowedUpRecovered, ...r }) => ({
    ...r,
    slaAttainment: share(r.withinSla, r.slaDecided),
    recoveryRate: share(recovered, r.recoveryN),
    notFollowedUpRecoveryRate: share(notFollowedUpRecovered, r.notFollowedUpRecoveryN),
  }));
  return groupBy === 'QUARTER' ? result : result.sort((a, b) => a.label.localeCompare(b.label));
}
