// What happens around the data: notifications to people, the audit log, imports and privacy requests.
import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { contacts } from './customers';
import { users } from './org';

export const notifications = pgTable(
  'notifications',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    userId: bigint('user_id', { mode: 'number' }).notNull().references(() => users.id, { onDelete: 'cascade' }),
    // what happened: IDEA_COMMENT, IDEA_STATUS, MENTION, ACTION_ASSIGNED, FEATURE_SHIPPED…
    type: text('type').notNull(),
    // what the portal needs to word and link it (ids, titles, actor), in no one language
    payload: jsonb('payload').notNull().default(sql`'{}'::jsonb`),
    readAt: timestamp('read_at', { withTimezone: true }),
    // the email outbox (escalations and digests, with SMTP_URL set): when the next try to send is due,
    // null when there is nothing (more) to send. A sender leases a row by moving this ahead.
    emailDueAt: timestamp('email_due_at', { withTimezone: true }),
    emailAttempts: integer('email_attempts').notNull().default(0),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_outbox_idx').on(t.emailDueAt).where(sql`email_due_at is not null`),
  ],
);

// The morning digests sent: one per LEAD and local day, whichever process runs the job, however often.
export const leadDigests = pgTable(
  'lead_digests',
  {
    userId: bigint('user_id', { mode: 'number' }).notNull().references(() => users.id, { onDelete: 'cascade' }),
    // the organisation's local date (CHORUS_TIME_ZONE) the digest is for
    day: date('day', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);

// Who saw or changed what. Append-only.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    actorId: bigint('actor_id', { mode: 'number' }).references(() => users.id),
    // SIGN_IN, VIEW_CONTACT, HIDE_IDEA, ERASE_CONTACT, INGEST…
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    detail: jsonb('detail').notNull().default(sql`'{}'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId), index('audit_log_created_idx').on(t.createdAt)],
);

export const jobStatusEnum = pgEnum('job_status', ['PENDING', 'RUNNING', 'DONE', 'FAILED']);

// A CSV import: its column mapping, progress and row-level error report.
export const importJobs = pgTable('import_jobs', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  createdById: bigint('created_by_id', { mode: 'number' }).references(() => users.id),
  filename: text('filename').notNull(),
  // CSV column → FeedbackInput field
  mapping: jsonb('mapping').notNull().default(sql`'{}'::jsonb`),
  status: jobStatusEnum('status').notNull().default('PENDING'),
  totalRows: integer('total_rows'),
  processedRows: integer('processed_rows').notNull().default(0),
  createdRows: integer('created_rows').notNull().default(0),
  duplicateRows: integer('duplicate_rows').notNull().default(0),
  // [{ row, field, message }]
  errors: jsonb('errors').notNull().default(sql`'[]'::jsonb`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

export const privacyRequestTypeEnum = pgEnum('privacy_request_type', ['EXPORT', 'ERASE']);

export const privacyRequests = pgTable('privacy_requests', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  type: privacyRequestTypeEnum('type').notNull(),
  contactId: bigint('contact_id', { mode: 'number' }).references(() => contacts.id),
  // the address the request was made for, kept so the request can be proved done after erasure
  subjectEmail: text('subject_email'),
  status: jobStatusEnum('status').notNull().default('PENDING'),
  requestedById: bigint('requested_by_id', { mode: 'number' }).references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  completedAt: timestamp('completed_at', { withTimezone: true }),
});
