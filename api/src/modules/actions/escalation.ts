// Escalation of unanswered action items, and the LEADs' morning digest. Run by the job queue
// (api/src/jobs), possibly by several Chorus processes at once: each step is one statement that claims
// its rows (`UPDATE … WHERE overdue_notified_at IS NULL`, `INSERT … ON CONFLICT DO NOTHING`) and writes
// the notifications of exactly the rows it claimed, so a second run, concurrent or later, finds nothing
// left to claim. Row locks make a concurrent claimant wait and then re-check the condition (PostgreSQL's
// READ COMMITTED re-evaluation), so no item is told twice.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@chorus/db';
import { slaPolicies } from '@chorus/db/schema';
import { queueConditionsFor } from './queue.service';

/** Still unanswered this long after the due time, an item goes URGENT to the ADMINs. */
export const ESCALATE_AFTER_HOURS = 24;

// an item nobody has answered: open, and no follow-up has reached the customer
const UNANSWERED = sql`a.status in ('OPEN', 'IN_PROGRESS') and a.first_response_at is null`;

/** The LEADs of the item's department (`d` is the claimed row), who answer for its queue. */
const LEADS_OF = (d: string) => sql.raw(`select u.id from users u
  where u.role = 'LEAD' and u.disabled_at is null and u.department_id = ${d}.department_id`);

export interface EscalationResult {
  /** items newly past due: their assignee and LEADs were told */
  overdue: number;
  /** items a day past due: made URGENT, the ADMINs (and assignee and LEADs) told */
  escalated: number;
}

/** How the notifications are sent: in the portal always, and queued for email when SMTP_URL is set. */
export interface Delivery {
  email: boolean;
}

/** email_due_at of a new notification: due now when it is to go by email, else nothing to send. */
const emailDue = (delivery: Delivery) => (delivery.email ? sql`now()` : sql`null::timestamptz`);

/**
 * One statement: `claim` (an UPDATE of action_items `a` that marks the rows it takes) and, for each
 * claimed row `c`, a notification of `type` to each of `recipients` (a query yielding user_id), and
 * `audit` when the claim changed what people see of the item. Returns how many items were claimed.
 */
async function claimAndTell(db: Db, delivery: Delivery, step: {
  claim: SQL; type: 'ACTION_OVERDUE' | 'ACTION_ESCALATED'; recipients: SQL; audit?: string;
}): Promise<number> {
  const [{ n }] = await db.execute<{ n: number }>(sql`
    with claimed as (
      ${step.claim}
      returning a.id, a.title, a.assignee_id, a.department_id, a.feedback_id, a.idea_id
    ), told as (
      insert into notifications (user_id, type, payload, email_due_at)
      select r.user_id, ${step.type}, jsonb_strip_nulls(jsonb_build_object(
        'actionItemId', c.id, 'title', c.title, 'feedbackId', c.feedback_id, 'ideaId', c.idea_id)), ${emailDue(delivery)}
      from claimed c cross join lateral (${step.recipients}) r
      returning 1
    ), audited as (
      insert into audit_log (actor_id, action, entity_type, entity_id, detail)
      select null, ${step.audit ?? ''}, 'action_item', c.id::text, '{}'::jsonb from claimed c where ${!!step.audit}
      returning 1
    )
    select (select count(*)::int from claimed) as n, (select count(*) from told) as told, (select count(*) from audited) as audited`);
  return n;
}

/**
 * One pass: first escalates items still unanswered a day after their due time (once per item; they are
 * marked overdue-notified too, so they get one message, not two), then tells the assignee and LEADs of
 * items that have just passed their due time. Returns how many items each step claimed.
 */
export async function escalateOverdue(db: Db, delivery: Delivery = { email: false }): Promise<EscalationResult> {
  const escalated = await claimAndTell(db, delivery, {
    claim: sql`
      update action_items a set escalated_at = now(), overdue_notified_at = coalesce(a.overdue_notified_at, now()),
        priority = 'URGENT', version = a.version + 1, updated_at = now()
      where ${UNANSWERED} and a.escalated_at is null and a.due_at < now() - ${ESCALATE_AFTER_HOURS} * interval '1 hour'`,
    type: 'ACTION_ESCALATED',
    recipients: sql`
      select u.id as user_id from users u where u.role = 'ADMIN' and u.disabled_at is null
      union select c.assignee_id where c.assignee_id is not null
      union ${LEADS_OF('c')}`,
    // the priority changed, by no one: the audit log says it was the escalation
    audit: 'ESCALATE_ACTION_ITEM',
  });
  const overdue = await claimAndTell(db, delivery, {
    claim: sql`
      update action_items a set overdue_notified_at = now()
      where ${UNANSWERED} and a.overdue_notified_at is null and a.due_at < now()`,
    type: 'ACTION_OVERDUE',
    recipients: sql`
      select c.assignee_id as user_id where c.assignee_id is not null
      union ${LEADS_OF('c')}`,
  });
  return { overdue, escalated };
}

/**
 * The morning digest for every LEAD with something to act on: their department's overdue items,
 * open items nobody is assigned to, and feedback waiting in the follow-up queue. One per LEAD and
 * local day (`lead_digests`), so a retried or doubled job sends nothing more. Returns how many were sent.
 */
export async function sendDigests(db: Db, timeZone: string, delivery: Delivery = { email: false }): Promise<number> {
  const policies = await db.select().from(slaPolicies);
  const [{ n }] = await db.execute<{ n: number }>(sql`
    with counts as (
      select u.id as user_id, d.id as department_id, d.name,
        (select count(*)::int from action_items a where a.department_id = d.id and ${UNANSWERED} and a.due_at < now()) as overdue,
        (select count(*)::int from action_items a where a.department_id = d.id and a.status in ('OPEN', 'IN_PROGRESS') and a.assignee_id is null) as unassigned,
        (select count(*)::int from feedback where ${queueConditionsFor(sql`d.id`, policies)}) as waiting
      from users u join departments d on d.id = u.department_id
      where u.role = 'LEAD' and u.disabled_at is null
    ), claimed as (
      insert into lead_digests (user_id, day)
      select user_id, (now() at time zone ${timeZone})::date from counts where overdue + unassigned + waiting > 0
      on conflict do nothing
      returning user_id
    ), told as (
      insert into notifications (user_id, type, payload, email_due_at)
      select c.user_id, 'DEPARTMENT_DIGEST', jsonb_build_object('departmentId', c.department_id, 'title', c.name,
        'overdueCount', c.overdue, 'unassignedCount', c.unassigned, 'waitingCount', c.waiting), ${emailDue(delivery)}
      from counts c join claimed using (user_id)
      returning 1
    )
    select count(*)::int as n from told`);
  return n;
}
