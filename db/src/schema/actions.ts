// Closing the loop: SLA policies, action items and the log of follow-ups on them.
import { relations, sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgEnum, pgTable, smallint, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { featureRequests } from './feature-requests';
import { feedback } from './feedback';
import { ideas } from './ideas';
import { departments, users } from './org';

export const actionStatusEnum = pgEnum('action_status', ['OPEN', 'IN_PROGRESS', 'DONE', 'WONT_DO']);
export const priorityEnum = pgEnum('priority', ['LOW', 'NORMAL', 'HIGH', 'URGENT']);

/**
 * Which response target applies to a piece of feedback. Policies are tried in rank order and the
 * first that matches applies: a policy matches when any of its score ceilings is met (or it has none,
 * the catch-all), and its department is the feedback's or null.
 */
export const slaPolicies = pgTable('sla_policies', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  name: text('name').notNull(),
  rank: integer('rank').notNull(),
  departmentId: bigint('department_id', { mode: 'number' }).references(() => departments.id),
  // matches NPS answers at or below this (6 = detractors)
  maxNps: smallint('max_nps'),
  maxCsat: smallint('max_csat'),
  maxCes: smallint('max_ces'),
  // first contact with the customer is due this many hours after the feedback arrived
  targetHours: integer('target_hours').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const actionItems = pgTable(
  'action_items',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    // optimistic concurrency: an update names the version it read; a stale one is a CONFLICT
    version: integer('version').notNull().default(1),
    title: text('title').notNull(),
    description: text('description'),
    status: actionStatusEnum('status').notNull().default('OPEN'),
    priority: priorityEnum('priority').notNull().default('NORMAL'),
    feedbackId: bigint('feedback_id', { mode: 'number' }).references(() => feedback.id),
    ideaId: bigint('idea_id', { mode: 'number' }).references(() => ideas.id),
    assigneeId: bigint('assignee_id', { mode: 'number' }).references(() => users.id),
    departmentId: bigint('department_id', { mode: 'number' }).references(() => departments.id),
    createdById: bigint('created_by_id', { mode: 'number' }).references(() => users.id),
    // the policy whose target set dueAt; null when made by hand without one
    slaPolicyId: bigint('sla_policy_id', { mode: 'number' }).references(() => slaPolicies.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    // the first follow-up that contacted the customer
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    // when the item became DONE
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    // escalation (api/src/modules/actions/escalation.ts): when its assignee and LEADs were told it passed
    // its due time unanswered, and when, a day later, it went URGENT to the ADMINs; each happens once
    // (a new due time starts both over)
    overdueNotifiedAt: timestamp('overdue_notified_at', { withTimezone: true }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    // "tell the customers": the shipped feature request this item follows up with one customer about
    featureRequestId: bigint('feature_request_id', { mode: 'number' }).references((): AnyPgColumn => featureRequests.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('action_items_assignee_idx').on(t.assigneeId, t.status),
    index('action_items_department_idx').on(t.departmentId, t.status),
    index('action_items_feedback_idx').on(t.feedbackId),
    index('action_items_idea_idx').on(t.ideaId),
    index('action_items_feature_request_idx').on(t.featureRequestId).where(sql`feature_request_id is not null`),
    index('action_items_due_idx').on(t.dueAt).where(sql`status in ('OPEN', 'IN_PROGRESS')`),
  ],
);

export const followUps = pgTable(
  'follow_ups',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    actionItemId: bigint('action_item_id', { mode: 'number' }).notNull().references(() => actionItems.id, { onDelete: 'cascade' }),
    authorId: bigint('author_id', { mode: 'number' }).references(() => users.id),
    // true when this follow-up reached the customer (it then counts as the first response)
    contactedCustomer: boolean('contacted_customer').notNull(),
    // how: phone, email, meeting…
    channel: text('channel'),
    note: text('note').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('follow_ups_action_item_idx').on(t.actionItemId, t.createdAt)],
);

export const actionItemsRelations = relations(actionItems, ({ one, many }) => ({
  feedback: one(feedback, { fields: [actionItems.feedbackId], references: [feedback.id] }),
  idea: one(ideas, { fields: [actionItems.ideaId], references: [ideas.id] }),
  assignee: one(users, { fields: [actionItems.assigneeId], references: [users.id] }),
  department: one(departments, { fields: [actionItems.departmentId], references: [departments.id] }),
  slaPolicy: one(slaPolicies, { fields: [actionItems.slaPolicyId], references: [slaPolicies.id] }),
  followUps: many(followUps),
}));
export const followUpsRelations = relations(followUps, ({ one }) => ({
  actionItem: one(actionItems, { fields: [followUps.actionItemId], references: [actionItems.id] }),
  author: one(users, { fields: [followUps.authorId], references: [users.id] }),
}));
