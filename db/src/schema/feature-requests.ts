// Feature requests: the product team's record of what customers ask for, linked to the feedback asking.
import { relations, sql } from 'drizzle-orm';
import { bigint, index, pgEnum, pgTable, primaryKey, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { products } from './catalog';
import { customers } from './customers';
import { feedback, tsvector } from './feedback';
import { users } from './org';

export const featureRequestStatusEnum = pgEnum('feature_request_status', [
  'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED',
]);

export const featureRequests = pgTable(
  'feature_requests',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    title: text('title').notNull(),
    description: text('description'),
    productId: bigint('product_id', { mode: 'number' }).notNull().references(() => products.id),
    status: featureRequestStatusEnum('status').notNull().default('UNDER_REVIEW'),
    // set when merged into another request: its links moved there, it is hidden from lists, and its id
    // resolves to the target. Always a request that is not merged itself (a merge re-points earlier ones).
    mergedIntoId: bigint('merged_into_id', { mode: 'number' }).references((): AnyPgColumn => featureRequests.id),
    mergedAt: timestamp('merged_at', { withTimezone: true }),
    createdById: bigint('created_by_id', { mode: 'number' }).references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    // Product teams write titles in any of the three languages (or a mix): the document is stemmed by
    // each, and the searches parse with each (api/src/shared/search.ts).
    searchDoc: tsvector('search_doc').generatedAlwaysAs(
      sql`to_tsvector('english', title || ' ' || coalesce(description, '')) || to_tsvector('norwegian', title || ' ' || coalesce(description, ''))
        || to_tsvector('swedish', title || ' ' || coalesce(description, '')) || to_tsvector('simple', title || ' ' || coalesce(description, ''))`,
    ),
  },
  (t) => [
    index('feature_requests_product_idx').on(t.productId, t.status),
    index('feature_requests_merged_idx').on(t.mergedIntoId),
    index('feature_requests_search_idx').using('gin', t.searchDoc),
  ],
);

export const featureRequestFeedback = pgTable(
  'feature_request_feedback',
  {
    featureRequestId: bigint('feature_request_id', { mode: 'number' }).notNull().references(() => featureRequests.id, { onDelete: 'cascade' }),
    feedbackId: bigint('feedback_id', { mode: 'number' }).notNull().references(() => feedback.id, { onDelete: 'cascade' }),
    linkedById: bigint('linked_by_id', { mode: 'number' }).references(() => users.id),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
    // Copies of the feedback's customer and arrival, kept by triggers (migration 0007) whoever writes:
    // the list's filtered counts (segment, region, period) then read the links and the few hundred
    // customers, never the feedback table.
    customerId: bigint('customer_id', { mode: 'number' }).references(() => customers.id),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.featureRequestId, t.feedbackId] }),
    index('frf_feedback_idx').on(t.feedbackId),
    index('frf_request_received_idx').on(t.featureRequestId, t.receivedAt),
  ],
);

// Each status change, with its note; "you asked, we did" is sent from these.
export const featureRequestStatusChanges = pgTable(
  'feature_request_status_changes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    featureRequestId: bigint('feature_request_id', { mode: 'number' }).notNull().references(() => featureRequests.id, { onDelete: 'cascade' }),
    fromStatus: featureRequestStatusEnum('from_status'),
    toStatus: featureRequestStatusEnum('to_status').notNull(),
    note: text('note'),
    changedById: bigint('changed_by_id', { mode: 'number' }).references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('frsc_request_idx').on(t.featureRequestId, t.createdAt)],
);

export const featureRequestsRelations = relations(featureRequests, ({ one, many }) => ({
  product: one(products, { fields: [featureRequests.productId], references: [products.id] }),
  links: many(featureRequestFeedback),
  statusChanges: many(featureRequestStatusChanges),
}));
export const featureRequestFeedbackRelations = relations(featureRequestFeedback, ({ one }) => ({
  featureRequest: one(featureRequests, { fields: [featureRequestFeedback.featureRequestId], references: [featureRequests.id] }),
  feedback: one(feedback, { fields: [featureRequestFeedback.feedbackId], references: [feedback.id] }),
}));
