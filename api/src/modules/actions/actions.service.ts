// Action items: made from feedback (with the SLA policy's due time), from an accepted idea, or alone.
// Updating them and logging follow-ups come with the closing-the-loop work.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { actionItems, departments, feedback, slaPolicies, users } from '@chorus/db/schema';
import type { Context } from '../../context';
import { requireRole } from '../../shared/auth';
import { FieldErrors } from '../../shared/validate';
import { ideaForActionItem } from '../ideas/ideas.service';
import { notify } from '../notifications/notifications.service';
import type { CreateActionItemInput } from './actions.inputs';
import type { ActionItemType } from './actions.type';

const ID = /^[1-9][0-9]{0,15}$/;

/** Everything ActionItem serves, with the response-time figures computed in SQL. */
export const actionItemColumns = {
  id: actionItems.id, version: actionItems.version, title: actionItems.title, description: actionItems.description,
  status: actionItems.status, priority: actionItems.priority, createdAt: actionItems.createdAt, dueAt: actionItems.dueAt,
  firstResponseAt: actionItems.firstResponseAt, resolvedAt: actionItems.resolvedAt, assigneeId: actionItems.assigneeId,
  departmentId: actionItems.departmentId, feedbackId: actionItems.feedbackId, ideaId: actionItems.ideaId,
  firstResponseHours: sql<number | null>`(select extract(epoch from ("action_items"."first_response_at" - f.received_at)) / 3600
    from feedback f where f.id = "action_items"."feedback_id")::float8`,
  withinSla: sql<boolean | null>`case
    when "action_items"."due_at" is null then null
    when "action_items"."first_response_at" is not null then "action_items"."first_response_at" <= "action_items"."due_at"
    when now() > "action_items"."due_at" then false end`,
};

/** The first SLA policy, in rank order, that matches the feedback (product.md's response targets). */
async function slaFor(ctx: Context, f: typeof feedback.$inferSelect) {
  const [policy] = await ctx.db.select({ id: slaPolicies.id, targetHours: slaPolicies.targetHours }).from(slaPolicies)
    .where(sql`(${slaPolicies.departmentId} is null or ${slaPolicies.departmentId} = ${f.departmentId})
      and ((${slaPolicies.maxNps} is null and ${slaPolicies.maxCsat} is null and ${slaPolicies.maxCes} is null)
        or ${f.npsScore} <= ${slaPolicies.maxNps} or ${f.csatScore} <= ${slaPolicies.maxCsat} or ${f.cesScore} <= ${slaPolicies.maxCes})`)
    .orderBy(slaPolicies.rank).limit(1);
  return policy ?? null;
}

export async function createActionItem(ctx: Context, input: CreateActionItemInput): Promise<ActionItemType> {
  const viewer = requireRole(ctx, 'LEAD', 'ADMIN');
  const errors = new FieldErrors();
  const title = errors.text(input.title, 'title', { max: 200, required: true });
  const description = errors.text(input.description, 'description', { max: 5000 });
  const idOf = (value: string | null | undefined, field: string) => {
    if (value == null) return null;
    if (ID.test(value)) return Number(value);
    errors.add(field, 'Not a valid id.', { code: 'INVALID_ID' });
    return null;
  };
  let departmentId = idOf(input.departmentId, 'departmentId');
  const assigneeId = idOf(input.assigneeId, 'assigneeId');
  let dueAt = input.dueAt ?? null;
  let slaPolicyId: number | null = null;
  let ideaId: number | null = null;
  let feedbackId: number | null = null;

  if (input.ideaId != null) {
    const idea = await ideaForActionItem(ctx, input.ideaId, 'ideaId', errors);
    ideaId = idea.id;
    departmentId ??= idea.departmentId;
  }
  const feedbackKey = idOf(input.feedbackId, 'feedbackId');
  if (feedbackKey !== null) {
    const [f] = await ctx.db.select().from(feedback).where(eq(feedback.id, feedbackKey));
    if (!f) errors.add('feedbackId', 'Unknown feedback.', { code: 'UNKNOWN_FEEDBACK', id: feedbackKey });
    else {
      feedbackId = f.id;
      departmentId ??= f.departmentId;
      const policy = await slaFor(ctx, f);
      if (policy && !dueAt) {
        dueAt = new Date(f.receivedAt.getTime() + policy.targetHours * 3600_000);
        slaPolicyId = policy.id;
      }
    }
  }
  if (departmentId !== null && !(await ctx.db.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId))).length) {
    errors.add('departmentId', 'Unknown department.', { code: 'UNKNOWN_DEPARTMENT' });
  }
  if (assigneeId !== null && !(await ctx.db.select({ id: users.id }).from(users).where(and(eq(users.id, assigneeId), isNull(users.disabledAt)))).length) {
    errors.add('assigneeId', 'Unknown colleague.', { code: 'UNKNOWN_USER' });
  }
  errors.throwIfAny();

  const id = await ctx.db.transaction(async (tx) => {
    const [item] = await tx.insert(actionItems).values({
      title: title!, description, priority: input.priority ?? 'NORMAL', feedbackId, ideaId, assigneeId, departmentId,
      createdById: viewer.id, slaPolicyId, dueAt,
    }).returning({ id: actionItems.id });
    if (feedbackId) await tx.update(feedback).set({ loopStatus: 'IN_PROGRESS' }).where(and(eq(feedback.id, feedbackId), eq(feedback.loopStatus, 'OPEN')));
    if (assigneeId) {
      await notify(tx, [assigneeId], 'ACTION_ASSIGNED', { by: viewer.name, byId: viewer.id, actionItemId: item.id, title: title!, ...(feedbackId ? { feedbackId } : {}), ...(ideaId ? { ideaId } : {}) });
    }
    return item.id;
  });
  const [row] = await ctx.db.select(actionItemColumns).from(actionItems).where(eq(actionItems.id, id));
  return row;
}
