import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slaPolicies } from '@chorus/db/schema';
import { startHarness, type Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.db.insert(slaPolicies).values([
    { name: 'Unhappy customers', rank: 1, maxNps: 6, maxCsat: 2, maxCes: 3, targetHours: 24 },
    { name: 'Everyone else', rank: 2, targetHours: 72 },
  ]);
});
afterAll(async () => { await h.close(); });

const CREATE = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) {
  id version title status priority dueAt firstResponseAt firstResponseHours withinSla department { name } feedback { id loopStatus } assignee { name } } }`;

describe('createActionItem from feedback', () => {
  it('takes its due time from the SLA policy that matches, and puts the loop in progress', async () => {
    const lead = await h.as('lead.support@test.dev');
    const [detractor, happy] = [h.scenario.feedback[0], h.scenario.feedback[2]];
    const r = await lead.gql(CREATE, { input: { feedbackId: String(detractor.id), title: 'Call Kari', priority: 'HIGH', assigneeId: String(h.scenario.users.employee.id) } });
    expect(r.errors).toBeUndefined();
    expect(r.data.createActionItem).toMatchObject({
      version: 1, title: 'Call Kari', status: 'OPEN', priority: 'HIGH', firstResponseAt: null, firstResponseHours: null,
      dueAt: new Date(detractor.receivedAt.getTime() + 24 * 3600_000).toISOString(),
      department: { name: 'Support' }, feedback: { id: String(detractor.id), loopStatus: 'IN_PROGRESS' }, assignee: { name: 'Erik Employee' },
    });
    // due a day after a June 2026 answer: long past, with no response made
    expect(r.data.createActionItem.withinSla).toBe(false);
    const promoter = await lead.gql(CREATE, { input: { feedbackId: String(happy.id), title: 'Thank them' } });
    expect(promoter.data.createActionItem.dueAt).toBe(new Date(happy.receivedAt.getTime() + 72 * 3600_000).toISOString());
    // the assignee now sees the contact on that feedback (product.md), and was told
    const employee = await h.as('employee@test.dev');
    const seen = await employee.gql(`query($id: ID!) { feedbackItem(id: $id) { contact { masked } } }`, { id: String(detractor.id) });
    expect(seen.data.feedbackItem.contact.masked).toBe(false);
  });

  it('is for LEADs and ADMINs, and names every bad field', async () => {
    const employee = await h.as('employee@test.dev');
    expect((await employee.gql(CREATE, { input: { title: 'x' } })).errors![0].extensions?.code).toBe('FORBIDDEN');
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
