// Exact pre-aggregates of feedback for the executive dashboard, so a trend never scans the raw table.
//
// One row per organisation-local day and combination of the dimensions a dashboard filters or
// segments by, kept at eight grains (PostgreSQL grouping sets): the day alone, the day by each single
// dimension, and the day by all of them. `grouping` is PostgreSQL's GROUPING(department_id, product_id,
// region, segment, channel, survey_id): a bit set means that dimension is summed over (see
// db/src/rollups.ts, ROLLUP_GRAINS). Every measure is a sum, so rows add and subtract exactly.
//
// Written only by the triggers of migration 0005 (in the transaction of every write to feedback or to
// a customer's region and segment) and by ensureRollups (a rebuild when the time zone changes).
import { bigint, boolean, date, index, pgTable, smallint, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { channelEnum } from './catalog';
import { segmentEnum } from './customers';
import { categoryEnum, feedback } from './feedback';

const sum = (name: string) => bigint(name, { mode: 'number' }).notNull().default(0);

export const feedbackRollup = pgTable(
  'feedback_rollup',
  {
    grouping: smallint('grouping').notNull(),
    // the day the feedback was received, in the organisation's time zone (rollup_state.time_zone)
    day: date('day', { mode: 'string' }).notNull(),
    departmentId: bigint('department_id', { mode: 'number' }),
    productId: bigint('product_id', { mode: 'number' }),
    region: text('region'),
    segment: segmentEnum('segment'),
    channel: channelEnum('channel'),
    surveyId: bigint('survey_id', { mode: 'number' }),
    volume: sum('volume'),
    promoters: sum('promoters'),
    passives: sum('passives'),
    detractors: sum('detractors'),
    csatN: sum('csat_n'),
    csatTop2: sum('csat_top2'),
    cesN: sum('ces_n'),
    cesSum: sum('ces_sum'),
    cesSumSq: sum('ces_sumsq'),
    cesAgree: sum('ces_agree'),
    // CLI over answers with all three loyalty scores: sums of (nps + repurchase + cross-buy) and its square
    cliN: sum('cli_n'),
    cliSum: sum('cli_sum'),
    cliSumSq: sum('cli_sumsq'),
    positive: sum('positive'),
    neutral: sum('neutral'),
    negative: sum('negative'),
  },
  // one key for the upserts; leading with (grouping, day) it also serves every read's range scan
  (t) => [unique('feedback_rollup_key').on(t.grouping, t.day, t.departmentId, t.productId, t.region, t.segment, t.channel, t.surveyId).nullsNotDistinct()],
);

// The time zone the rollup's days are in; no row while it has not been built (the triggers then do nothing).
export const rollupState = pgTable('rollup_state', {
  id: boolean('id').primaryKey().default(true),
  timeZone: text('time_zone').notNull(),
  builtAt: timestamp('built_at', { withTimezone: true }).notNull().defaultNow(),
});

// The narrow copy of the feedback an SLA policy could ever ask to follow up (a score, or a complaint or
// bug), with its first response: what FIRST_RESPONSE_HOURS and SLA_ATTAINMENT are computed from
// (api/src/modules/actions/response-times.ts, firstResponseFacts). A median needs every value, so no
// sum could hold it; a tenth of the raw row's width is what makes it quick. Kept by migration 0006's
// triggers on feedback and action_items, in the writing transaction.
export const followUpFacts = pgTable(
  'follow_up_facts',
  {
    feedbackId: bigint('feedback_id', { mode: 'number' }).primaryKey().references(() => feedback.id, { onDelete: 'cascade' }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    departmentId: bigint('department_id', { mode: 'number' }),
    productId: bigint('product_id', { mode: 'number' }),
    channel: channelEnum('channel').notNull(),
    customerId: bigint('customer_id', { mode: 'number' }),
    npsScore: smallint('nps_score'),
    csatScore: smallint('csat_score'),
    cesScore: smallint('ces_score'),
    category: categoryEnum('category').notNull(),
    // the earliest first response of its action items
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
  },
  (t) => [index('follow_up_facts_received_idx').on(t.receivedAt)],
);
