// Typed scenario data for API tests: a small company with one person per role and a few feedback items.
import { hashPassword, withMaskedText, type Db } from '@chorus/db';
import {
  actionItems, contacts, customers, departments, feedback, feedbackThemes, products, themes, users,
} from '@chorus/db/schema';

export const PASSWORD = 'test-password';

export async function seedScenario(db: Db) {
  const hash = await hashPassword(PASSWORD);
  const [support, sales, product] = await db.insert(departments)
    .values([{ name: 'Support' }, { name: 'Sales' }, { name: 'Product', ownsFeatureRequests: true }]).returning();
  const people = await db.insert(users).values([
    { email: 'admin@test.dev', name: 'Ada Admin', role: 'ADMIN', passwordHash: hash },
    { email: 'lead.support@test.dev', name: 'Siri Support', role: 'LEAD', departmentId: support.id, passwordHash: hash },
    { email: 'lead.product@test.dev', name: 'Per Product', role: 'LEAD', departmentId: product.id, passwordHash: hash },
    { email: 'employee@test.dev', name: 'Erik Employee', role: 'EMPLOYEE', departmentId: sales.id, passwordHash: hash },
    { email: 'exec@test.dev', name: 'Eva Executive', role: 'EXECUTIVE', passwordHash: hash },
    // a colleague of the Support LEAD, for rules that depend on the department (assignees, contacts)
    { email: 'agent.support@test.dev', name: 'Agnes Agent', role: 'EMPLOYEE', departmentId: support.id, passwordHash: hash },
  ]).returning();
  const [admin, leadSupport, leadProduct, employee, exec, agentSupport] = people;
  const [app, freight] = await db.insert(products).values([{ name: 'Customer App' }, { name: 'Freight' }]).returning();
  const [delivery, billing] = await db.insert(themes).values([
    { name: 'Delivery delays', keywords: ['deliver', 'late', 'forsink', 'försen', 'levering', 'leverans'] },
    { name: 'Billing', keywords: ['invoice', 'faktura', 'billing'] },
  ]).returning();
  const [acme, fjord] = await db.insert(customers).values([
    { externalId: 'C-1', name: 'Acme AS', segment: 'ENTERPRISE', region: 'Oslo', annualRevenue: 1_200_000 },
    { externalId: 'C-2', name: 'Fjord AB', segment: 'SMB', region: 'Stockholm', annualRevenue: 80_000 },
  ]).returning();
  const [kari] = await db.insert(contacts).values([
    { customerId: acme.id, name: 'Kari Nordmann', email: 'kari@acme.no', phone: '+47 912 34 567', dedupeKey: 'kari@acme.no' },
  ]).returning();
  const day = (n: number) => new Date(Date.UTC(2026, 5, 1 + n, 12));
  const rows: (typeof feedback.$inferInsert)[] = [
    { source: 's', externalId: '1', receivedAt: day(0), channel: 'SURVEY_EMAIL', kind: 'DIRECT', category: 'COMPLAINT',
      npsScore: 3, text: 'The delivery was late again. Call me on +47 912 34 567 or kari@acme.no', language: 'en',
      sentiment: 'NEGATIVE', customerId: acme.id, contactId: kari.id, productId: freight.id, departmentId: support.id, loopStatus: 'OPEN' },
    { source: 's', externalId: '2', receivedAt: day(1), channel: 'SUPPORT_TICKET', kind: 'INDIRECT', category: 'QUESTION',
      csatScore: 5, text: 'Fakturaen var riktig denne gangen, takk!', language: 'nb', sentiment: 'POSITIVE',
      customerId: fjord.id, productId: app.id, departmentId: sales.id },
    { source: 's', externalId: '3', receivedAt: day(2), channel: 'REVIEW', kind: 'INDIRECT', category: 'PRAISE',
      npsScore: 10, text: 'Leveransen kom i tid och allt fungerade.', language: 'sv', sentiment: 'POSITIVE',
      customerId: acme.id, contactId: kari.id, productId: app.id, departmentId: product.id },
  ];
  const items = await db.insert(feedback).values(withMaskedText(rows)).returning();
  await db.insert(feedbackThemes).values([
    { feedbackId: items[0].id, themeId: delivery.id },
    { feedbackId: items[1].id, themeId: billing.id },
    { feedbackId: items[2].id, themeId: delivery.id },
  ]);
  return {
    departments: { support, sales, product },
    users: { admin, leadSupport, leadProduct, employee, exec, agentSupport },
    products: { app, freight },
    themes: { delivery, billing },
    customers: { acme, fjord },
    contacts: { kari },
    feedback: items,
  };
}
export type Scenario = Awaited<ReturnType<typeof seedScenario>>;

export async function assign(db: Db, feedbackId: number, assigneeId: number, status: 'OPEN' | 'DONE' = 'OPEN') {
  await db.insert(actionItems).values({ feedbackId, assigneeId, title: 'Call the customer', status });
}
