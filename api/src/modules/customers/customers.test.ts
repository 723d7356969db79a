import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withMaskedText } from '@chorus/db';
import { contacts, feedback } from '@chorus/db/schema';
import { startHarness, type Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });

const viewContacts = async (actor: number) =>
  (await h.database.sql`select count(*)::int as n from audit_log where action = 'VIEW_CONTACT' and actor_id = ${actor}`)[0].n;

describe('contacts shown unmasked, in the audit log', () => {
  it('are recorded one row per item shown, at a constant number of statements whatever the page size', async () => {
    // 120 more items routed to Support, each with a contact of its own
    const s = h.scenario;
    const people = await h.db.insert(contacts).values(Array.from({ length: 120 }, (_, i) => ({
      customerId: s.customers.acme.id, name: `Person ${i}`, email: `p${i}@acme.no`, dedupeKey: `p${i}@acme.no`,
    }))).returning({ id: contacts.id });
    await h.db.insert(feedback).values(withMaskedText(people.map((p, i) => ({
      source: 'bulk', externalId: String(i), receivedAt: new Date(Date.UTC(2026, 0, 1, 0, i)), channel: 'SOCIAL' as const,
      kind: 'INDIRECT' as const, text: 'Write to me', contactId: p.id, departmentId: s.departments.support.id,
    }))));
    const admin = await h.as('admin@test.dev');
    const PAGE = `query($first: Int) { feedback(first: $first, filter: { departmentIds: ["${s.departments.support.id}"] }) { edges { node { id contact { email masked } } } } }`;
    const counts: Record<number, number> = {};
    for (const first of [5, 50, 100]) {
      const before = await viewContacts(s.users.admin.id);
      h.statements.length = 0;
      const r = await admin.gql(PAGE, { first });
      counts[first] = h.statements.length;
      expect(r.errors).toBeUndefined();
      const shown = r.data.feedback.edges.filter((e: any) => e.node.contact && !e.node.contact.masked);
      expect(shown).toHaveLength(first);
      expect(await viewContacts(s.users.admin.id)).toBe(before + first);
    }
    expect(counts[5]).toBe(counts[50]);
    expect(counts[100]).toBe(counts[50]);
  });

  it('are recorded once for the same item asked for twice, and not at all when masked', async () => {
    const s = h.scenario;
    const item = String(s.feedback[0].id);
    const lead = await h.as('lead.support@test.dev');
    const before = await viewContacts(s.users.leadSupport.id);
    const r = await lead.gql(`query($id: ID!) { a: feedbackItem(id: $id) { contact { name } } b: feedbackItem(id: $id) { contact { email } } }`, { id: item });
    expect(r.data).toEqual({ a: { contact: { name: 'Kari Nordmann' } }, b: { contact: { email: 'kari@acme.no' } } });
    expect(await viewContacts(s.users.leadSupport.id)).toBe(before + 1);
    const [row] = await h.database.sql`select entity_type, entity_id, detail from audit_log
      where action = 'VIEW_CONTACT' and actor_id = ${s.users.leadSupport.id} order by id desc limit 1`;
    expect(row).toEqual({ entity_type: 'contact', entity_id: String(s.contacts.kari.id), detail: { feedbackId: s.feedback[0].id } });

    const other = await h.as('lead.product@test.dev');
    const masked = await other.gql(`query($id: ID!) { feedbackItem(id: $id) { contact { name masked } } }`, { id: item });
    expect(masked.data.feedbackItem.contact).toEqual({ name: null, masked: true });
    expect(await viewContacts(s.users.leadProduct.id)).toBe(0);
  });
});
