// Feedback: every survey answer, ticket, review, post and usage signal, in one model; its themes and
// the comments colleagues leave on it.
import { relations, sql } from 'drizzle-orm';
import {
  bigint, boolean, customType, index, pgEnum, pgTable, primaryKey, real, smallint, text, timestamp, unique, check,
} from 'drizzle-orm/pg-core';
import { channelEnum, products, surveys } from './catalog';
import { contacts, customers } from './customers';
import { departments, users } from './org';

export const feedbackKindEnum = pgEnum('feedback_kind', ['DIRECT', 'INDIRECT', 'DERIVED']);
export const categoryEnum = pgEnum('category', ['PRAISE', 'COMPLAINT', 'BUG', 'FEATURE_REQUEST', 'QUESTION', 'OTHER']);
export const sentimentEnum = pgEnum('sentiment', ['POSITIVE', 'NEUTRAL', 'NEGATIVE']);
export const loopStatusEnum = pgEnum('loop_status', ['OPEN', 'IN_PROGRESS', 'CLOSED', 'NOT_NEEDED']);
export const npsGroupEnum = pgEnum('nps_group', ['PROMOTER', 'PASSIVE', 'DETRACTOR']);

export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The text search configuration for a language code: PostgreSQL's own stemmers for the three
 * languages Chorus speaks; anything else is indexed word for word. Used by the generated search
 * documents of feedback and ideas (the API's searches parse with all three, as text may be in any).
 */
export const searchConfigSql = (language: unknown) => sql`(case ${language}
  when 'en' then 'english'::regconfig when 'nb' then 'norwegian'::regconfig
  when 'no' then 'norwegian'::regconfig when 'sv' then 'swedish'::regconfig
  else 'simple'::regconfig end)`;

export const feedback = pgTable(
  'feedback',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    // the system it came from ("qualtrics", "zendesk", "csv:2026-q3.csv"); with externalId the idempotency key
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    channel: channelEnum('channel').notNull(),
    kind: feedbackKindEnum('kind').notNull(),
    category: categoryEnum('category').notNull().default('OTHER'),
    customerId: bigint('customer_id', { mode: 'number' }).references(() => customers.id),
    contactId: bigint('contact_id', { mode: 'number' }).references(() => contacts.id),
    productId: bigint('product_id', { mode: 'number' }).references(() => products.id),
    surveyId: bigint('survey_id', { mode: 'number' }).references(() => surveys.id),
    // the department the feedback is routed to; its LEAD may see the contact
    departmentId: bigint('department_id', { mode: 'number' }).references(() => departments.id),
    npsScore: smallint('nps_score'),
    csatScore: smallint('csat_score'),
    cesScore: smallint('ces_score'),
    // loyalty answers (0–10) that with npsScore make the CLI
    repurchaseScore: smallint('repurchase_score'),
    crossBuyScore: smallint('cross_buy_score'),
    text: text('text'),
    // ISO 639-1, detected on arrival when the source does not say
    language: text('language'),
    sentiment: sentimentEnum('sentiment'),
    loopStatus: loopStatusEnum('loop_status').notNull().default('NOT_NEEDED'),
    npsGroup: npsGroupEnum('nps_group').generatedAlwaysAs(
      sql`case when nps_score >= 9 then 'PROMOTER'::nps_group when nps_score >= 7 then 'PASSIVE'::nps_group
        when nps_score >= 0 then 'DETRACTOR'::nps_group end`,
    ),
    // the contract's SCORE sort: NPS, else CSAT, else CES, scaled to 0–10
    score10: real('score10').generatedAlwaysAs(
      sql`coalesce(nps_score::real, (csat_score - 1) * 2.5, (ces_score - 1) * 10.0 / 6)`,
    ),
    // The verbatim as viewers who may not see the contact read it: emails and phone numbers replaced
    // by placeholders. Computed when the text is written, by the one masker (db/src/derived/mask.ts),
    // and recomputed at start-up for rows older than its MASK_VERSION.
    textMasked: text('text_masked'),
    // the MASK_VERSION textMasked was computed with
    textMaskVersion: smallint('text_mask_version').notNull().default(0),
    // Full-text document, stemmed with the feedback's own language, built from the masked text (with
    // its placeholders dropped): what a viewer cannot see cannot be searched for, and searching for an
    // email or phone number cannot tell anyone which feedback holds it.
    searchDoc: tsvector('search_doc').generatedAlwaysAs(
      sql`to_tsvector(${searchConfigSql(sql.raw('language'))},
        replace(replace(coalesce(text_masked, ''), '[email hidden]', ' '), '[phone hidden]', ' '))`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('feedback_source_external_id_key').on(t.source, t.externalId),
    check('feedback_nps_range', sql`nps_score between 0 and 10`),
    check('feedback_csat_range', sql`csat_score between 1 and 5`),
    check('feedback_ces_range', sql`ces_score between 1 and 7`),
    check('feedback_repurchase_range', sql`repurchase_score between 0 and 10`),
    check('feedback_cross_buy_range', sql`cross_buy_score between 0 and 10`),
    // no verbatim without its masked form (added NOT VALID: rows from before are filled at start-up)
    check('feedback_text_masked', sql`(text is null) = (text_masked is null)`),
    // The default order and keyset paging: newest first, id breaks ties. Ascending on purpose: read
    // backwards it serves ORDER BY … DESC, whereas a DESC index here would be DESC NULLS LAST, which
    // PostgreSQL cannot use for a plain DESC.
    index('feedback_received_idx').on(t.receivedAt, t.id),
    index('feedback_department_idx').on(t.departmentId, t.receivedAt, t.id),
    index('feedback_product_idx').on(t.productId, t.receivedAt, t.id),
    index('feedback_customer_idx').on(t.customerId, t.receivedAt, t.id),
    // a contact's answers in time order: their history
    index('feedback_contact_received_idx').on(t.contactId, t.receivedAt, t.id),
    // a detractor's next NPS answer from the same contact (the recovery rate), found in the index alone
    index('feedback_contact_nps_idx').on(t.contactId, t.receivedAt, t.id, t.npsScore).where(sql`nps_score is not null`),
    index('feedback_survey_idx').on(t.surveyId),
    index('feedback_channel_idx').on(t.channel, t.receivedAt, t.id),
    index('feedback_category_idx').on(t.category, t.receivedAt, t.id),
    index('feedback_kind_idx').on(t.kind),
    index('feedback_nps_group_idx').on(t.npsGroup),
    index('feedback_sentiment_idx').on(t.sentiment),
    index('feedback_loop_status_idx').on(t.loopStatus, t.receivedAt, t.id),
    // the SCORE sort, unscored items last in either direction, exactly as the API orders them
    index('feedback_score_desc_idx').on(sql`coalesce(${t.score10}, -1)`, t.id),
    index('feedback_score_asc_idx').on(sql`coalesce(${t.score10}, 11)`, t.id),
    index('feedback_search_idx').using('gin', t.searchDoc),
  ],
);

export const themes = pgTable('themes', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  name: text('name').notNull().unique(),
  // lower-case word stems in any of the three languages that tag feedback with this theme on arrival
  keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const feedbackThemes = pgTable(
  'feedback_themes',
  {
    feedbackId: bigint('feedback_id', { mode: 'number' }).notNull().references(() => feedback.id, { onDelete: 'cascade' }),
    themeId: bigint('theme_id', { mode: 'number' }).notNull().references(() => themes.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.feedbackId, t.themeId] }), index('feedback_themes_theme_idx').on(t.themeId, t.feedbackId)],
);

export const feedbackComments = pgTable(
  'feedback_comments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    feedbackId: bigint('feedback_id', { mode: 'number' }).notNull().references(() => feedback.id, { onDelete: 'cascade' }),
    authorId: bigint('author_id', { mode: 'number' }).notNull().references(() => users.id),
    // markdown; @mentions notify the colleague named
    body: text('body').notNull(),
    // body rendered and sanitised when written (db/src/derived/markdown.ts), never per read
    bodyHtml: text('body_html'),
    // the RENDER_VERSION bodyHtml was rendered with; older ones are re-rendered at start-up
    htmlVersion: smallint('html_version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('feedback_comments_feedback_idx').on(t.feedbackId, t.createdAt),
    check('feedback_comments_body_html', sql`body_html is not null`),
  ],
);

// A named filter of the feedback hub; shared views are visible to everyone.
export const savedViews = pgTable(
  'saved_views',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    ownerId: bigint('owner_id', { mode: 'number' }).notNull().references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    // a FeedbackFilter as the API takes it
    filter: text('filter').notNull(),
    shared: boolean('shared').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('saved_views_owner_idx').on(t.ownerId)],
);

export const feedbackRelations = relations(feedback, ({ one, many }) => ({
  customer: one(customers, { fields: [feedback.customerId], references: [customers.id] }),
  contact: one(contacts, { fields: [feedback.contactId], references: [contacts.id] }),
  product: one(products, { fields: [feedback.productId], references: [products.id] }),
  survey: one(surveys, { fields: [feedback.surveyId], references: [surveys.id] }),
  department: one(departments, { fields: [feedback.departmentId], references: [departments.id] }),
  themes: many(feedbackThemes),
  comments: many(feedbackComments),
}));
export const feedbackThemesRelations = relations(feedbackThemes, ({ one }) => ({
  feedback: one(feedback, { fields: [feedbackThemes.feedbackId], references: [feedback.id] }),
  theme: one(themes, { fields: [feedbackThemes.themeId], references: [themes.id] }),
}));
export const feedbackCommentsRelations = relations(feedbackComments, ({ one }) => ({
  feedback: one(feedback, { fields: [feedbackComments.feedbackId], references: [feedback.id] }),
  author: one(users, { fields: [feedbackComments.authorId], references: [users.id] }),
}));
