// Action items: made from feedback (with the SLA policy's due time), from an accepted idea, or alone.
// Who may make and assign them is actions.policy.ts's to say; every one made is in the audit log.
// Updating them and logging follow-ups come with the closing-the-loop work.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { actionItems, departments, feedback, slaPolicies, users } from '@chorus/db/schema';
import type { Context } from '../../context';
import { audit } from '../../shared/audit';
import { authorize } from '../../shared/auth';
import { forbidden } from '../../shared/errors';
import { FieldErrors } from '../../shared/validate';
import { ideaForActionItem } from '../ideas/ideas.service';
import type { IdeaType } from '../ideas/ideas.type';
import { notify } from '../notifications/notifications.service';
import type { CreateActionItemInput } from './actions.inputs';
import { mayAssignActionItem, mayCreateActionItem, type RoutedFeedback } from './actions.policy';
import type { ActionItemType } from './actions.type';


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
  // most people may make none at all: they are refused before anything is read
  const viewer = authorize(ctx, mayCreateActionItem);
  const errors = new FieldErrors();
  const title = errors.text(input.title, 'title', { max: 200, required: true });
  const description = errors.text(input.description, 'description', { max: 5000 });
  const idOf = (value: string | null | undefined, field: string) => {
    if (value == null) return null;
    return errors.id(value, field);
  };
  let departmentId = idOf(input.departmentId, 'departmentId');
  const assigneeId = idOf(input.assigneeId, 'assigneeId');
  let dueAt = input.dueAt ?? null;
  let slaPolicyId: number | null = null;
  let ideaId: number | null = null;
  let feedbackId: number | null = null;
  let idea: IdeaType | null = null;
  let onFeedback: RoutedFeedback | null = null;

  if (input.ideaId != null) {
    idea = await ideaForActionItem(ctx, input.ideaId, 'ideaId', errors);
    ideaId = idea.id;
    departmentId ??= idea.departmentId;
  }
  const feedbackKey = idOf(input.feedbackId, 'feedbackId');
  if (feedbackKey !== null) {
    const [f] = await ctx.db.select().from(feedback).where(eq(feedback.id, feedbackKey));
    if (!f) errors.add('feedbackId', 'Unknown feedback.', { code: 'UNKNOWN_FEEDBACK', id: feedbackKey });
    else {
      // the item's assignee would see the contact, and so would its maker in the answer: a LEAD of
      // another department reads this feedback like everyone, but does not act on it
      if (!mayCreateActionItem(viewer, { feedback: f, idea })) throw forbidden("Only a lead of the feedback's department or an admin can act on it.");
      onFeedback = f;
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
  if (assigneeId !== null) {
    const [assignee] = await ctx.db.select({ departmentId: users.departmentId }).from(users).where(and(eq(users.id, assigneeId), isNull(users.disabledAt)));
    if (!assignee) errors.add('assigneeId', 'Unknown colleague.', { code: 'UNKNOWN_USER' });
    else if (!mayAssignActionItem(viewer, assignee, { feedback: onFeedback })) throw forbidden('You may not assign this action item to them.');
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
    // who made it, on what, and for whom: an assignee on feedback is someone who now sees its contact
    await audit(tx, { actorId: viewer.id, action: 'CREATE_ACTION_ITEM', entityType: 'action_item', entityId: item.id, detail: { feedbackId, ideaId, assigneeId, departmentId } });
    return item.id;
  });
  const [row] = await ctx.db.select(actionItemColumns).from(actionItems).where(eq(actionItems.id, id));
  return row;
}
