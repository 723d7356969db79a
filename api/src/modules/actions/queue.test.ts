// The department's follow-up queue: which feedback is waiting for someone to act, in what order, and
// that assigning from it (createActionItem) takes a row off it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withMaskedText } from '@chorus/db';
import { feedback } from '@chorus/db/schema';
import { startHarness, type Client, type GqlResponse, type Harness } from '../../testing/harness';

let h: Harness;
let lead: Client;
const HOUR = 3_600_000;
const QUEUE = `query($d: ID, $first: Int, $after: String) { followUpQueue(departmentId: $d, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id receivedAt followUpDueAt npsScore category customer { name } contact { masked } } } } }`;

/** Feedback routed to Support, `hoursAgo` old, with the given scores and category. */
function row(n: number, hoursAgo: number, scores: { nps?: number; csat?: number; ces?: number }, category = 'OTHER'): typeof feedback.$inferInsert {
  return {
    source: 'queue', externalId: String(n), receivedAt: new Date(Date.now() - hoursAgo * HOUR), channel: 'SURVEY_EMAIL', kind: 'DIRECT',
    category: category as 'OTHER', npsScore: scores.nps ?? null, csatScore: scores.csat ?? null, cesScore: scores.ces ?? null,
    text: `Queue ${n}`, language: 'en', sentiment: 'NEUTRAL', customerId: h.scenario.customers.acme.id,
    contactId: h.scenario.contacts.kari.id, departmentId: h.scenario.departments.support.id,
  };
}

beforeAll(async () => {
  h = await startHarness();
  lead = await h.as('lead.support@test.dev');
  let n = 0;
  await h.db.insert(feedback).values(withMaskedText([
    row(++n, 2, { nps: 2 }), // detractor: due in 22 h
    row(++n, 30, { csat: 1 }), // CSAT 1: overdue by 6 h
    row(++n, 5, { nps: 9 }, 'COMPLAINT'), // a complaint from a promoter: the 72-hour policy, due in 67 h
    row(++n, 1, { nps: 9 }), // happy: not waiting
    row(++n, 24 * 40, { nps: 0 }), // 40 days old: out of the queue's window
    row(++n, 10, { ces: 3 }), // CES 3: due in 14 h
    ...Array.from({ length: 60 }, (_, i) => row(++n, 50 + i, { nps: i % 7 })), // a backlog, all overdue
  ]));
});
afterAll(async () => { await h.close(); });

describe('followUpQueue', () => {
  it('lists exactly the unhappy, complaining or bug-reporting feedback of the department without an action item, soonest due first', async () => {
    // the queue recomputed here from the rows, with product.md's default targets written out
    const expected = await h.database.sql`
      select f.id, f.received_at + case when f.nps_score <= 6 or f.csat_score <= 2 or f.ces_score <= 3 then 24 else 72 end * interval '1 hour' as due
      from feedback f
      where f.department_id = ${h.scenario.departments.support.id} and f.received_at >= now() - interval '30 days'
        and (f.nps_score <= 6 or f.csat_score <= 2 or f.ces_score <= 3 or f.category in ('COMPLAINT', 'BUG'))
        and not exists (select 1 from action_items a where a.feedback_id = f.id)
      order by due, f.id`;
    const seen: { id: string; followUpDueAt: string }[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const r: GqlResponse = await lead.gql(QUEUE, { first: 25, after });
      expect(r.errors).toBeUndefined();
      const page: any = r.data.followUpQueue;
      total = page.totalCount;
      seen.push(...page.edges.map((e: any) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.map((x) => Number(x.id))).toEqual(expected.map((x) => Number(x.id)));
    expect(seen.map((x) => x.followUpDueAt)).toEqual(expected.map((x) => new Date(x.due).toISOString()));
    expect(total).toBe(expected.length);
    // the Support LEAD sees the customers' contacts they are to call
    const first = await lead.gql(QUEUE, { first: 1 });
    expect(first.data.followUpQueue.edges[0].node.contact.masked).toBe(false);
  });

  it('loses a row once it is assigned from the queue, with the due time the queue showed', async () => {
    const before = (await lead.gql(QUEUE, { first: 1 })).data.followUpQueue;
    const top = before.edges[0].node;
    const made = await lead.gql(`mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { dueAt assignee { name } } }`,
      { input: { feedbackId: top.id, title: 'Call them', assigneeId: String(h.scenario.users.agentSupport.id) } });
    expect(made.errors).toBeUndefined();
    expect(made.data.createActionItem).toEqual({ dueAt: top.followUpDueAt, assignee: { name: 'Agnes Agent' } });
    const after = (await lead.gql(QUEUE, { first: 1 })).data.followUpQueue;
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.edges[0].node.id).not.toBe(top.id);
  });

  it("is the department's own: the viewer's department by default, refused to another department's LEAD", async () => {
    const own = await lead.gql(QUEUE, { d: String(h.scenario.departments.support.id), first: 5 });
    const byDefault = await lead.gql(QUEUE, { first: 5 });
    expect(byDefault.data).toEqual(own.data);
    const other = await (await h.as('lead.product@test.dev')).gql(QUEUE, { d: String(h.scenario.departments.support.id) });
    expect(other.errors![0].extensions?.code).toBe('FORBIDDEN');
    const exec = await (await h.as('exec@test.dev')).gql(QUEUE, {});
    expect(exec.errors![0].extensions?.code).toBe('FORBIDDEN');
  });

  it('costs the same number of statements for 10 and 50 rows with customers and contacts', async () => {
    const counts: number[] = [];
    for (const first of [10, 50]) {
      h.statements.length = 0;
      const r = await lead.gql(QUEUE, { first });
      expect(r.data.followUpQueue.edges).toHaveLength(first);
      counts.push(h.statements.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it('pages to the end when no policy gives some feedback a target (no catch-all): those rows come last', async () => {
    const [catchAll] = await h.database.sql`delete from sla_policies where max_nps is null and max_csat is null and max_ces is null returning *`;
    try {
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const r: GqlResponse = await lead.gql(QUEUE, { first: 7, after });
        expect(r.errors).toBeUndefined();
        ids.push(...r.data.followUpQueue.edges.map((e: any) => e.node.id));
        after = r.data.followUpQueue.pageInfo.hasNextPage ? r.data.followUpQueue.pageInfo.endCursor : null;
      } while (after);
      const [{ n }] = await h.database.sql`select count(*)::int as n from feedback f where f.department_id = ${h.scenario.departments.support.id}
        and f.received_at >= now() - interval '30 days' and (f.nps_score <= 6 or f.csat_score <= 2 or f.ces_score <= 3 or f.category in ('COMPLAINT', 'BUG'))
        and not exists (select 1 from action_items a where a.feedback_id = f.id)`;
      expect(ids).toHaveLength(n);
      expect(new Set(ids).size).toBe(n);
      // the promoter's complaint has no target now: last
      const [{ id: complaint }] = await h.database.sql`select id::text from feedback where source = 'queue' and category = 'COMPLAINT'`;
      expect(ids.at(-1)).toBe(complaint);
    } finally {
      await h.database.sql`insert into sla_policies ${h.database.sql(catchAll)}`;
    }
  });

  it('gives no due time to feedback that needs no follow-up', async () => {
    const r = await lead.gql(`query($id: ID!) { feedbackItem(id: $id) { followUpDueAt } }`, { id: String(h.scenario.feedback[1].id) });
    expect(r.data.feedbackItem.followUpDueAt).toBeNull();
  });
});
