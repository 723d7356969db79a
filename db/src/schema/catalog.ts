// What feedback is about and where it was asked: products, surveys, and survey invitations (so that
// response rates are real).
import { relations } from 'drizzle-orm';
import { bigint, date, integer, pgEnum, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const channelEnum = pgEnum('channel', [
  'SURVEY_EMAIL', 'SURVEY_SMS', 'SURVEY_WEB', 'SURVEY_IN_APP', 'PHONE_INTERVIEW',
  'SUPPORT_TICKET', 'REVIEW', 'SOCIAL', 'COMMUNITY', 'USAGE',
]);
export const surveyTypeEnum = pgEnum('survey_type', ['RELATIONAL', 'TRANSACTIONAL', 'IN_THE_MOMENT']);

export const products = pgTable('products', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  name: text('name').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const surveys = pgTable('surveys', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  name: text('name').notNull().unique(),
  type: surveyTypeEnum('type').notNull().default('TRANSACTIONAL'),
  channel: channelEnum('channel').notNull().default('SURVEY_EMAIL'),
  productId: bigint('product_id', { mode: 'number' }).references(() => products.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

// Invitations sent per survey and day; response rate = responses ÷ invitations over a period.
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    surveyId: bigint('survey_id', { mode: 'number' }).notNull().references(() => surveys.id, { onDelete: 'cascade' }),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.sentOn] })],
);

export const surveysRelations = relations(surveys, ({ one, many }) => ({
  product: one(products, { fields: [surveys.productId], references: [products.id] }),
  invitations: many(surveyInvitations),
}));
export const surveyInvitationsRelations = relations(surveyInvitations, ({ one }) => ({
  survey: one(surveys, { fields: [surveyInvitations.surveyId], references: [surveys.id] }),
}));
