// The ideas forum: employees' improvement ideas, one vote per employee, comments, and the status
// timeline a department's LEAD writes.
import { relations, sql } from 'drizzle-orm';
import { bigint, check, index, pgEnum, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { feedback, searchConfigSql, tsvector } from './feedback';
import { departments, users } from './org';

export const ideaStatusEnum = pgEnum('idea_status', [
  'NEW', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'DECLINED',
]);

export const ideas = pgTable(
  'ideas',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    title: text('title').notNull(),
    // markdown
    body: text('body').notNull(),
    // body rendered and sanitised when written (db/src/derived/markdown.ts), never per read
    bodyHtml: text('body_html'),
    // the RENDER_VERSION bodyHtml was rendered with; older ones are re-rendered at start-up
    htmlVersion: smallint('html_version').notNull().default(0),
    departmentId: bigint('department_id', { mode: 'number' }).notNull().references(() => departments.id),
    category: text('category'),
    authorId: bigint('author_id', { mode: 'number' }).notNull().references(() => users.id),
    status: ideaStatusEnum('status').notNull().default('NEW'),
    // why it was declined (required then) or any note on the latest status change
    statusReason: text('status_reason'),
    language: text('language'),
    // moderation: hidden ideas are shown to ADMINs only
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenReason: text('hidden_reason'),
    hiddenById: bigint('hidden_by_id', { mode: 'number' }).references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    searchDoc: tsvector('search_doc').generatedAlwaysAs(
      sql`to_tsvector(${searchConfigSql(sql.raw('language'))}, title || ' ' || body)`,
    ),
  },
  (t) => [
    index('ideas_department_idx').on(t.departmentId, t.status),
    index('ideas_author_idx').on(t.authorId),
    index('ideas_created_idx').on(t.createdAt),
    index('ideas_search_idx').using('gin', t.searchDoc),
    check('ideas_body_html', sql`body_html is not null`),
  ],
);

export const ideaVotes = pgTable(
  'idea_votes',
  {
    ideaId: bigint('idea_id', { mode: 'number' }).notNull().references(() => ideas.id, { onDelete: 'cascade' }),
    userId: bigint('user_id', { mode: 'number' }).notNull().references(() => users.id, { onDelete: 'cascade' }),
    // TRENDING weighs votes by their age
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // the primary key is what makes a vote count once, whatever the concurrency
  (t) => [primaryKey({ columns: [t.ideaId, t.userId] }), index('idea_votes_user_idx').on(t.userId)],
);

export const ideaComments = pgTable(
  'idea_comments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ideaId: bigint('idea_id', { mode: 'number' }).notNull().references(() => ideas.id, { onDelete: 'cascade' }),
    authorId: bigint('author_id', { mode: 'number' }).notNull().references(() => users.id),
    body: text('body').notNull(),
    // as for ideas: rendered when written, re-rendered at start-up when RENDER_VERSION moves
    bodyHtml: text('body_html'),
    htmlVersion: smallint('html_version').notNull().default(0),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenReason: text('hidden_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('idea_comments_idea_idx').on(t.ideaId, t.createdAt), check('idea_comments_body_html', sql`body_html is not null`)],
);

// Earlier versions of an edited idea or comment (exactly one of the two ids is set).
export const ideaRevisions = pgTable(
  'idea_revisions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ideaId: bigint('idea_id', { mode: 'number' }).references(() => ideas.id, { onDelete: 'cascade' }),
    commentId: bigint('comment_id', { mode: 'number' }).references(() => ideaComments.id, { onDelete: 'cascade' }),
    title: text('title'),
    body: text('body').notNull(),
    editedById: bigint('edited_by_id', { mode: 'number' }).references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('idea_revisions_idea_idx').on(t.ideaId), index('idea_revisions_comment_idx').on(t.commentId)],
);

export const ideaStatusChanges = pgTable(
  'idea_status_changes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ideaId: bigint('idea_id', { mode: 'number' }).notNull().references(() => ideas.id, { onDelete: 'cascade' }),
    fromStatus: ideaStatusEnum('from_status'),
    toStatus: ideaStatusEnum('to_status').notNull(),
    reason: text('reason'),
    changedById: bigint('changed_by_id', { mode: 'number' }).notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('idea_status_changes_idea_idx').on(t.ideaId, t.createdAt)],
);

// Feedback given as evidence for an idea.
export const ideaFeedback = pgTable(
  'idea_feedback',
  {
    ideaId: bigint('idea_id', { mode: 'number' }).notNull().references(() => ideas.id, { onDelete: 'cascade' }),
    feedbackId: bigint('feedback_id', { mode: 'number' }).notNull().references(() => feedback.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.feedbackId] }), index('idea_feedback_feedback_idx').on(t.feedbackId)],
);

export const ideasRelations = relations(ideas, ({ one, many }) => ({
  author: one(users, { fields: [ideas.authorId], references: [users.id] }),
  department: one(departments, { fields: [ideas.departmentId], references: [departments.id] }),
  votes: many(ideaVotes),
  comments: many(ideaComments),
  statusChanges: many(ideaStatusChanges),
  feedbackLinks: many(ideaFeedback),
}));
export const ideaVotesRelations = relations(ideaVotes, ({ one }) => ({
  idea: one(ideas, { fields: [ideaVotes.ideaId], references: [ideas.id] }),
  user: one(users, { fields: [ideaVotes.userId], references: [users.id] }),
}));
export const ideaCommentsRelations = relations(ideaComments, ({ one }) => ({
  idea: one(ideas, { fields: [ideaComments.ideaId], references: [ideas.id] }),
  author: one(users, { fields: [ideaComments.authorId], references: [users.id] }),
}));
export const ideaStatusChangesRelations = relations(ideaStatusChanges, ({ one }) => ({
  idea: one(ideas, { fields: [ideaStatusChanges.ideaId], references: [ideas.id] }),
  changedBy: one(users, { fields: [ideaStatusChanges.changedById], references: [users.id] }),
}));
export const ideaFeedbackRelations = relations(ideaFeedback, ({ one }) => ({
  idea: one(ideas, { fields: [ideaFeedback.ideaId], references: [ideas.id] }),
  feedback: one(feedback, { fields: [ideaFeedback.feedbackId], references: [feedback.id] }),
}));
