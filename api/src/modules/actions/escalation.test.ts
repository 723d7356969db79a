// Escalation and the morning digest, run many times at once on one database: who is told what, once.
// (test/integration/escalation.test.ts runs the same through two real Chorus processes and an SMTP server.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionItems } from '@chorus/db/schema';
import { startHarness, type Harness } from '../../testing/harness';
import { escalateOverdue, sendDigests } from './escalation';

let h: Harness;
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);
let item: Record<'late' | 'dayLate' | 'answered' | 'ahead' | 'done' | 'idea', number>;

beforeAll(async () => {
  h = await startHarness();
  const s = h.scenario;
  const make = async (values: Partial<typeof actionItems.$inferInsert>) =>
    (await h.db.insert(actionItems).values({ title: 'Work', ...values }).returning({ id: actionItems.id }))[0].id;
  item = {
    // Support's, the agent's, due two hours ago, nobody contacted: its assignee and Support's LEAD hear
    late: await make({ title: 'Call Kari back', departmentId: s.departments.support.id, assigneeId: s.users.agentSupport.id, feedbackId: s.feedback[0].id, dueAt: ago(2) }),
    // Product's, unassigned, due 30 hours ago: URGENT, to the ADMINs and Product's LEAD (one message, not two)
    dayLate: await make({ title: 'Answer the review', departmentId: s.departments.product.id, feedbackId: s.feedback[2].id, dueAt: ago(30) }),
    // answered in time, late in closing: nobody
    answered: await make({ departmentId: s.departments.support.id, assigneeId: s.users.agentSupport.id, dueAt: ago(5), firstResponseAt: ago(6), status: 'IN_PROGRESS' }),
    ahead: await make({ departmentId: s.departments.support.id, assigneeId: s.users.agentSupport.id, dueAt: new Date(Date.now() + HOUR) }),
    done: await make({ departmentId: s.departments.support.id, dueAt: ago(50), status: 'DONE' }),
    // a Sales employee's own item, from no department's feedback: only they hear
    idea: await make({ title: 'Tidy the inbox', assigneeId: s.users.employee.id, dueAt: ago(1) }),
  };
});
afterAll(async () => { await h.close(); });

/** Every escalation notification as (recipient email, type, item id), sorted. */
async function told() {
  const rows = await h.database.sql`select u.email, n.type, (n.payload->>'actionItemId')::int as item from notifications n
    join users u on u.id = n.user_id where n.type in ('ACTION_OVERDUE', 'ACTION_ESCALATED') order by 1, 2, 3`;
  return rows.map((r) => `${r.email} ${r.type} ${r.item}`);
}

describe('escalateOverdue', () => {
  it('tells each person once per item, however many runs race, and makes the day-late item URGENT', async () => {
    const runs = await Promise.all(Array.from({ length: 6 }, () => escalateOverdue(h.db)));
    // one run claimed each item
    expect(runs.reduce((n, r) => n + r.overdue, 0)).toBe(2);
    expect(runs.reduce((n, r) => n + r.escalated, 0)).toBe(1);
    const expected = [
      `lead.support@test.dev ACTION_OVERDUE ${item.late}`,
      `agent.support@test.dev ACTION_OVERDUE ${item.late}`,
      `employee@test.dev ACTION_OVERDUE ${item.idea}`,
      `admin@test.dev ACTION_ESCALATED ${item.dayLate}`,
      `lead.product@test.dev ACTION_ESCALATED ${item.dayLate}`,
    ].sort();
    expect(await told()).toEqual(expected);
    const [urgent] = await h.database.sql`select priority, version, escalated_at is not null as escalated from action_items where id = ${item.dayLate}`;
    expect(urgent).toEqual({ priority: 'URGENT', version: 2, escalated: true });
    // the priority changed by no one's hand: the audit log says the escalation did it, once
    const audit = await h.database.sql`select actor_id, entity_id from audit_log where action = 'ESCALATE_ACTION_ITEM'`;
    expect(audit).toEqual([{ actor_id: null, entity_id: String(item.dayLate) }]);
    // in-app only: nothing is queued for email without SMTP_URL
    const [{ queued }] = await h.database.sql`select count(*)::int as queued from notifications where email_due_at is not null`;
    expect(queued).toBe(0);
    // a later run finds nothing left
    expect(await escalateOverdue(h.db)).toEqual({ overdue: 0, escalated: 0 });
    expect(await told()).toEqual(expected);
  });

  it('starts over when someone sets a new due time, and escalates a told item a day after its due time', async () => {
    const lead = await h.as('lead.support@test.dev');
    const [{ version }] = await h.database.sql`select version from action_items where id = ${item.late}`;
    const r = await lead.gql(`mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { dueAt } }`,
      { input: { id: String(item.late), version, dueAt: new Date(Date.now() + HOUR).toISOString() } });
    expect(r.errors).toBeUndefined();
    const [fresh] = await h.database.sql`select overdue_notified_at, escalated_at from action_items where id = ${item.late}`;
    expect(fresh).toEqual({ overdue_notified_at: null, escalated_at: null });
    // the new time passes, and a day more: the run escalates it (once), without a second "overdue"
    await h.database.sql`update action_items set due_at = now() - interval '25 hours' where id = ${item.late}`;
    expect(await escalateOverdue(h.db)).toEqual({ overdue: 0, escalated: 1 });
    const about = (await told()).filter((t) => t.endsWith(` ${item.late}`));
    expect(about).toEqual([
      `admin@test.dev ACTION_ESCALATED ${item.late}`,
      `agent.support@test.dev ACTION_ESCALATED ${item.late}`,
      `agent.support@test.dev ACTION_OVERDUE ${item.late}`,
      `lead.support@test.dev ACTION_ESCALATED ${item.late}`,
      `lead.support@test.dev ACTION_OVERDUE ${item.late}`,
    ]);
  });
});

describe('sendDigests', () => {
  it("gives each LEAD with work one digest a day, counted from their department's rows", async () => {
    const sent = await Promise.all([sendDigests(h.db, 'Europe/Oslo'), sendDigests(h.db, 'Europe/Oslo'), sendDigests(h.db, 'Europe/Oslo')]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await sendDigests(h.db, 'Europe/Oslo')).toBe(0);
    const digests = await h.database.sql`select u.email, n.payload from notifications n join users u on u.id = n.user_id
      where n.type = 'DEPARTMENT_DIGEST' order by u.email`;
    // recomputed here, per department, from the rows
    const expected = async (department: number, name: string) => {
      const [c] = await h.database.sql`select
        (select count(*)::int from action_items where department_id = ${department} and status in ('OPEN', 'IN_PROGRESS')
          and first_response_at is null and due_at < now()) as overdue,
        (select count(*)::int from action_items where department_id = ${department} and status in ('OPEN', 'IN_PROGRESS') and assignee_id is null) as unassigned,
        (select count(*)::int from feedback f where f.department_id = ${department} and f.received_at > now() - interval '30 days'
          and (f.nps_score <= 6 or f.csat_score <= 2 or f.ces_score <= 3 or f.category in ('COMPLAINT', 'BUG'))
          and not exists (select 1 from action_items a where a.feedback_id = f.id)) as waiting`;
      return { departmentId: department, title: name, overdueCount: c.overdue, unassignedCount: c.unassigned, waitingCount: c.waiting };
    };
    expect(digests).toEqual([
      { email: 'lead.product@test.dev', payload: await expected(h.scenario.departments.product.id, 'Product') },
      { email: 'lead.support@test.dev', payload: await expected(h.scenario.departments.support.id, 'Support') },
    ]);
    expect(digests[0].payload.unassignedCount).toBe(1);
    // the day is the organisation's: in another time zone it may be another date, and a digest of its own
    const [{ day }] = await h.database.sql`select to_char(day, 'YYYY-MM-DD') as day from lead_digests limit 1`;
    const local = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
    expect(day).toBe(local);
  });
});
