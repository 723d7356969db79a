// Reproduction 1 of the authorization issue, replayed against a real server over HTTP: a LEAD of
// Product creating action items on feedback routed to Support, twenty aliases in one request, to see
// the customers' contacts (assigned to themselves) or to hand them to any employee (assigned to them).
// The assignee of an open action item sees the contact (product.md), so making the item is a decision
// about personal data: it belongs to ADMINs and the LEAD of the department the feedback is routed to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, listen, loadConfig, type ChorusServer } from '@chorus/api';
import { createTestDatabase, type TestDatabase } from '@chorus/db/testing';
import { seedDemo } from '@chorus/db/seed';

let database: TestDatabase;
let server: ChorusServer;
let url: string;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database, { feedback: 300, seed: 1 });
  server = await createServer(database, { ...loadConfig({}), demo: false });
  url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/graphql`;
});
afterAll(async () => {
  await server.close();
  await database.drop();
});

interface Body { data?: any; errors?: { message: string; extensions?: { code?: string } }[] }

async function signIn(email: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!) { signIn(email: $e, password: "chorus-demo") { id } }', variables: { e: email } }),
  });
  const body = (await res.json()) as Body;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  return {
    id: body.data.signIn.id as string,
    async gql(query: string, variables: object = {}): Promise<{ status: number; text: string; body: Body }> {
      const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
      const text = await r.text();
      return { status: r.status, text, body: JSON.parse(text) as Body };
    },
  };
}

/** Twenty createActionItem calls in one document, each on one of the items, all assigned to `assigneeId`. */
const twentyAliases = (ids: string[], assigneeId: string) => `mutation { ${ids.map((id, i) => `
  a${i}: createActionItem(input: { feedbackId: "${id}", title: "Follow up ${i}", assigneeId: "${assigneeId}" }) {
    id assignee { email } feedback { id text contact { name email phone masked } } }`).join('')} }`;

describe('reproduction 1: a LEAD of another department and createActionItem', () => {
  it("is refused on Support's feedback: twenty aliased calls unmask nothing, hand nothing to anyone and store nothing", async () => {
    // twenty Support items whose contact has personal data
    const items = await database.sql<{ id: string; name: string | null; email: string | null; phone: string | null }[]>`
      select f.id::text, c.name, c.email, c.phone from feedback f
      join contacts c on c.id = f.contact_id join departments d on d.id = f.department_id
      where d.name = 'Support' and (c.email is not null or c.phone is not null) order by f.id limit 20`;
    expect(items).toHaveLength(20);
    const ids = items.map((i) => i.id);
    const personalData = items.flatMap((i) => [i.name, i.email, i.phone]).filter((v): v is string => !!v);
    const state = async () => (await database.sql`select
      (select count(*)::int from action_items) as items,
      (select count(*)::int from notifications) as notifications,
      (select count(*)::int from audit_log where action in ('CREATE_ACTION_ITEM', 'VIEW_CONTACT')) as audited,
      (select array_agg(loop_status::text order by id) from feedback where id = any(${ids.map(Number)}::bigint[])) as loops`)[0];
    const before = await state();

    const leadProduct = await signIn('lead.product@chorus.demo');
    const employee = await signIn('employee@chorus.demo');

    // reading them, the Product LEAD sees the verbatims, not the contacts
    const read = await leadProduct.gql(`query($id: ID!) { feedbackItem(id: $id) { id contact { masked } } }`, { id: ids[0] });
    expect(read.body.data.feedbackItem.contact.masked).toBe(true);

    for (const [to, assigneeId] of [['themselves', leadProduct.id], ['an employee', employee.id]] as const) {
      // (mutations run in turn, and the first refusal ends the document: createActionItem is non-null)
      const r = await leadProduct.gql(twentyAliases(ids, assigneeId));
      expect(r.status, `assigned to ${to}`).toBe(200);
      expect(r.body.errors?.length, `assigned to ${to}`).toBeGreaterThan(0);
      expect(new Set(r.body.errors!.map((e) => e.extensions?.code)), `assigned to ${to}`).toEqual(new Set(['FORBIDDEN']));
      expect(r.body.data ?? null, `assigned to ${to}`).toBeNull();
      for (const value of personalData) expect(r.text, `assigned to ${to}`).not.toContain(value);
      // and each of the twenty on its own
      for (const id of ids) {
        const one = await leadProduct.gql(twentyAliases([id], assigneeId));
        expect(one.body.errors?.map((e) => e.extensions?.code), `feedback ${id} assigned to ${to}`).toEqual(['FORBIDDEN']);
        for (const value of personalData) expect(one.text).not.toContain(value);
      }
    }

    // nothing stored: no item, no notification, no loop moved; and the employee still sees them masked
    expect(await state()).toEqual(before);
    for (const id of ids) {
      const seen = await employee.gql(`query($id: ID!) { feedbackItem(id: $id) { contact { name email phone masked } } }`, { id });
      expect(seen.body.data.feedbackItem.contact).toEqual({ name: null, email: null, phone: null, masked: true });
    }
  });

  it("is allowed to Support's own LEAD, whose item and the contact it showed are in the audit log", async () => {
    const [item] = await database.sql<{ id: string; contact_id: string }[]>`
      select f.id::text, f.contact_id::text from feedback f join departments d on d.id = f.department_id
      join contacts c on c.id = f.contact_id where d.name = 'Support' and c.email is not null order by f.id limit 1`;
    const leadSupport = await signIn('lead.support@chorus.demo');
    const employee = await signIn('employee@chorus.demo');
    const r = await leadSupport.gql(`mutation($id: ID!, $to: ID!) { createActionItem(input: { feedbackId: $id, title: "Call them", assigneeId: $to }) {
      id feedback { contact { masked } } } }`, { id: item.id, to: employee.id });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.createActionItem.feedback.contact.masked).toBe(false);
    // the employee it was handed to sees the contact while the item is open
    const seen = await employee.gql(`query($id: ID!) { feedbackItem(id: $id) { contact { masked } } }`, { id: item.id });
    expect(seen.body.data.feedbackItem.contact.masked).toBe(false);
    const logged = await database.sql`select a.action, u.email, a.entity_id, a.detail from audit_log a join users u on u.id = a.actor_id
      where a.action in ('CREATE_ACTION_ITEM', 'VIEW_CONTACT') order by a.id`;
    expect(logged.map((l) => [l.action, l.email])).toEqual([
      ['CREATE_ACTION_ITEM', 'lead.support@chorus.demo'],
      ['VIEW_CONTACT', 'lead.support@chorus.demo'],
      ['VIEW_CONTACT', 'employee@chorus.demo'],
    ]);
    expect(logged[0]).toMatchObject({ entity_id: r.body.data.createActionItem.id, detail: { feedbackId: Number(item.id), assigneeId: Number(employee.id) } });
    expect(logged[1]).toMatchObject({ entity_id: item.contact_id, detail: { feedbackId: Number(item.id) } });
  });
});
