// The customers feedback comes from: accounts, and their contacts (the personal data, kept apart so it
// can be masked and erased in one place).
import { relations, sql } from 'drizzle-orm';
import { bigint, index, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const segmentEnum = pgEnum('segment', ['ENTERPRISE', 'MID_MARKET', 'SMB']);
// high-touch accounts have a named account manager; low-touch are served at scale
export const touchEnum = pgEnum('touch', ['HIGH', 'LOW']);

export const customers = pgTable(
  'customers',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    // the id the customer has in the CRM or survey tool; ingestion matches on it
    externalId: text('external_id').unique(),
    name: text('name').notNull(),
    segment: segmentEnum('segment').notNull().default('SMB'),
    // Nordic region or country, e.g. "Oslo", "Stockholm"
    region: text('region').notNull().default('Unknown'),
    // annual revenue from the account in the company's currency; sums rank feature requests
    annualRevenue: numeric('annual_revenue', { precision: 14, scale: 2, mode: 'number' }),
    touch: touchEnum('touch').notNull().default('LOW'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('customers_segment_idx').on(t.segment), index('customers_region_idx').on(t.region)],
);

export const contacts = pgTable(
  'contacts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    customerId: bigint('customer_id', { mode: 'number' }).references(() => customers.id),
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    // how ingestion recognises the same person again: lower(email), else phone, else name
    dedupeKey: text('dedupe_key').notNull(),
    // set by a privacy erasure: the fields above are nulled, the row stays so feedback keeps its shape
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('contacts_customer_dedupe_idx').on(sql`coalesce(${t.customerId}, 0)`, t.dedupeKey),
    index('contacts_email_idx').on(sql`lower(${t.email})`),
  ],
);

export const customersRelations = relations(customers, ({ many }) => ({ contacts: many(contacts) }));
export const contactsRelations = relations(contacts, ({ one }) => ({
  customer: one(customers, { fields: [contacts.customerId], references: [customers.id] }),
}));
