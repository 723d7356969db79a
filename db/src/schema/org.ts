// People and access: departments, users, their sessions.
import { relations, sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['EMPLOYEE', 'LEAD', 'EXECUTIVE', 'ADMIN']);

const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity();

export const departments = pgTable('departments', {
  id: id(),
  name: text('name').notNull().unique(),
  // its LEADs manage feature requests (create, merge, change status): the product team
  ownsFeatureRequests: boolean('owns_feature_requests').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: roleEnum('role').notNull().default('EMPLOYEE'),
    departmentId: bigint('department_id', { mode: 'number' }).references(() => departments.id),
    // argon2id PHC string
    passwordHash: text('password_hash').notNull(),
    // preferred portal language (en, nb, sv); null follows the browser
    locale: text('locale'),
    // sign-in attempts reserved in the current lock period (each counted before its password is checked,
    // given back on success); at MAX_FAILURES the account locks until lockedUntil
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    // a disabled user cannot sign in; disabling ends their sessions for good (trigger in migration 0001)
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`),
    index('users_department_idx').on(t.departmentId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    // SHA-256 of the random token held in the cookie: a database leak reveals no usable token
    tokenHash: text('token_hash').primaryKey(),
    userId: bigint('user_id', { mode: 'number' }).notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // idle timeout counts from here
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    // absolute timeout
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

// Failed sign-ins per client address, so one address cannot try passwords across many accounts.
export const signInThrottle = pgTable('sign_in_throttle', {
  // the client's IP address as express sees it (CHORUS_TRUST_PROXY decides which hop)
  address: text('address').primaryKey(),
  failures: integer('failures').notNull().default(0),
  // failures are counted from here; a window that has passed starts again at zero
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
});

export const departmentsRelations = relations(departments, ({ many }) => ({ users: many(users) }));
export const usersRelations = relations(users, ({ one, many }) => ({
  department: one(departments, { fields: [users.departmentId], references: [departments.id] }),
  sessions: many(sessions),
}));
export const sessionsRelations = relations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
}));
