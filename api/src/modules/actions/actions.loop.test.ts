// Closing the loop through the API: changing an item under concurrency, logging follow-ups, the
// feedback's loop status following its items, the work lists, and bad input refused whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Client, type Harness } from '../../testing/harness';

let h: Harness;
let lead: Client;
let agent: Client;
beforeAll(async () => {
  h = await startHarness();
  lead = await h.as('lead.support@test.dev');
  agent = await h.as('agent.support@test.dev');
});
afterAll(async () => { await h.close(); });

const ITEM = `id version status title priority dueAt firstResponseAt resolvedAt overdue feedback { id loopStatus } assignee { id } followUps { note contactedCustomer channel author { name } }`;
const CREATE = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { ${ITEM} } }`;
const UPDATE = `mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { ${ITEM} } }`;
const LOG = `mutation($input: LogFollowUpInput!) { logFollowUp(input: $input) { ${ITEM} } }`;

/** A fresh feedback item routed to Support (an unhappy answer), and an item on it assigned to the agent. */
async function supportWork(title = 'Call the customer') {
  const s = h.scenario;
  const [fb] = await h.database.sql`insert into feedback (source, external_id, received_at, channel, kind, nps_score, text, text_masked, department_id, contact_id)
    values ('loop', ${`${title}-${Math.random()}`}, now() - interval '1 hour', 'SURVEY_EMAIL', 'DIRECT', 2, 'Bad', 'Bad', ${s.departments.support.id}, ${s.contacts.kari.id})
    returning id`;
  const r = await lead.gql(CREATE, { input: { feedbackId: String(fb.id), title, assigneeId: String(s.users.agentSupport.id) } });
  expect(r.errors).toBeUndefined();
  return { feedbackId: String(fb.id), item: r.data.createActionItem };
}

describe('updateActionItem', () => {
  it('lets one of 20 concurrent updates with the same version through; the others are CONFLICT and the version moves by one', async () => {
    const { item } = await supportWork();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      (i % 2 ? lead : agent).gql(UPDATE, { input: { id: item.id, version: item.version, title: `Attempt ${i}` } })));
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(19);
    const [row] = await h.database.sql`select version, title from action_items where id = ${item.id}`;
    expect(row).toEqual({ version: item.version + 1, title: ok[0].data.updateActionItem.title });
  });

  it('sets resolvedAt on DONE and closes the loop once every item on the feedback is done; reopening clears it', async () => {
    const { feedbackId, item } = await supportWork();
    const second = await lead.gql(CREATE, { input: { feedbackId, title: 'Second thought' } });
    const done = await agent.gql(UPDATE, { input: { id: item.id, version: item.version, status: 'DONE' } });
    expect(done.data.updateActionItem.resolvedAt).not.toBeNull();
    // one item still open: the loop is not closed
    expect(done.data.updateActionItem.feedback.loopStatus).toBe('OPEN');
    const wontDo = await lead.gql(UPDATE, { input: { id: second.data.createActionItem.id, version: 1, status: 'WONT_DO' } });
    expect(wontDo.data.updateActionItem.resolvedAt).toBeNull();
    expect(wontDo.data.updateActionItem.feedback.loopStatus).toBe('CLOSED');
    const reopened = await lead.gql(UPDATE, { input: { id: item.id, version: done.data.updateActionItem.version, status: 'IN_PROGRESS' } });
    expect(reopened.data.updateActionItem).toMatchObject({ resolvedAt: null, feedback: { loopStatus: 'OPEN' } });
  });

  it('refuses a LEAD of another department, who never sees the contact, and changes nothing', async () => {
    const { item } = await supportWork();
    const other = await h.as('lead.product@test.dev');
    const r = await other.gql(`mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { id feedback { contact { email } } } }`,
      { input: { id: item.id, version: item.version, title: 'Mine' } });
    expect(r.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(r)).not.toMatch(/kari@acme\.no/);
    const follow = await other.gql(LOG, { input: { actionItemId: item.id, contactedCustomer: true, note: 'Me' } });
    expect(follow.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const [row] = await h.database.sql`select version, title, (select count(*)::int from follow_ups where action_item_id = ${item.id}) as entries
      from action_items where id = ${item.id}`;
    expect(row).toEqual({ version: item.version, title: 'Call the customer', entries: 0 });
  });

  it('lets the assignee work on the item but not hand its contact to someone else', async () => {
    const { item } = await supportWork();
    const r = await agent.gql(UPDATE, { input: { id: item.id, version: item.version, assigneeId: String(h.scenario.users.employee.id) } });
    expect(r.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const [row] = await h.database.sql`select assignee_id from action_items where id = ${item.id}`;
    expect(Number(row.assignee_id)).toBe(h.scenario.users.agentSupport.id);
  });

  it('names every bad field and stores nothing', async () => {
    const { item } = await supportWork();
    const r = await lead.gql(UPDATE, { input: { id: item.id, version: item.version, title: 'x'.repeat(300), dueAt: '2020-01-01T00:00:00Z', assigneeId: '999999' } });
    expect(r.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { title: 'Must be at most 200 characters.', dueAt: 'Must be in the future.', assigneeId: 'Unknown colleague.' },
    });
    const empty = await lead.gql(UPDATE, { input: { id: item.id, version: item.version, title: '  ' } });
    expect(empty.errors![0].extensions?.fields).toEqual({ title: 'Must not be empty.' });
    const [row] = await h.database.sql`select version from action_items where id = ${item.id}`;
    expect(row.version).toBe(item.version);
  });
});

describe('logFollowUp', () => {
  it('sets the first response once, moves the loop to IN_PROGRESS, and keeps the log in order', async () => {
    const { item } = await supportWork();
    expect(item.feedback.loopStatus).toBe('OPEN');
    const tried = await agent.gql(LOG, { input: { actionItemId: item.id, contactedCustomer: false, channel: 'phone', note: 'No answer' } });
    expect(tried.data.logFollowUp).toMatchObject({ firstResponseAt: null, status: 'IN_PROGRESS', feedback: { loopStatus: 'OPEN' } });
    // two contacts at once: one of them is the first response, and it stays
    const [a, b] = await Promise.all([
      agent.gql(LOG, { input: { actionItemId: item.id, contactedCustomer: true, channel: 'phone', note: 'Reached Kari' } }),
      lead.gql(LOG, { input: { actionItemId: item.id, contactedCustomer: true, channel: 'email', note: 'Wrote to Kari' } }),
    ]);
    expect(a.errors ?? b.errors).toBeUndefined();
    const [first] = await h.database.sql`select first_response_at, (select min(created_at) from follow_ups where action_item_id = ${item.id} and contacted_customer) as earliest
      from action_items where id = ${item.id}`;
    expect(first.first_response_at).toEqual(first.earliest);
    const later = await agent.gql(LOG, { input: { actionItemId: item.id, contactedCustomer: true, note: 'Called back' } });
    expect(later.errors).toBeUndefined();
    const [again] = await h.database.sql`select first_response_at from action_items where id = ${item.id}`;
    expect(again.first_response_at).toEqual(first.first_response_at);
    expect(later.data.logFollowUp.feedback.loopStatus).toBe('IN_PROGRESS');
    // the log reads in the order things happened
    const log = await h.database.sql`select note from follow_ups where action_item_id = ${item.id} order by created_at, id`;
    expect(later.data.logFollowUp.followUps.map((f: any) => f.note)).toEqual(log.map((r) => r.note));
    expect(log.map((r) => r.note)[0]).toBe('No answer');
    expect(log.map((r) => r.note).at(-1)).toBe('Called back');
  });

  it('refuses a follow-up on a closed item and a note over 5,000 characters, naming the field', async () => {
    const { item } = await supportWork();
    const long = await agent.gql(LOG, { input: { actionItemId: item.id, contactedCustomer: true, note: 'x'.repeat(5_001) } });
    expect(long.errors![0].extensions?.fields).toEqual({ note: 'Must be at most 5,000 characters.' });
    const done = await agent.gql(UPDATE, { input: { id: item.id, version: item.version, status: 'DONE' } });
    expect(done.errors).toBeUndefined();
    const closed = await agent.gql(LOG, { input: { actionItemId: item.id, contactedCustomer: true, note: 'Too late' } });
    expect(closed.errors![0].extensions?.fields).toEqual({ actionItemId: expect.stringMatching(/closed/) });
    const [{ n }] = await h.database.sql`select count(*)::int as n from follow_ups where action_item_id = ${item.id}`;
    expect(n).toBe(0);
  });
});

describe('actionItems', () => {
  it('filters by assignee, department, status and overdue, soonest due first, and pages without repeats', async () => {
    const s = h.scenario;
    // two overdue (due in the past, set straight in the database), one due later, one without a due time
    await supportWork('Due later');
    const late = await supportWork('Overdue one');
    await h.database.sql`update action_items set due_at = now() - interval '2 hours' where id = ${late.item.id}`;
    const mine = { assigneeIds: [String(s.users.agentSupport.id)], statuses: ['OPEN', 'IN_PROGRESS'] };
    const all: any[] = [];
    let after: string | null = null;
    do {
      const r: any = await agent.gql(`query($f: ActionItemFilter, $after: String) { actionItems(filter: $f, first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id dueAt overdue assignee { id } } } } }`, { f: mine, after });
      expect(r.errors).toBeUndefined();
      all.push(...r.data.actionItems.edges.map((e: any) => e.node));
      after = r.data.actionItems.pageInfo.hasNextPage ? r.data.actionItems.pageInfo.endCursor : null;
    } while (after);
    const [{ n }] = await h.database.sql`select count(*)::int as n from action_items where assignee_id = ${s.users.agentSupport.id} and status in ('OPEN', 'IN_PROGRESS')`;
    expect(all).toHaveLength(n);
    expect(new Set(all.map((i) => i.id)).size).toBe(n);
    const dues = all.map((i) => (i.dueAt ? Date.parse(i.dueAt) : Infinity));
    expect(dues).toEqual([...dues].sort((x, y) => x - y));
    const overdue = await agent.gql(`query($f: ActionItemFilter) { actionItems(filter: $f, first: 100) { edges { node { id overdue } } } }`, { f: { ...mine, overdue: true } });
    const expected = await h.database.sql`select id from action_items where assignee_id = ${s.users.agentSupport.id} and status in ('OPEN', 'IN_PROGRESS')
      and due_at < now() and first_response_at is null order by due_at, id`;
    expect(overdue.data.actionItems.edges.map((e: any) => e.node.id)).toEqual(expected.map((r) => String(r.id)));
    expect(overdue.data.actionItems.edges.every((e: any) => e.node.overdue)).toBe(true);
    // nobody's items, and only assigned ones: the department queue's third list
    await h.database.sql`insert into action_items (title, department_id, due_at) values ('Nobody yet', ${s.departments.support.id}, now() + interval '1 day')`;
    for (const unassigned of [true, false]) {
      const r = await agent.gql(`query($f: ActionItemFilter) { actionItems(filter: $f, first: 100) { edges { node { id assignee { id } } } } }`,
        { f: { departmentIds: [String(s.departments.support.id)], statuses: ['OPEN', 'IN_PROGRESS'], unassigned } });
      const rows = await h.database.sql`select id from action_items where department_id = ${s.departments.support.id}
        and status in ('OPEN', 'IN_PROGRESS') and (assignee_id is null) = ${unassigned} order by coalesce(due_at, 'infinity'), id`;
      expect(rows.length).toBeGreaterThan(0);
      expect(r.data.actionItems.edges.map((e: any) => e.node.id)).toEqual(rows.map((x) => String(x.id)));
    }
  });

  it('costs the same number of statements for 10 and 50 items with feedback, assignee, department and follow-ups', async () => {
    for (let i = 0; i < 50; i++) await supportWork(`Bulk ${i}`);
    const counts: number[] = [];
    for (const first of [10, 50]) {
      h.statements.length = 0;
      const r = await lead.gql(`query($first: Int) { actionItems(first: $first) { edges { node {
        id feedback { id text contact { masked } } assignee { name } department { name } followUps { note } } } } }`, { first });
      expect(r.errors).toBeUndefined();
      expect(r.data.actionItems.edges).toHaveLength(first);
      counts.push(h.statements.length);
    }
    console.log(`actionItems statements: first 10 → ${counts[0]}, first 50 → ${counts[1]}`);
    expect(counts[1]).toBe(counts[0]);
  });
});

describe('found in review', () => {
  it('closes the loop when two items on one feedback are closed at the same moment', async () => {
    for (let round = 0; round < 8; round++) {
      const { feedbackId, item } = await supportWork(`Race ${round}`);
      const other = (await lead.gql(CREATE, { input: { feedbackId, title: `Other ${round}` } })).data.createActionItem;
      const [a, b] = await Promise.all([
        agent.gql(UPDATE, { input: { id: item.id, version: item.version, status: 'DONE' } }),
        lead.gql(UPDATE, { input: { id: other.id, version: other.version, status: 'WONT_DO' } }),
      ]);
      expect(a.errors ?? b.errors).toBeUndefined();
      const [row] = await h.database.sql`select loop_status from feedback where id = ${feedbackId}`;
      expect(row.loop_status, `round ${round}`).toBe('CLOSED');
    }
  });

  it("keeps an item on feedback in the feedback's department, so no other LEAD comes to own it", async () => {
    const s = h.scenario;
    const [fb] = await h.database.sql`insert into feedback (source, external_id, received_at, channel, kind, nps_score, department_id)
      values ('loop', 'dept', now(), 'SURVEY_EMAIL', 'DIRECT', 2, ${s.departments.support.id}) returning id`;
    const r = await agent.gql(CREATE, { input: { feedbackId: String(fb.id), title: 'For Product?', departmentId: String(s.departments.product.id) } });
    expect(r.errors![0].extensions?.fields).toEqual({ departmentId: "An action item on feedback belongs to the feedback's department." });
  });

  it('lets only those who see the contact by role reopen a closed item on feedback', async () => {
    const { item } = await supportWork();
    const done = (await agent.gql(UPDATE, { input: { id: item.id, version: item.version, status: 'DONE' } })).data.updateActionItem;
    const reopen = await agent.gql(UPDATE, { input: { id: item.id, version: done.version, status: 'OPEN' } });
    expect(reopen.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const byLead = await lead.gql(UPDATE, { input: { id: item.id, version: done.version, status: 'OPEN' } });
    expect(byLead.data.updateActionItem.status).toBe('OPEN');
  });

  it("masks the customer's email and phone in titles, descriptions and notes for those who may not see the contact", async () => {
    const { item } = await supportWork();
    const text = 'Call Kari on +47 912 34 567 or kari@acme.no';
    const hidden = 'Call Kari on [phone hidden] or [email hidden]';
    await lead.gql(UPDATE, { input: { id: item.id, version: item.version, title: text, description: text } });
    await agent.gql(LOG, { input: { actionItemId: item.id, contactedCustomer: false, note: text } });
    const READ = `query($id: ID!) { actionItem(id: $id) { title description followUps { note } feedback { actionItems { id title } } } }`;
    const sales = await h.as('employee@test.dev');
    const masked = (await sales.gql(READ, { id: item.id })).data.actionItem;
    expect(masked).toMatchObject({ title: hidden, description: hidden, followUps: [{ note: hidden }] });
    // every path to the title: on the feedback page too
    expect(masked.feedback.actionItems.find((i: { id: string }) => i.id === item.id).title).toBe(hidden);
    const seen = (await agent.gql(READ, { id: item.id })).data.actionItem;
    expect(seen).toMatchObject({ title: text, description: text, followUps: [{ note: text }] });
  });

  it('takes back an overdue due time unchanged, as a form sends every field', async () => {
    const { item } = await supportWork();
    await h.database.sql`update action_items set due_at = now() - interval '1 hour' where id = ${item.id}`;
    const [{ due_at }] = await h.database.sql`select due_at from action_items where id = ${item.id}`;
    const r = await lead.gql(UPDATE, { input: { id: item.id, version: item.version, dueAt: new Date(due_at).toISOString(), priority: 'HIGH' } });
    expect(r.errors).toBeUndefined();
  });
});
