import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../testing/harness';

let h: Harness;
// the database starts with the default SLA policies (migration 0003): unhappy within 24 h, the rest 72 h
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });

const CREATE = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) {
  id version title status priority dueAt firstResponseAt firstResponseHours withinSla department { name } feedback { id loopStatus } assignee { name } } }`;

describe('createActionItem from feedback', () => {
  it('takes its due time from the SLA policy that matches, and opens the loop until the customer is contacted', async () => {
    const lead = await h.as('lead.support@test.dev');
    const [detractor, happy] = [h.scenario.feedback[0], h.scenario.feedback[2]];
    const r = await lead.gql(CREATE, { input: { feedbackId: String(detractor.id), title: 'Call Kari', priority: 'HIGH', assigneeId: String(h.scenario.users.employee.id) } });
    expect(r.errors).toBeUndefined();
    expect(r.data.createActionItem).toMatchObject({
      version: 1, title: 'Call Kari', status: 'OPEN', priority: 'HIGH', firstResponseAt: null, firstResponseHours: null,
      dueAt: new Date(detractor.receivedAt.getTime() + 24 * 3600_000).toISOString(),
      department: { name: 'Support' }, feedback: { id: String(detractor.id), loopStatus: 'OPEN' }, assignee: { name: 'Erik Employee' },
    });
    // due a day after a June 2026 answer: long past, with no response made
    expect(r.data.createActionItem.withinSla).toBe(false);
    // the promoter's feedback is routed to Product: its LEAD acts on it, not Support's
    const leadProduct = await h.as('lead.product@test.dev');
    const promoter = await leadProduct.gql(CREATE, { input: { feedbackId: String(happy.id), title: 'Thank them' } });
    expect(promoter.data.createActionItem.dueAt).toBe(new Date(happy.receivedAt.getTime() + 72 * 3600_000).toISOString());
    // the assignee now sees the contact on that feedback (product.md), and was told
    const employee = await h.as('employee@test.dev');
    const seen = await employee.gql(`query($id: ID!) { feedbackItem(id: $id) { contact { masked } } }`, { id: String(detractor.id) });
    expect(seen.data.feedbackItem.contact.masked).toBe(false);
  });

  it("lets anyone make one of their own, but on feedback only its department's people, and names every bad field", async () => {
    const employee = await h.as('employee@test.dev');
    const own = await employee.gql(CREATE, { input: { title: 'Tidy the shared inbox' } });
    expect(own.errors).toBeUndefined();
    // the employee is in Sales; the detractor's feedback is routed to Support
    const onSupport = await employee.gql(CREATE, { input: { title: 'x', feedbackId: String(h.scenario.feedback[0].id) } });
    expect(onSupport.errors![0].extensions?.code).toBe('FORBIDDEN');
    const admin = await h.as('admin@test.dev');
    const r = await admin.gql(CREATE, { input: { title: ' ', assigneeId: '999999', departmentId: 'x' } });
    expect(r.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT', fields: { title: 'Must not be empty.', departmentId: 'Not a valid id.', assigneeId: 'Unknown colleague.' },
      reasons: { title: { code: 'REQUIRED' }, departmentId: { code: 'INVALID_ID' }, assigneeId: { code: 'UNKNOWN_USER' } },
    });
    const [{ n }] = await h.database.sql`select count(*)::int as n from action_items where title = ' '`;
    expect(n).toBe(0);
  });
});

describe('createActionItem and the personal-data rule', () => {
  it("refuses a LEAD of another department on the feedback, stores nothing and tells no one (reproduction 1)", async () => {
    const leadProduct = await h.as('lead.product@test.dev');
    const support = h.scenario.feedback[0];
    const count = async () => (await h.database.sql`select
      (select count(*)::int from action_items) as items, (select count(*)::int from notifications) as notes,
      (select loop_status from feedback where id = ${support.id}) as loop`)[0];
    const before = await count();
    const self = String(h.scenario.users.leadProduct.id);
    const r = await leadProduct.gql(`mutation($input: CreateActionItemInput!) { createActionItem(input: $input) {
      id feedback { contact { name email phone masked } } } }`, { input: { feedbackId: String(support.id), title: 'Mine now', assigneeId: self } });
    expect(r.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(r.data).toBeNull();
    expect(JSON.stringify(r)).not.toMatch(/kari|912 34 567|Nordmann/i);
    expect(await count()).toEqual(before);
    // and they still see the contact masked
    const seen = await leadProduct.gql(`query($id: ID!) { feedbackItem(id: $id) { contact { masked } } }`, { id: String(support.id) });
    expect(seen.data.feedbackItem.contact.masked).toBe(true);
  });

  it('records who made an item, on what, for whom, and who was then shown the contact', async () => {
    const lead = await h.as('lead.support@test.dev');
    const support = h.scenario.feedback[0];
    const agent = h.scenario.users.agentSupport;
    const r = await lead.gql(`mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id feedback { id contact { masked } } } }`,
      { input: { feedbackId: String(support.id), title: 'Audited', assigneeId: String(agent.id) } });
    expect(r.errors).toBeUndefined();
    const id = r.data.createActionItem.id;
    expect(r.data.createActionItem.feedback.contact.masked).toBe(false);
    const logged = await h.database.sql`select actor_id, action, entity_type, entity_id, detail from audit_log
      where (action = 'CREATE_ACTION_ITEM' and entity_id = ${id}) or (action = 'VIEW_CONTACT' and detail->>'feedbackId' = ${String(support.id)}
        and actor_id = ${h.scenario.users.leadSupport.id}) order by id`;
    expect(logged.map((l) => ({ ...l, actor_id: Number(l.actor_id) }))).toEqual([
      { actor_id: h.scenario.users.leadSupport.id, action: 'CREATE_ACTION_ITEM', entity_type: 'action_item', entity_id: id,
        detail: { feedbackId: support.id, ideaId: null, assigneeId: agent.id, departmentId: h.scenario.departments.support.id } },
      { actor_id: h.scenario.users.leadSupport.id, action: 'VIEW_CONTACT', entity_type: 'contact', entity_id: String(h.scenario.contacts.kari.id),
        detail: { feedbackId: support.id } },
    ]);
  });

  it('leaves unrouted feedback to ADMINs', async () => {
    const [unrouted] = await h.database.sql`insert into feedback (source, external_id, received_at, channel, kind, category, loop_status, text, text_masked)
      values ('s', 'unrouted', now(), 'SOCIAL', 'INDIRECT', 'OTHER', 'OPEN', 'x', 'x') returning id`;
    const input = { feedbackId: String(unrouted.id), title: 'Route it first' };
    const CREATE_ID = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`;
    expect((await (await h.as('lead.support@test.dev')).gql(CREATE_ID, { input })).errors![0].extensions?.code).toBe('FORBIDDEN');
    expect((await (await h.as('admin@test.dev')).gql(CREATE_ID, { input })).errors).toBeUndefined();
  });
});
