// Decisions on feature requests: the status with its note, kept as a timeline, and "you asked, we did":
// everyone linked hears of every change, and once it ships one action tells each customer who asked.
import { eq, sql } from 'drizzle-orm';
import { featureRequests, featureRequestStatusChanges } from '@chorus/db/schema';
import type { Context } from '../../context';
import { audit } from '../../shared/audit';
import { badInput, conflict } from '../../shared/errors';
import { FieldErrors } from '../../shared/validate';
import { createFollowUpItems } from '../actions/actions.service';
import { notifyWhere } from '../notifications/notifications.service';
import { LIMITS, mayTellCustomers, nextStatuses, TELL_CUSTOMERS_WITHIN_DAYS } from './feature-requests.policy';
import { authorizeManage, findFeatureRequest, requestsByIds } from './feature-requests.service';
import type { FeatureRequestStatus, FeatureRequestType } from './feature-requests.type';

/** A merge committed between reading the request and locking it: its links are elsewhere now. */
const mergedMeanwhile = () => conflict('This request was merged into another just now: reload it and act on that one.');

const notAllowed = (from: FeatureRequestStatus, to: FeatureRequestStatus) =>
  badInput({ status: `A request that is ${from} cannot move to ${to}.` }, { status: { code: 'STATUS_NOT_ALLOWED', from, to } });

/**
 * Everyone a change of the request concerns (api-contract.md): who linked feedback to it, the authors
 * of ideas citing that feedback, the assignees of action items on it, and the LEADs of the departments
 * it is routed to. Disabled users and hidden ideas' authors are left out.
 */
export const concerned = (requestId: number) => sql`
  select l.linked_by_id as user_id from feature_request_feedback l where l.feature_request_id = ${requestId}
  union select i.author_id from feature_request_feedback l join idea_feedback x on x.feedback_id = l.feedback_id
    join ideas i on i.id = x.idea_id and i.hidden_at is null where l.feature_request_id = ${requestId}
  union select a.assignee_id from feature_request_feedback l join action_items a on a.feedback_id = l.feedback_id
    where l.feature_request_id = ${requestId}
  union select u.id from feature_request_feedback l join feedback f on f.id = l.feedback_id
    join users u on u.department_id = f.department_id and u.role = 'LEAD' where l.feature_request_id = ${requestId}
  except select id from users where disabled_at is not null`;

export async function setFeatureRequestStatus(
  ctx: Context, idArg: string, status: FeatureRequestStatus, noteArg: string | null | undefined,
): Promise<FeatureRequestType> {
  const viewer = await authorizeManage(ctx, 'Only the product team’s leads or an admin can change a request’s status.');
  const request = await findFeatureRequest(ctx, idArg);
  const errors = new FieldErrors();
  // the note is optional, as the contract has it (the portal asks for one when declining)
  const note = errors.text(noteArg, 'note', { max: LIMITS.note });
  errors.throwIfAny();
  if (!nextStatuses(request.status).includes(status)) throw notAllowed(request.status, status);

  await ctx.db.transaction(async (tx) => {
    // the row lock makes two decisions at once take turns, each from the status the other left
    const [current] = await tx.select({ status: featureRequests.status, mergedIntoId: featureRequests.mergedIntoId })
      .from(featureRequests).where(eq(featureRequests.id, request.id)).for('update');
    if (current.mergedIntoId !== null) throw mergedMeanwhile();
    if (!nextStatuses(current.status).includes(status)) throw notAllowed(current.status, status);
    await tx.update(featureRequests).set({ status, updatedAt: sql`now()` }).where(eq(featureRequests.id, request.id));
    await tx.insert(featureRequestStatusChanges).values({ featureRequestId: request.id, fromStatus: current.status, toStatus: status, note, changedById: viewer.id });
    await notifyWhere(tx, concerned(request.id), status === 'SHIPPED' ? 'FEATURE_SHIPPED' : 'FEATURE_STATUS', {
      by: viewer.name, byId: viewer.id, featureRequestId: request.id, title: request.title, status, ...(note ? { reason: note } : {}),
    });
    await audit(tx, { actorId: viewer.id, action: 'SET_FEATURE_REQUEST_STATUS', entityType: 'feature_request', entityId: request.id, detail: { from: current.status, to: status, note } });
  });
  return (await requestsByIds(ctx, [request.id])).get(request.id)!;
}

/**
 * The customers who asked for a request: one row per customer (or per contact, for feedback without an
 * account; feedback from neither cannot be answered), with their latest linked feedback and the
 * follow-up item already made for them, if any.
 */
export const askersOf = (requestIds: readonly number[]) => sql`
  select l.feature_request_id, g.key, count(*)::int as feedback_count,
    (array_agg(l.feedback_id order by l.received_at desc, l.feedback_id desc))[1] as latest_feedback_id,
    min(l.customer_id) as customer_id,
    (select a.id from action_items a join feedback af on af.id = a.feedback_id
      where a.feature_request_id = l.feature_request_id
        and coalesce('customer:' || af.customer_id, 'contact:' || af.contact_id) = g.key order by a.id limit 1) as follow_up_id
  from feature_request_feedback l join feedback f on f.id = l.feedback_id
  cross join lateral (select coalesce('customer:' || f.customer_id, 'contact:' || f.contact_id) as key) g
  where l.feature_request_id in (${sql.join(requestIds.map((id) => sql`${id}`), sql`, `)}) and g.key is not null
  group by l.feature_request_id, g.key`;

export type AskerRow = { feature_request_id: string; key: string; feedback_count: number; latest_feedback_id: string; customer_id: string | null; follow_up_id: string | null };

/**
 * "Tell the customers": for a shipped request, one action item per customer who asked and has none
 * yet, on their latest linked feedback, in the department that feedback is routed to, assigned to that
 * department's LEAD. Run twice (or by two people at once: the request's row lock) it makes each once.
 */
export async function tellCustomers(ctx: Context, idArg: string): Promise<FeatureRequestType> {
  const viewer = await authorizeManage(ctx);
  const request = await findFeatureRequest(ctx, idArg);
  if (!mayTellCustomers(request.status)) {
    throw badInput({ id: 'Only a shipped request’s customers are told.' }, { id: { code: 'NOT_SHIPPED' } });
  }
  await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select({ mergedIntoId: featureRequests.mergedIntoId }).from(featureRequests).where(eq(featureRequests.id, request.id)).for('update');
    if (current.mergedIntoId !== null) throw mergedMeanwhile();
    const waiting = await tx.execute<{ feedback_id: string; department_id: string | null; lead_id: string | null; customer: string | null }>(sql`
      select a.latest_feedback_id as feedback_id, f.department_id,
        (select u.id from users u where u.department_id = f.department_id and u.role = 'LEAD' and u.disabled_at is null order by u.id limit 1) as lead_id,
        c.name as customer
      from (${askersOf([request.id])}) a join feedback f on f.id = a.latest_feedback_id
      -- the account's name only: a contact's name is personal data, and titles are read by everyone
      left join customers c on c.id = f.customer_id
      where a.follow_up_id is null order by a.latest_feedback_id`);
    const due = new Date(Date.now() + TELL_CUSTOMERS_WITHIN_DAYS * 86_400_000);
    const ids = await createFollowUpItems(tx, viewer, waiting.map((w) => ({
      title: truncate(`Tell ${w.customer ?? 'the customer'}: “${request.title}” has shipped`),
      description: `They asked for “${request.title}”, which has now shipped. Let them know, and log the follow-up.`,
      feedbackId: Number(w.feedback_id), departmentId: w.department_id === null ? null : Number(w.department_id),
      assigneeId: w.lead_id === null ? null : Number(w.lead_id), dueAt: due, featureRequestId: request.id,
    })));
    await audit(tx, { actorId: viewer.id, action: 'TELL_FEATURE_REQUEST_CUSTOMERS', entityType: 'feature_request', entityId: request.id, detail: { actionItems: ids.length } });
  });
  return (await requestsByIds(ctx, [request.id])).get(request.id)!;
}

const truncate = (title: string) => (title.length > 200 ? `${title.slice(0, 199)}…` : title);
