// The demo-data generator: a whole Voice-of-the-Customer programme for "Nordfrakt" (see story.ts),
// deterministic for a given seed and `now`, and able to fill millions of feedback items.
import type { DbHandle } from '../client';
import { hashPassword } from '../password';
import { DEMO_PASSWORD } from './catalog';
import { seedFeatureRequestOutcomes, type FeatureRequestStats } from './feature-request-phase';
import { seedFeedback, type FeedbackStats } from './feedback-phase';
import { seedIdeas, type IdeaStats } from './ideas';
import type { SeedContext } from './model';
import { CUSTOMER_COUNT, seedReference } from './reference';
import { buildCalendar, timeZone } from './time';
import { ensureRollups } from '../rollups';

export { DEMO_PASSWORD } from './catalog';

export interface SeedOptions {
  /** the same seed and `now` give the same data; default 1 */
  seed?: number;
  /** how many feedback items; default 24,000 */
  feedback?: number;
  /** the moment the demo is "today"; default the start of today (UTC) */
  now?: Date;
  /** the organisation's time zone (CHORUS_TIME_ZONE): its days, quarters and office hours; default Europe/Oslo */
  timeZone?: string;
  onProgress?: (done: number, total: number, phase: string) => void;
}

export interface SeedSummary {
  seed: number;
  now: string;
  /** first and last day of the window (local dates) */
  from: string;
  to: string;
  users: number;
  customers: number;
  contacts: number;
  featureRequests: number;
  feedback: FeedbackStats['feedback'];
  counts: Omit<FeedbackStats, 'dayFirstId' | 'nextNotificationId' | 'feedback'> & IdeaStats & Omit<FeatureRequestStats, 'featureRequestNotifications'> & {
    /** duplicates merged into another request */
    mergedFeatureRequests: number;
  };
  durationMs: number;
}

export const DEFAULT_FEEDBACK = 24_000;
export const DEFAULT_SEED = 1;

/** Tables whose ids the seeder assigns itself; their identity sequences are moved past them. */
const IDENTITY_TABLES = [
  'departments', 'users', 'customers', 'contacts', 'products', 'surveys', 'themes', 'sla_policies', 'feedback',
  'feedback_comments', 'saved_views', 'action_items', 'follow_ups', 'feature_requests', 'feature_request_status_changes',
  'ideas', 'idea_comments', 'idea_status_changes', 'notifications',
];

export function startOfTodayUtc(): Date {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** True when nobody has signed up and nothing has been said: the only state the demo is seeded into. */
export async function isDatabaseEmpty(handle: DbHandle): Promise<boolean> {
  const [row] = await handle.sql<{ empty: boolean }[]>`
    select not exists (select 1 from users) and not exists (select 1 from feedback) as empty`;
  return row.empty;
}

/** Empties every table of the application (the migrations' own bookkeeping lives in schema drizzle). */
async function emptyDatabase(handle: DbHandle): Promise<void> {
  const tables = await handle.sql<{ name: string }[]>`select tablename as name from pg_tables where schemaname = 'public'`;
  if (tables.length) await handle.sql.unsafe(`truncate ${tables.map((t) => `"${t.name}"`).join(', ')} restart identity cascade`);
}

export async function seedDemo(handle: DbHandle, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = Date.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const total = options.feedback ?? DEFAULT_FEEDBACK;
  if (!Number.isInteger(total) || total < 0) throw new Error(`feedback must be a whole number ≥ 0, got ${total}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number, got ${seed}`);
  if (!(await isDatabaseEmpty(handle))) throw new Error('the database already has users or feedback; the demo is only seeded into an empty one');
  const now = options.now ?? startOfTodayUtc();
  const calendar = buildCalendar(now, 8, timeZone(options.timeZone));
  const ctx: SeedContext = {
    db: handle.db,
    sql: handle.sql,
    seed,
    calendar,
    // hashed once: argon2id is deliberately slow, and every demo user shares the password
    passwordHash: await hashPassword(DEMO_PASSWORD),
    parallel: (handle.sql.options.max ?? 1) >= 2,
    progress: options.onProgress ?? (() => {}),
  };

  let refs, feedback, ideas, outcomes;
  try {
    refs = await seedReference(ctx);
    feedback = await seedFeedback(ctx, refs, total);
    ctx.progress(0, 1, 'Ideas forum');
    ideas = await seedIdeas(ctx, refs, feedback);
    ctx.progress(1, 1, 'Ideas forum');
    ctx.progress(0, 1, 'Feature requests');
    outcomes = await seedFeatureRequestOutcomes(ctx, refs);
    ctx.progress(1, 1, 'Feature requests');
  } catch (error) {
    // The COPYs run on several connections, so no one transaction can undo a failure. The database
    // was empty before, so emptying it again leaves nothing half-written (and the next start re-seeds).
    await emptyDatabase(handle).catch(() => {});
    throw error;
  }

  ctx.progress(0, IDENTITY_TABLES.length + 1, 'Finishing');
  for (const [i, table] of IDENTITY_TABLES.entries()) {
    await handle.sql.unsafe(`select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`);
    ctx.progress(i + 1, IDENTITY_TABLES.length + 1, 'Finishing');
  }
  // the dashboard's rollup, in the organisation's days, from the rows just written
  await ensureRollups(handle, options.timeZone ?? 'Europe/Oslo');
  // fresh statistics, so the first dashboard query after seeding gets a good plan, and a visibility
  // map, so index-only scans (the recovery rate's next answer) need not visit the table until
  // autovacuum would have come by
  await handle.sql.unsafe('vacuum (analyze)');
  ctx.progress(IDENTITY_TABLES.length + 1, IDENTITY_TABLES.length + 1, 'Finishing');

  const { feedbackThemes, actionItems, followUps, featureRequestLinks, feedbackComments, notifications, recoveries, surveyInvitations } = feedback;
  return {
    seed,
    now: now.toISOString(),
    from: calendar.days[0].key,
    to: calendar.days[calendar.days.length - 1].key,
    users: refs.users.length,
    customers: CUSTOMER_COUNT,
    contacts: refs.customers.reduce((n, c) => n + c.contacts.length, 0),
    featureRequests: refs.featureRequests.length,
    feedback: feedback.feedback,
    counts: {
      feedbackThemes, featureRequestLinks, feedbackComments, recoveries, surveyInvitations,
      // every action item on feedback and every follow-up, the shipped requests' "tell the customers" ones included
      actionItems: actionItems + outcomes.customerFollowUpItems, followUps: followUps + outcomes.customerFollowUps,
      ...ideas, notifications: notifications + ideas.notifications + outcomes.featureRequestNotifications,
      customerFollowUpItems: outcomes.customerFollowUpItems, customerFollowUps: outcomes.customerFollowUps,
      mergedFeatureRequests: refs.featureRequests.filter((f) => f.mergedAt !== null).length,
    },
    durationMs: Date.now() - started,
  };
}
