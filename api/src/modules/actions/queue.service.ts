// The department queue: feedback routed to a department that needs follow-up (product.md) and that
// nobody has made an action item for yet, soonest due first, so a LEAD sees which unhappy customers are
// waiting and hands each to someone in one step. Only the last QUEUE_DAYS count: older unanswered
// feedback is already a missed SLA in the response-time figures, and a queue of it would bury today's.
import { sql, type SQL } from 'drizzle-orm';
import { needsFollowUp, policySql, type SlaPolicyRule } from '@chorus/db';
import { feedback } from '@chorus/db/schema';
import type { Context } from '../../context';
import { authorize, requireViewer } from '../../shared/auth';
import { forbidden } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { decodeKeyset, keysetCursor, pageSize, toConnection, type ConnectionShape } from '../../shared/pagination';
import { feedbackSelection } from '../feedback/feedback.service';
import type { FeedbackType } from '../feedback/feedback.type';
import { mayBrowseActionItems, mayBrowseQueue } from './actions.policy';
import { slaFor } from './actions.service';

export const QUEUE_DAYS = 30;
const ORDER = 'QUEUE';

/**
 * The queue's order: the follow-up due time of a row of "feedback" (its received time plus the target of
 * the first matching policy); feedback no policy gives a target (none without a catch-all) sorts last.
 */
const dueSql = (policies: readonly SlaPolicyRule[]) =>
  sql`coalesce("feedback"."received_at" + ${policySql(policies, '"feedback"').targetHours} * interval '1 hour', '9999-12-31T00:00:00Z'::timestamptz)`;

/**
 * The queue's rows for the department `departmentId` (an SQL expression: a parameter here, a column in
 * the digest's statement), over the table "feedback".
 */
export function queueConditionsFor(departmentId: SQL, policies: readonly SlaPolicyRule[]): SQL {
  return sql`"feedback"."department_id" = ${departmentId}
    and "feedback"."received_at" >= now() - ${QUEUE_DAYS} * interval '1 day'
    and ${policySql(policies, '"feedback"').needsFollowUp}
    and not exists (select 1 from action_items a where a.feedback_id = "feedback"."id")`;
}

export async function followUpQueue(
  ctx: Context,
  args: { departmentId?: string | null; first?: number | null; after?: string | null },
): Promise<ConnectionShape<FeedbackType>> {
  const viewer = requireViewer(ctx);
  const departmentId = args.departmentId == null ? viewer.departmentId : parseId(args.departmentId, 'departmentId');
  if (departmentId === null) throw forbidden('Choose a department: you belong to none.');
  authorize(ctx, (v) => mayBrowseQueue(v, departmentId));
  const limit = pageSize(args.first);
  const policies = await ctx.loaders.slaPolicies();
  const due = dueSql(policies);
  const where = queueConditionsFor(sql`${departmentId}`, policies);
  let after: SQL | undefined;
  if (args.after) {
    const { key, id } = decodeKeyset(args.after, ORDER, 'timestamptz');
    after = sql`(${due}, "feedback"."id") > (${key}::timestamptz, ${id})`;
  }
  const rows = await ctx.db.select({ ...feedbackSelection(viewer), sortKey: sql<string>`(${due})::text` }).from(feedback)
    .where(after ? sql`${where} and ${after}` : where)
    .orderBy(due, feedback.id).limit(limit + 1);
  return toConnection(rows, limit, ({ sortKey, ...row }) => row, (r) => keysetCursor(ORDER, r.sortKey, r.id), async () => {
    const [{ n }] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(feedback).where(where);
    return n;
  });
}

/**
 * When the first response to a piece of feedback is due by the SLA policy that applies (null when it
 * needs no follow-up). The policies are read once per request.
 */
export async function followUpDueAt(ctx: Context, f: FeedbackType): Promise<Date | null> {
  authorize(ctx, mayBrowseActionItems);
  const policies = await ctx.loaders.slaPolicies();
  if (!needsFollowUp(policies, { nps: f.npsScore, csat: f.csatScore, ces: f.cesScore, departmentId: f.departmentId, category: f.category })) return null;
  return (await slaFor(ctx, f))?.dueAt ?? null;
}
