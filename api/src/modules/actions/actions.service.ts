// Action items: made from feedback (with the SLA policy's due time), from an accepted idea, or alone;
// changed under optimistic concurrency; and their log of follow-ups, whose first contact with the
// customer is the first response. The feedback's loop status follows its action items. Who may do what
// is actions.policy.ts's to say; every change is in the audit log.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { actionItems, departments, feedback, followUps, users } from '@chorus/db/schema';
import type { Context } from '../../context';
import { audit, auditMany, type Tx } from '../../shared/audit';
import { authorize, requireViewer, type Viewer } from '../../shared/auth';
import { conflict, forbidden, notFound } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { FieldErrors } from '../../shared/validate';
import { maskText, policyFor } from '@chorus/db';
import { mayViewContact } from '../customers/customers.policy';
import { ideaForActionItem } from '../ideas/ideas.service';
import type { IdeaType } from '../ideas/ideas.type';
import { notify, notifyEach } from '../notifications/notifications.service';
import type { CreateActionItemInput, LogFollowUpInput, UpdateActionItemInput } from './actions.inputs';
import { mayAssignActionItem, mayBrowseActionItems, mayChangeActionItem, mayCreateActionItem, mayReopenActionItem, type RoutedFeedback } from './actions.policy';
import type { ActionItemType } from './actions.type';

export const LIMITS = { title: 200, description: 5_000, note: 5_000, channel: 50 } as const;
const STALE = 'Someone else changed this action item since you read it: reload it to see the latest version.';


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
  overdue: sql<boolean>`coalesce("action_items"."status" in ('OPEN', 'IN_PROGRESS') and "action_items"."due_at" < now()
    and "action_items"."first_response_at" is null, false)`,
};

/** The SLA policy that applies to the feedback (db/src/rules.ts; product.md's response targets). */
export async function slaFor(
  ctx: Context,
  f: Pick<typeof feedback.$inferSelect, 'npsScore' | 'csatScore' | 'cesScore' | 'departmentId' | 'receivedAt'>,
) {
  const policies = await ctx.loaders.slaPolicies();
  const policy = policyFor(policies, { nps: f.npsScore, csat: f.csatScore, ces: f.cesScore, departmentId: f.departmentId });
  // the first response is due the policy's target after the feedback arrived
  return policy && { policy, dueAt: new Date(f.receivedAt.getTime() + policy.targetHours * 3_600_000) };
}

export async function createActionItem(ctx: Context, input: CreateActionItemInput): Promise<ActionItemType> {
  // most people may make none at all: they are refused before anything is read
  const viewer = authorize(ctx, mayCreateActionItem);
  const errors = new FieldErrors();
  const title = errors.text(input.title, 'title', { max: LIMITS.title, required: true });
  const description = errors.text(input.description, 'description', { max: LIMITS.description });
  checkDueAt(input.dueAt, errors);
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
      // an item on feedback is its department's work: its LEAD may change it, and only theirs may
      if (departmentId !== null && departmentId !== f.departmentId) {
        errors.add('departmentId', "An action item on feedback belongs to the feedback's department.", { code: 'NOT_FEEDBACK_DEPARTMENT' });
      }
      departmentId = f.departmentId;
      const sla = await slaFor(ctx, f);
      if (sla && !dueAt) {
        dueAt = sla.dueAt;
        slaPolicyId = sla.policy.id;
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
    if (feedbackId) await lockFeedback(tx, feedbackId);
    const [item] = await tx.insert(actionItems).values({
      title: title!, description, priority: input.priority ?? 'NORMAL', feedbackId, ideaId, assigneeId, departmentId,
      createdById: viewer.id, slaPolicyId, dueAt,
    }).returning({ id: actionItems.id });
    if (feedbackId) await syncLoopStatus(tx, feedbackId);
    if (assigneeId) {
      await notify(tx, [assigneeId], 'ACTION_ASSIGNED', { by: viewer.name, byId: viewer.id, actionItemId: item.id, title: title!, ...(feedbackId ? { feedbackId } : {}), ...(ideaId ? { ideaId } : {}) });
    }
    // who made it, on what, and for whom: an assignee on feedback is someone who now sees its contact
    await audit(tx, { actorId: viewer.id, action: 'CREATE_ACTION_ITEM', entityType: 'action_item', entityId: item.id, detail: { feedbackId, ideaId, assigneeId, departmentId } });
    return item.id;
  });
  return (await getActionItem(ctx, id))!;
}

/** An action item another feature makes on feedback for its department (a shipped request's "tell the customer"). */
export interface FollowUpItem {
  title: string;
  description: string | null;
  feedbackId: number;
  departmentId: number | null;
  assigneeId: number | null;
  dueAt: Date;
  featureRequestId: number | null;
}

/**
 * Makes such items in the caller's transaction, as createActionItem would: the feedback's row locks
 * first (in id order, so two callers never deadlock), its loop status following, each assignee told,
 * all of it audited. The caller has decided who may.
 */
export async function createFollowUpItems(tx: Tx, viewer: Viewer, items: readonly FollowUpItem[]): Promise<number[]> {
  if (!items.length) return [];
  const feedbackIds = [...new Set(items.map((i) => i.feedbackId))];
  await lockFeedback(tx, feedbackIds);
  const rows = await tx.insert(actionItems).values(items.map((i) => ({ ...i, priority: 'NORMAL' as const, createdById: viewer.id })))
    .returning({ id: actionItems.id, feedbackId: actionItems.feedbackId, assigneeId: actionItems.assigneeId, title: actionItems.title });
  await syncLoopStatus(tx, feedbackIds);
  await notifyEach(tx, rows.filter((r) => r.assigneeId !== null).map((r) => ({
    userId: r.assigneeId!, type: 'ACTION_ASSIGNED', payload: { by: viewer.name, byId: viewer.id, actionItemId: r.id, title: r.title, feedbackId: r.feedbackId! },
  })));
  await auditMany(tx, rows.map((r, i) => ({
    actorId: viewer.id, action: 'CREATE_ACTION_ITEM', entityType: 'action_item', entityId: r.id,
    detail: { feedbackId: r.feedbackId, assigneeId: r.assigneeId, departmentId: items[i].departmentId, featureRequestId: items[i].featureRequestId },
  })));
  return rows.map((r) => r.id);
}

/**
 * A due time someone sets must lie ahead: one in the past would be overdue the moment it is saved. (The
 * current one sent back unchanged, as a form does, is no new choice.)
 */
function checkDueAt(dueAt: Date | null | undefined, errors: FieldErrors, current: Date | null = null): void {
  if (dueAt && dueAt.getTime() !== current?.getTime() && dueAt.getTime() <= Date.now()) {
    errors.add('dueAt', 'Must be in the future.', { code: 'IN_THE_PAST' });
  }
}

/**
 * Every write that changes the action items of a piece of feedback takes the feedback's row lock first
 * (and only then an item's): writers on one feedback queue up, so each recomputes the loop status from
 * what the one before committed, and the locks are always taken in the same order (no deadlock).
 */
async function lockFeedback(tx: Tx, feedbackId: number | readonly number[]): Promise<void> {
  const ids = typeof feedbackId === 'number' ? [feedbackId] : [...feedbackId].sort((a, b) => a - b);
  // in id order: two writers locking overlapping sets never wait on each other in a circle
  await tx.execute(sql`select 1 from feedback where ${inArray(sql`id`, ids)} order by id for update`);
}

/**
 * The feedback's loop status from its action items (api-contract.md): OPEN while none has contacted
 * the customer, IN_PROGRESS after, CLOSED once every one is DONE or WONT_DO. Feedback without action
 * items keeps its status. Called in the transaction of every write that changes an item.
 */
export async function syncLoopStatus(tx: Tx, feedbackId: number | readonly number[]): Promise<void> {
  const ids = typeof feedbackId === 'number' ? [feedbackId] : feedbackId;
  if (!ids.length) return;
  await tx.execute(sql`update feedback f set loop_status = case
      when not exists (select 1 from action_items a where a.feedback_id = f.id and a.status in ('OPEN', 'IN_PROGRESS')) then 'CLOSED'
      when exists (select 1 from action_items a where a.feedback_id = f.id and a.first_response_at is not null) then 'IN_PROGRESS'
      else 'OPEN' end::loop_status
    where ${inArray(sql`f.id`, [...ids])} and exists (select 1 from action_items a where a.feedback_id = f.id)`);
}

/**
 * Text people wrote about an action item on feedback (its description, the follow-up notes), as the
 * viewer may read it: emails and phone numbers in it are the customer's, and are masked for those who
 * may not see the feedback's contact, as the verbatim is. (Bounded to 5,000 characters a text, and the
 * masker is linear, so this costs little per read.)
 */
export async function textAboutFeedback(ctx: Context, feedbackId: number | null, text: string | null): Promise<string | null> {
  const viewer = requireViewer(ctx);
  if (text === null || feedbackId === null) return text;
  const f = await ctx.loaders.feedbackById.load(feedbackId);
  return f && mayViewContact(viewer, f) ? text : maskText(text);
}

export async function followUpNote(ctx: Context, entry: { actionItemId: number; note: string }): Promise<string> {
  const item = await ctx.loaders.actionItemById.load(entry.actionItemId);
  return (await textAboutFeedback(ctx, item?.feedbackId ?? null, entry.note)) ?? '';
}

export async function getActionItem(ctx: Context, id: number): Promise<ActionItemType | null> {
  authorize(ctx, mayBrowseActionItems);
  return ctx.loaders.actionItemById.load(id);
}

/** The action items on a piece of feedback, oldest first (batched per request). */
export function actionItemsOfFeedback(ctx: Context, feedbackId: number): Promise<ActionItemType[]> {
  authorize(ctx, mayBrowseActionItems);
  return ctx.loaders.actionItemsByFeedbackId.load(feedbackId);
}

/** The action items made from an idea, oldest first (batched per request). */
export function actionItemsOfIdea(ctx: Context, ideaId: number): Promise<ActionItemType[]> {
  authorize(ctx, mayBrowseActionItems);
  return ctx.loaders.actionItemsByIdeaId.load(ideaId);
}

/** The item a change is about, with the feedback's routing; NOT_FOUND, or FORBIDDEN unless the viewer may change it. */
async function itemToChange(ctx: Context | { db: Tx }, viewer: Viewer, id: number, lock = false) {
  const query = ctx.db.select({
    id: actionItems.id, version: actionItems.version, status: actionItems.status, dueAt: actionItems.dueAt,
    assigneeId: actionItems.assigneeId, departmentId: actionItems.departmentId,
    feedbackId: actionItems.feedbackId, feedbackDepartmentId: feedback.departmentId,
  }).from(actionItems).leftJoin(feedback, eq(feedback.id, actionItems.feedbackId)).where(eq(actionItems.id, id));
  const [item] = lock ? await query.for('update', { of: actionItems }) : await query;
  if (!item) throw notFound('The action item');
  if (!mayChangeActionItem(viewer, item)) throw forbidden("Only its assignee, a lead of its department or an admin can change this action item.");
  return item;
}

/**
 * Changes an action item if nobody has since: the database decides, by updating only the version the
 * caller read (`UPDATE … WHERE version = $n`); a stale version is a CONFLICT and changes nothing.
 */
export async function updateActionItem(ctx: Context, input: UpdateActionItemInput): Promise<ActionItemType> {
  const viewer = requireViewer(ctx);
  const id = parseId(input.id, 'id');
  const item = await itemToChange(ctx, viewer, id);
  // the permission above was decided on this version: anything newer must be read first
  if (input.version !== item.version) throw conflict(STALE);
  const onFeedback = item.feedbackId ? { departmentId: item.feedbackDepartmentId } : null;
  if (input.status && !mayReopenActionItem(viewer, item, input.status, onFeedback)) {
    throw forbidden("Only a lead of the feedback's department or an admin can reopen this action item.");
  }
  const errors = new FieldErrors();
  const title = input.title == null ? undefined : errors.text(input.title, 'title', { max: LIMITS.title, required: true })!;
  const description = input.description === undefined ? undefined : errors.text(input.description, 'description', { max: LIMITS.description });
  checkDueAt(input.dueAt, errors, item.dueAt);
  let assigneeId: number | null | undefined;
  if (input.assigneeId !== undefined) {
    assigneeId = input.assigneeId === null ? null : errors.id(input.assigneeId, 'assigneeId');
    if (assigneeId !== null && assigneeId !== item.assigneeId) {
      const [assignee] = await ctx.db.select({ departmentId: users.departmentId }).from(users).where(and(eq(users.id, assigneeId), isNull(users.disabledAt)));
      if (!assignee) errors.add('assigneeId', 'Unknown colleague.', { code: 'UNKNOWN_USER' });
      // the assignee sees the contact: an assignee may not hand that on, only those who see it by role
      else if (!mayAssignActionItem(viewer, assignee, { feedback: onFeedback })) {
        throw forbidden('You may not assign this action item to them.');
      }
    }
  }
  errors.throwIfAny();

  await ctx.db.transaction(async (tx) => {
    if (item.feedbackId) await lockFeedback(tx, item.feedbackId);
    const status = input.status ?? undefined;
    const newDue = !!input.dueAt && input.dueAt.getTime() !== item.dueAt?.getTime();
    const [changed] = await tx.update(actionItems).set({
      title, description, status, priority: input.priority ?? undefined, dueAt: input.dueAt ?? undefined, assigneeId,
      // a new due time starts escalation over: it may pass unanswered again
      ...(newDue ? { overdueNotifiedAt: null, escalatedAt: null } : {}),
      // DONE is when it was resolved; reopened, it is not resolved any more
      resolvedAt: status === undefined ? undefined : status === 'DONE' ? sql`coalesce(${actionItems.resolvedAt}, now())` : null,
      version: sql`${actionItems.version} + 1`, updatedAt: sql`now()`,
    }).where(and(eq(actionItems.id, id), eq(actionItems.version, input.version))).returning({ title: actionItems.title });
    if (!changed) throw conflict(STALE);
    if (item.feedbackId) await syncLoopStatus(tx, item.feedbackId);
    if (assigneeId && assigneeId !== item.assigneeId) {
      await notify(tx, [assigneeId], 'ACTION_ASSIGNED', { by: viewer.name, byId: viewer.id, actionItemId: id, title: changed.title, ...(item.feedbackId ? { feedbackId: item.feedbackId } : {}) });
    }
    await audit(tx, { actorId: viewer.id, action: 'UPDATE_ACTION_ITEM', entityType: 'action_item', entityId: id, detail: {
      fromVersion: input.version, status: status ?? null, ...(assigneeId !== undefined ? { assigneeId } : {}),
    } });
  });
  ctx.loaders.actionItemById.clear(id);
  return (await getActionItem(ctx, id))!;
}

/**
 * Logs what was done. The first entry that reached the customer sets the item's first response, once
 * and for all (the item's row is locked, so two at once cannot both be first); a closed item takes no
 * more entries.
 */
export async function logFollowUp(ctx: Context, input: LogFollowUpInput): Promise<ActionItemType> {
  const viewer = requireViewer(ctx);
  const id = parseId(input.actionItemId, 'actionItemId');
  const errors = new FieldErrors();
  const note = errors.text(input.note, 'note', { max: LIMITS.note, required: true });
  const channel = errors.text(input.channel, 'channel', { max: LIMITS.channel });
  await ctx.db.transaction(async (tx) => {
    // the feedback's lock before the item's, as every writer takes them (an item's feedback never changes)
    const [{ feedbackId } = { feedbackId: null }] = await tx.select({ feedbackId: actionItems.feedbackId }).from(actionItems).where(eq(actionItems.id, id));
    if (feedbackId) await lockFeedback(tx, feedbackId);
    const item = await itemToChange({ db: tx }, viewer, id, true);
    if (item.status === 'DONE' || item.status === 'WONT_DO') {
      errors.add('actionItemId', 'This action item is closed: reopen it to log more.', { code: 'ITEM_CLOSED' });
    }
    errors.throwIfAny();
    // stamped when the lock was won, not when the transaction began: the log's order is the order of
    // events, and the first response is the earliest contact in it
    const [entry] = await tx.insert(followUps).values({
      actionItemId: id, authorId: viewer.id, contactedCustomer: input.contactedCustomer, channel, note: note!, createdAt: sql`clock_timestamp()`,
    }).returning({ id: followUps.id });
    await tx.update(actionItems).set({
      // the entry's own time, to the microsecond
      firstResponseAt: input.contactedCustomer
        ? sql`coalesce(${actionItems.firstResponseAt}, (select created_at from follow_ups where id = ${entry.id}))` : undefined,
      // work has begun
      status: sql`case when ${actionItems.status} = 'OPEN' then 'IN_PROGRESS'::action_status else ${actionItems.status} end`,
      version: sql`${actionItems.version} + 1`, updatedAt: sql`now()`,
    }).where(eq(actionItems.id, id));
    if (item.feedbackId) await syncLoopStatus(tx, item.feedbackId);
    await audit(tx, { actorId: viewer.id, action: 'LOG_FOLLOW_UP', entityType: 'action_item', entityId: id, detail: { contactedCustomer: input.contactedCustomer } });
  });
  ctx.loaders.actionItemById.clear(id);
  return (await getActionItem(ctx, id))!;
}
