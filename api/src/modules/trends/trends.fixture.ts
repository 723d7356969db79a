// A company built for the trend recomputation test (trends.recompute.test.ts): thirteen Oslo quarters of
// feedback (2023 Q3 – 2026 Q3) drawn from a seeded generator, so the rows are the same on every run,
// plus a few weeks of recent feedback placed relative to "now" (the default range ends with the current
// period, and whether an unanswered item is past its SLA target depends on the clock).
//
// Written with plain SQL inserts through postgres.js; nothing here knows how the service computes.
import { maskedOrNull, MASK_VERSION } from '@chorus/db';
import type postgres from 'postgres';
import type { Scenario } from '../../testing/scenario';

export const OSLO = 'Europe/Oslo';
export const NEW_YORK = 'America/New_York';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** mulberry32: a small deterministic generator, so the data set is the same on every run */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const chance = (p: number) => next() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[], weights?: readonly number[]): T => {
    const w = weights ?? items.map(() => 1);
    let u = next() * w.reduce((s, x) => s + x, 0);
    for (let i = 0; i < items.length; i++) {
      u -= w[i];
      if (u < 0) return items[i];
    }
    return items[items.length - 1];
  };
  const gauss = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, chance, int, pick, gauss };
}

/** The offset of a time zone from UTC at an instant, in ms. */
function offsetAt(ms: number, tz: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(ms / 1000) * 1000;
}

/** The instant of a local wall-clock time in a time zone (not for times inside a DST gap). */
export function localTime(tz: string, year: number, month: number, day: number, hour = 0, minute = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - offsetAt(wall, tz);
  return wall - offsetAt(first, tz);
}

/** The local calendar date (YYYY-MM-DD) of an instant. */
function localDate(ms: number, tz: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
}

/** The thirteen fixed Oslo quarters, 2023 Q3 … 2026 Q3: [start, end) instants. */
export const QUARTERS = Array.from({ length: 13 }, (_, k) => {
  const index = 2 + k;
  const start = localTime(OSLO, 2023 + Math.floor(index / 4), (index % 4) * 3 + 1, 1);
  const nextIndex = index + 1;
  const end = localTime(OSLO, 2023 + Math.floor(nextIndex / 4), (nextIndex % 4) * 3 + 1, 1);
  return { start, end };
});

// Items drawn per quarter: busy quarters have well over 30 answers to each question, quiet ones
// (2023 Q3, 2024 Q1, 2024 Q4, 2025 Q3) fewer than 30 to most.
const PER_QUARTER = [35, 150, 20, 170, 140, 50, 180, 160, 24, 190, 150, 170, 130];
// how happy customers are each quarter (shifts every score), so that some changes are significant
const MOOD = [0, 0.6, -0.2, -0.6, 0.4, 0, 0.5, -0.5, 0, 0.3, -0.6, 0.5, 0.1];
// how slow the first contact is each quarter (scales the response delays)
const SLOWNESS = [1, 0.6, 1.2, 1.8, 0.7, 1, 0.5, 1.6, 1, 0.8, 2.2, 0.6, 1];
// the quarters with hardly any invitations sent: RESPONSE_RATE has n < 30 there
const QUIET_INVITATIONS = new Set([2, 8]);

const TEXTS = [
  { text: 'The invoice was wrong again', language: 'en', theme: 'Billing' },
  { text: 'Invoices arrive twice every month', language: 'en', theme: 'Billing' },
  { text: 'Fakturaen var feil denne gangen', language: 'nb', theme: 'Billing' },
  { text: 'Fakturan var fel', language: 'sv', theme: 'Billing' },
  { text: 'Delivery was late, the parcel came a week after', language: 'en', theme: 'Delivery delays' },
  { text: 'Leveringen var forsinket igjen', language: 'nb', theme: 'Delivery delays' },
  { text: 'Leveransen var försenad', language: 'sv', theme: 'Delivery delays' },
  { text: 'The app crashes when I log in', language: 'en', theme: 'App crashes' },
  { text: 'Appen krasjer hele tiden', language: 'nb', theme: 'App crashes' },
  { text: 'Friendly staff and quick help', language: 'en', theme: 'Friendly staff' },
  { text: 'Hyggelig personale i butikken', language: 'nb', theme: 'Friendly staff' },
  { text: 'Trevlig personal', language: 'sv', theme: 'Friendly staff' },
  { text: 'Too expensive compared to last year', language: 'en', theme: 'Pricing' },
  { text: 'For dyrt for oss', language: 'nb', theme: 'Pricing' },
] as const;

export interface TrendData {
  departments: { support: number; sales: number; product: number; logistics: number; legal: number };
  products: { app: number; freight: number; warehouse: number };
  themes: Record<'delivery' | 'billing' | 'crashes' | 'staff' | 'pricing', number>;
  surveys: { relationship: number; app: number; delivery: number; web: number };
  customers: { grense: number; klokke: number; nordlys: number };
  /** the policy added beside the two defaults: Support wants NPS 0–8 answered within 4 hours */
  supportPolicyId: number;
  feedbackCount: number;
}

type Row = Record<string, string | number | null>;

/**
 * Seeds the company into a harness database that already holds the scenario (departments Support, Sales
 * and Product, products Customer App and Freight, themes Delivery delays and Billing, users to sign in).
 * `now` places the recent part; the rest is fixed.
 */
export async function seedTrendData(sql: postgres.Sql, scenario: Scenario, now: number): Promise<TrendData> {
  const rng = generator(20231001);
  const id = (rows: readonly { id: unknown }[]) => Number(rows[0].id);

  const logistics = id(await sql`insert into departments (name) values ('Logistics') returning id`);
  // a department without feedback: it forms no series
  const legal = id(await sql`insert into departments (name) values ('Legal') returning id`);
  const warehouse = id(await sql`insert into products (name) values ('Warehouse') returning id`);
  const departments = { support: scenario.departments.support.id, sales: scenario.departments.sales.id, product: scenario.departments.product.id, logistics, legal };
  const products = { app: scenario.products.app.id, freight: scenario.products.freight.id, warehouse };

  const themeRows = await sql`insert into themes (name, keywords) values ('App crashes', '{}'), ('Friendly staff', '{}'), ('Pricing', '{}') returning id, name`;
  const themeId = (name: string) => Number(themeRows.find((t) => t.name === name)!.id);
  const themes = {
    delivery: scenario.themes.delivery.id, billing: scenario.themes.billing.id,
    crashes: themeId('App crashes'), staff: themeId('Friendly staff'), pricing: themeId('Pricing'),
  };
  const themeByName: Record<string, number> = {
    'Delivery delays': themes.delivery, Billing: themes.billing, 'App crashes': themes.crashes, 'Friendly staff': themes.staff, Pricing: themes.pricing,
  };

  const surveyRows = await sql`insert into surveys (name, type, channel, product_id) values
    ('Relationship NPS', 'RELATIONAL', 'SURVEY_EMAIL', null),
    ('App check-in', 'IN_THE_MOMENT', 'SURVEY_IN_APP', ${products.app}),
    ('Delivery follow-up', 'TRANSACTIONAL', 'SURVEY_SMS', ${products.freight}),
    ('Web pulse', 'TRANSACTIONAL', 'SURVEY_WEB', ${products.warehouse})
    returning id, name, channel, product_id`;
  const survey = (name: string) => surveyRows.find((s) => s.name === name)!;
  const surveys = {
    relationship: Number(survey('Relationship NPS').id), app: Number(survey('App check-in').id),
    delivery: Number(survey('Delivery follow-up').id), web: Number(survey('Web pulse').id),
  };
  const surveyList = [
    { id: surveys.relationship, channel: 'SURVEY_EMAIL', productId: null as number | null, weight: 4 },
    { id: surveys.app, channel: 'SURVEY_IN_APP', productId: products.app, weight: 3 },
    { id: surveys.delivery, channel: 'SURVEY_SMS', productId: products.freight, weight: 3 },
    { id: surveys.web, channel: 'SURVEY_WEB', productId: products.warehouse, weight: 1 },
  ];

  const customerRows = await sql`insert into customers (external_id, name, segment, region) values
    ('T-1', 'Nordlys ASA', 'ENTERPRISE', 'Bergen'),
    ('T-2', 'Kobber ApS', 'MID_MARKET', 'Copenhagen'),
    ('T-3', 'Sisu Oy', 'MID_MARKET', 'Helsinki'),
    ('T-4', 'Vind AS', 'SMB', 'Oslo'),
    ('T-5', 'Skog AB', 'MID_MARKET', 'Stockholm'),
    ('T-6', 'Hav AS', 'SMB', 'Bergen'),
    ('T-7', 'Ljus AB', 'ENTERPRISE', 'Stockholm'),
    ('T-8', 'Bro ApS', 'SMB', 'Copenhagen'),
    ('T-9', 'Grense AS', 'MID_MARKET', 'Bodo'),
    ('T-10', 'Klokke AS', 'SMB', 'Oslo')
    returning id, external_id`;
  const customer = (ext: string) => Number(customerRows.find((c) => c.external_id === ext)!.id);
  const customers = { grense: customer('T-9'), klokke: customer('T-10'), nordlys: customer('T-1') };
  // the random items' customers (Grense and Klokke are kept for the hand-placed items)
  const drawnCustomers = [scenario.customers.acme.id, scenario.customers.fjord.id, ...['T-1', 'T-2', 'T-3', 'T-4', 'T-5', 'T-6', 'T-7', 'T-8'].map(customer)];
  const customerWeights = [9, 6, 8, 5, 3, 7, 4, 6, 2, 3];

  // Support wants its customers' NPS 0–8 answered within 4 hours (beside the defaults: 24 h for the
  // unhappy, 72 h for the rest): NPS 7–8 in Support then needs follow-up too
  const supportPolicyId = id(await sql`insert into sla_policies (name, rank, department_id, max_nps, target_hours)
    values ('Support cares', 0, ${departments.support}, 8, 4) returning id`);

  const feedbackRows: Row[] = [];
  const themeLinks: { key: string; themeId: number }[] = [];
  const actionRows: (Row & { key: string })[] = [];
  let serial = 0;

  interface Draw {
    source: string;
    receivedAt: number;
    quarter: number; // index into MOOD etc., clamped
    customerId?: number | null;
    departmentId?: number | null;
    scores?: { nps?: number | null; csat?: number | null; ces?: number | null; repurchase?: number | null; crossBuy?: number | null };
    category?: string;
    respond?: 'random' | 'never' | number; // hours to the first response
    surveyId?: number | null;
  }

  const clampInt = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

  function addItem(d: Draw): string {
    const key = `${d.source}-${++serial}`;
    const q = Math.max(0, Math.min(MOOD.length - 1, d.quarter));
    const mood = MOOD[q];
    const s = d.surveyId !== undefined
      ? surveyList.find((x) => x.id === d.surveyId) ?? null
      : rng.chance(0.55) ? rng.pick(surveyList, surveyList.map((x) => x.weight)) : null;
    const departmentId = d.departmentId !== undefined ? d.departmentId
      : rng.pick([departments.support, departments.sales, departments.product, departments.logistics, null], [35, 20, 15, 20, 10]);
    const deptShift = departmentId === departments.support ? -0.3 : departmentId === departments.sales ? 0.25 : 0;
    const m = mood + deptShift;
    let nps: number | null = null;
    let csat: number | null = null;
    let ces: number | null = null;
    let repurchase: number | null = null;
    let crossBuy: number | null = null;
    if (d.scores) {
      ({ nps = null, csat = null, ces = null, repurchase = null, crossBuy = null } = d.scores);
    } else if (s) {
      if (rng.chance(0.7)) {
        const group = rng.pick(['P', 'N', 'D'], [0.45 + 0.15 * m, 0.3, 0.25 - 0.1 * m]);
        nps = group === 'P' ? rng.int(9, 10) : group === 'N' ? rng.int(7, 8) : rng.int(0, 6);
        if (rng.chance(0.6)) {
          repurchase = clampInt(nps + rng.gauss() * 2, 0, 10);
          crossBuy = clampInt(nps - 1 + rng.gauss() * 2.5, 0, 10);
        } else if (rng.chance(0.2)) {
          repurchase = clampInt(nps + rng.gauss() * 2, 0, 10); // half an answer: no CLI
        }
      }
      if (rng.chance(0.4)) csat = rng.chance(0.7 + 0.15 * m) ? rng.int(4, 5) : rng.int(1, 3);
      if (rng.chance(0.45)) ces = clampInt(4.6 + m * 1.2 + rng.gauss() * 1.6, 1, 7);
    } else if (rng.chance(0.3)) {
      csat = rng.chance(0.65 + 0.15 * m) ? rng.int(4, 5) : rng.int(1, 3);
    }
    const category = d.category ?? rng.pick(['PRAISE', 'COMPLAINT', 'BUG', 'FEATURE_REQUEST', 'QUESTION', 'OTHER'], [20, 13, 7, 12, 20, 28]);
    const channel = s ? s.channel : rng.pick(['SUPPORT_TICKET', 'REVIEW', 'SOCIAL', 'PHONE_INTERVIEW', 'COMMUNITY', 'USAGE'], [35, 20, 10, 15, 10, 10]);
    const kind = s ? 'DIRECT' : channel === 'USAGE' ? 'DERIVED' : 'INDIRECT';
    // a survey's answers are mostly about its product, but not always (RESPONSE_RATE goes by the survey's)
    const productId = s && s.productId !== null && rng.chance(0.85) ? s.productId
      : rng.pick([products.app, products.freight, products.warehouse, null], [4, 4, 2, 3]);
    const customerId = d.customerId !== undefined ? d.customerId : rng.chance(0.9) ? rng.pick(drawnCustomers, customerWeights) : null;
    // the themes' mix drifts: pricing complaints grow towards the end, delivery ones fade
    const late = q >= 12 ? 1 : 0;
    const textChoice = rng.chance(0.75)
      ? rng.pick(TEXTS, TEXTS.map((t) => (t.theme === 'Pricing' ? 1 + 3 * late : t.theme === 'Delivery delays' ? 2 - late : 1)))
      : null;
    const unhappy = (nps !== null && nps <= 6) || (csat !== null && csat <= 2) || (ces !== null && ces <= 3);
    const sentiment = rng.chance(0.1) ? null
      : unhappy ? (rng.chance(0.8) ? 'NEGATIVE' : rng.pick(['NEUTRAL', 'POSITIVE']))
      : nps !== null && nps >= 9 ? (rng.chance(0.8) ? 'POSITIVE' : rng.pick(['NEUTRAL', 'NEGATIVE']))
      : rng.pick(['POSITIVE', 'NEUTRAL', 'NEGATIVE'], [3, 4, 3]);
    feedbackRows.push({
      source: d.source, external_id: key, received_at: new Date(d.receivedAt).toISOString(), channel, kind, category,
      customer_id: customerId, product_id: productId, survey_id: s ? s.id : null, department_id: departmentId,
      nps_score: nps, csat_score: csat, ces_score: ces, repurchase_score: repurchase, cross_buy_score: crossBuy,
      text: textChoice?.text ?? null, text_masked: maskedOrNull(textChoice?.text ?? null), text_mask_version: MASK_VERSION,
      language: textChoice?.language ?? null, sentiment,
      loop_status: rng.pick(['OPEN', 'IN_PROGRESS', 'CLOSED', 'NOT_NEEDED']),
    });
    if (textChoice && rng.chance(0.9)) themeLinks.push({ key, themeId: themeByName[textChoice.theme] });
    if (rng.chance(textChoice ? 0.1 : 0.15)) {
      const extra = rng.pick(Object.values(themes));
      if (!themeLinks.some((l) => l.key === key && l.themeId === extra)) themeLinks.push({ key, themeId: extra });
    }

    // action items: most feedback that looks like it needs a follow-up gets one or two, a little happy
    // feedback gets one too (it must not count); some are never answered
    const looksUnhappy = unhappy || category === 'COMPLAINT' || category === 'BUG' || (departmentId === departments.support && nps !== null && nps <= 8);
    const wantsItems = d.respond !== undefined ? true : looksUnhappy ? rng.chance(0.85) : rng.chance(0.05);
    if (wantsItems) {
      const count = d.respond !== undefined ? 1 : rng.chance(0.2) ? 2 : 1;
      for (let i = 0; i < count; i++) {
        let delayMinutes: number | null;
        if (d.respond === 'never') delayMinutes = null;
        else if (typeof d.respond === 'number') delayMinutes = Math.round(d.respond * 60);
        else if (rng.chance(0.2)) delayMinutes = null;
        else {
          const bucket = rng.pick([[0.05, 20], [20, 80], [80, 300]] as const, [60, 25, 15]);
          const hours = (bucket[0] + rng.next() * (bucket[1] - bucket[0])) * SLOWNESS[q];
          delayMinutes = Math.max(2, Math.round(hours * 60));
          // never exactly on a target (4, 24 or 72 hours): "within" is then beyond doubt
          if (delayMinutes % 60 === 0 && [4, 24, 72].includes(delayMinutes / 60)) delayMinutes += 7;
        }
        let firstResponse = delayMinutes === null ? null : d.receivedAt + delayMinutes * MINUTE;
        // nobody answers from the future
        if (firstResponse !== null && firstResponse > now - MINUTE) firstResponse = null;
        const status = firstResponse === null ? 'OPEN' : rng.chance(0.5) ? 'DONE' : 'IN_PROGRESS';
        actionRows.push({
          key, title: 'Call the customer', department_id: departmentId, status,
          created_at: new Date(d.receivedAt + MINUTE).toISOString(),
          updated_at: new Date(d.receivedAt + MINUTE).toISOString(),
          first_response_at: firstResponse === null ? null : new Date(firstResponse).toISOString(),
          resolved_at: status === 'DONE' ? new Date(firstResponse! + rng.int(1, 96) * HOUR).toISOString() : null,
        });
      }
    }
    return key;
  }

  // the fixed part: random instants inside each quarter
  QUARTERS.forEach(({ start, end }, q) => {
    for (let i = 0; i < PER_QUARTER[q]; i++) {
      const receivedAt = start + Math.floor((rng.next() * (end - start)) / MINUTE) * MINUTE;
      addItem({ source: 'fixed', receivedAt, quarter: q });
    }
  });
  // Grense AS answers at 00:30 on the first day of every quarter (it belongs to the new quarter) and at
  // 23:30 on its last day, Oslo time
  QUARTERS.forEach(({ start, end }, q) => {
    addItem({ source: 'edge', receivedAt: start + 30 * MINUTE, quarter: q, customerId: customers.grense, surveyId: surveys.relationship });
    addItem({ source: 'edge', receivedAt: end - 30 * MINUTE, quarter: q, customerId: customers.grense, surveyId: surveys.relationship });
  });
  // one item inside each end day of the test's window before 11:00 (15 August 2023 and 10 September 2026,
  // Oslo): cut at 11:00 the first counts and the last does not, on midnights the other way round
  addItem({ source: 'cut', receivedAt: localTime(OSLO, 2023, 8, 15, 5), quarter: 0 });
  addItem({ source: 'cut', receivedAt: localTime(OSLO, 2026, 9, 10, 8), quarter: 12 });
  // the recent part: random items four to eighty days old (past every target when unanswered)
  for (let i = 0; i < 120; i++) {
    const receivedAt = now - 4 * DAY - HOUR - Math.floor((rng.next() * 76 * DAY) / MINUTE) * MINUTE;
    addItem({ source: 'recent', receivedAt, quarter: MOOD.length - 1 });
  }
  // Klokke AS's hand-placed follow-ups, each at least two hours from its deadline
  const ago = (hours: number) => now - hours * HOUR;
  const sla: Draw[] = [
    // Support, NPS 7: 4 h target, unanswered after 2 h: inside its target, not decided
    { source: 'sla', receivedAt: ago(2), quarter: 99, departmentId: departments.support, scores: { nps: 7 }, category: 'OTHER', respond: 'never' },
    // Support, NPS 8, unanswered after 12 h: missed
    { source: 'sla', receivedAt: ago(12), quarter: 99, departmentId: departments.support, scores: { nps: 8 }, category: 'OTHER', respond: 'never' },
    // Sales detractor, unanswered after 12 h: inside 24 h
    { source: 'sla', receivedAt: ago(12), quarter: 99, departmentId: departments.sales, scores: { nps: 3 }, category: 'OTHER', respond: 'never' },
    // Sales CSAT 1, unanswered after 40 h: missed
    { source: 'sla', receivedAt: ago(40), quarter: 99, departmentId: departments.sales, scores: { csat: 1 }, category: 'OTHER', respond: 'never' },
    // a promoter's complaint in Logistics, unanswered after 50 h: inside 72 h
    { source: 'sla', receivedAt: ago(50), quarter: 99, departmentId: departments.logistics, scores: { nps: 9 }, category: 'COMPLAINT', respond: 'never' },
    // a bug report in Product, unanswered after 100 h: missed
    { source: 'sla', receivedAt: ago(100), quarter: 99, departmentId: departments.product, scores: {}, category: 'BUG', respond: 'never' },
    // Support detractor answered after 3 h: within 4 h
    { source: 'sla', receivedAt: ago(40), quarter: 99, departmentId: departments.support, scores: { nps: 2 }, category: 'OTHER', respond: 3 },
    // Sales CES 2 answered after 30 h: missed 24 h
    { source: 'sla', receivedAt: ago(50), quarter: 99, departmentId: departments.sales, scores: { ces: 2 }, category: 'OTHER', respond: 30 },
    // Logistics complaint answered after 10 h: within 72 h
    { source: 'sla', receivedAt: ago(12), quarter: 99, departmentId: departments.logistics, scores: { csat: 4 }, category: 'COMPLAINT', respond: 10 },
    // a Sales promoter's praise with an answered action item: needs no follow-up, counts nowhere
    { source: 'sla', receivedAt: ago(30), quarter: 99, departmentId: departments.sales, scores: { nps: 10 }, category: 'PRAISE', respond: 1 },
  ];
  for (const d of sla) addItem({ ...d, customerId: customers.klokke });

  const FEEDBACK_COLUMNS = [
    'source', 'external_id', 'received_at', 'channel', 'kind', 'category', 'customer_id', 'product_id', 'survey_id', 'department_id',
    'nps_score', 'csat_score', 'ces_score', 'repurchase_score', 'cross_buy_score', 'text', 'text_masked', 'text_mask_version',
    'language', 'sentiment', 'loop_status',
  ] as const;
  const idByKey = new Map<string, number>();
  for (let i = 0; i < feedbackRows.length; i += 500) {
    const chunk = feedbackRows.slice(i, i + 500);
    const inserted = await sql`insert into feedback ${sql(chunk, ...FEEDBACK_COLUMNS)} returning id, external_id`;
    for (const r of inserted) idByKey.set(r.external_id as string, Number(r.id));
  }
  const links = themeLinks.map((l) => ({ feedback_id: idByKey.get(l.key)!, theme_id: l.themeId }));
  for (let i = 0; i < links.length; i += 1000) await sql`insert into feedback_themes ${sql(links.slice(i, i + 1000), 'feedback_id', 'theme_id')}`;
  const actions: Row[] = actionRows.map(({ key, ...row }) => ({ ...row, feedback_id: idByKey.get(key)! }));
  const ACTION_COLUMNS = ['title', 'feedback_id', 'department_id', 'status', 'created_at', 'updated_at', 'first_response_at', 'resolved_at'] as const;
  for (let i = 0; i < actions.length; i += 500) await sql`insert into action_items ${sql(actions.slice(i, i + 500), ...ACTION_COLUMNS)}`;

  // invitations: every Oslo day of the fixed span and of the recent weeks, per survey (none on some days);
  // in the quiet quarters only the relationship survey sends, on its first three days
  const invitations = new Map<string, { survey_id: number; sent_on: string; count: number }>();
  const invite = (surveyId: number, day: string, count: number) => {
    if (count <= 0) return;
    const k = `${surveyId} ${day}`;
    const prior = invitations.get(k);
    if (prior) prior.count += count;
    else invitations.set(k, { survey_id: surveyId, sent_on: day, count });
  };
  const days = (from: number, to: number) => {
    const out: string[] = [];
    for (let t = from + 12 * HOUR; t < to; t += DAY) {
      const day = localDate(t, OSLO);
      if (out[out.length - 1] !== day) out.push(day);
    }
    return out;
  };
  QUARTERS.forEach(({ start, end }, q) => {
    for (const [i, day] of days(start, end).entries()) {
      if (QUIET_INVITATIONS.has(q)) {
        if (i < 3) invite(surveys.relationship, day, 6);
        continue;
      }
      for (const s of surveyList) {
        if (s.id === surveys.web && q < 3) continue; // the web pulse starts in 2024 Q2
        invite(s.id, day, rng.int(0, s.weight === 1 ? 1 : 2));
      }
    }
  });
  for (const day of days(now - 82 * DAY, now)) for (const s of surveyList) invite(s.id, day, rng.int(0, 2));
  const invitationRows = [...invitations.values()];
  for (let i = 0; i < invitationRows.length; i += 1000) {
    await sql`insert into survey_invitations ${sql(invitationRows.slice(i, i + 1000), 'survey_id', 'sent_on', 'count')}`;
  }

  return { departments, products, themes, surveys, customers, supportPolicyId, feedbackCount: feedbackRows.length };
}
