// ingestFeedback: validates each row, creates the customers, contacts, products and surveys it has not
// seen, enriches the feedback and stores it once per (source, externalId), all in one transaction.
import type postgres from 'postgres';
import type { Context } from '../../context';
import { authorize } from '../../shared/auth';
import { badInput } from '../../shared/errors';
import type { Category, FeedbackKind, Sentiment } from '../feedback/feedback.type';
import {
  categoryOf, departmentFor, kindOf, loopStatusOf, sentimentOf, themesOf, type ThemeKeywords,
} from './enrich';
import { MASK_VERSION, maskedOrNull, type SlaPolicyRule } from '@chorus/db';
import { detectLanguage } from '../../shared/language';
import type { FeedbackInput, IngestRejection, IngestResult } from './ingest.inputs';
import { validateRow } from './ingest.validate';
import { mayIngest } from './ingest.policy';

export const MAX_BATCH = 5000;

type Tx = postgres.TransactionSql;

const blank = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
/** The idempotency key: one feedback per (source, externalId). */
const ingestKey = (r: FeedbackInput) => `${r.source.trim()}\u0000${r.externalId.trim()}`;
/** Customers without an external id are recognised by their name. */
const customerKey = (r: FeedbackInput) =>
  blank(r.customerExternalId) ?? (blank(r.customerName) ? `name:${r.customerName!.trim().toLowerCase()}` : null);
/** A contact is the same person again by email, else phone, else name, within one customer. */
const contactKey = (r: FeedbackInput) =>
  blank(r.contactEmail)?.toLowerCase() ?? blank(r.contactPhone)?.replace(/[^0-9+]/g, '') ?? blank(r.contactName)?.toLowerCase() ?? null;

interface Prepared {
  row: FeedbackInput;
  customerKey: string | null;
  contactKey: string | null;
  kind: FeedbackKind;
  category: Category;
  sentiment: Sentiment | null;
  language: string | null;
  themeIds: number[];
  department: string;
}

function prepare(row: FeedbackInput, themes: ThemeKeywords[]): Prepared {
  const text = blank(row.text);
  const sentiment = sentimentOf(row, text);
  const category = row.category ?? categoryOf(sentiment, text);
  const themeIds = themesOf(text, themes);
  const themeNames = themes.filter((t) => themeIds.includes(t.id)).map((t) => t.name);
  return {
    row,
    customerKey: customerKey(row),
    contactKey: contactKey(row),
    kind: row.kind ?? kindOf(row.channel),
    category,
    sentiment,
    language: detectLanguage(text),
    themeIds,
    department: departmentFor(category, row.channel, themeNames),
  };
}

/** Inserts the keys not there yet (in a stable order, so concurrent batches cannot deadlock) and maps every key to its id. */
async function upsertCustomers(tx: Tx, items: Prepared[]): Promise<Map<string, number>> {
  const byKey = new Map<string, FeedbackInput>();
  for (const p of items) if (p.customerKey && !byKey.has(p.customerKey)) byKey.set(p.customerKey, p.row);
  const keys = [...byKey.keys()].sort();
  if (!keys.length) return new Map();
  const rows = keys.map((k) => byKey.get(k)!);
  await tx`
    insert into customers (external_id, name, segment, region)
    select * from unnest(${keys}::text[], ${rows.map((r) => blank(r.customerName) ?? blank(r.customerExternalId)!)}::text[],
      ${rows.map((r) => r.segment ?? 'SMB')}::text[]::segment[], ${rows.map((r) => blank(r.region) ?? 'Unknown')}::text[])
    on conflict (external_id) do nothing`;
  const found = await tx<{ id: string; external_id: string }[]>`
    select id, external_id from customers where external_id = any(${keys}::text[])`;
  return new Map(found.map((r) => [r.external_id, Number(r.id)]));
}

async function upsertContacts(tx: Tx, items: Prepared[], customers: Map<string, number>): Promise<Map<string, number>> {
  const byKey = new Map<string, { customerId: number | null; key: string; row: FeedbackInput }>();
  for (const p of items) {
    if (!p.contactKey) continue;
    const customerId = p.customerKey ? customers.get(p.customerKey) ?? null : null;
    const k = `${customerId ?? 0}|${p.contactKey}`;
    if (!byKey.has(k)) byKey.set(k, { customerId, key: p.contactKey, row: p.row });
  }
  const list = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
  if (!list.length) return new Map();
  const customerIds = list.map((c) => c.customerId);
  const keys = list.map((c) => c.key);
  await tx`
    insert into contacts (customer_id, dedupe_key, name, email, phone)
    select * from unnest(${customerIds}::bigint[], ${keys}::text[], ${list.map((c) => blank(c.row.contactName))}::text[],
      ${list.map((c) => blank(c.row.contactEmail))}::text[], ${list.map((c) => blank(c.row.contactPhone))}::text[])
    on conflict (coalesce(customer_id, 0), dedupe_key) do nothing`;
  const found = await tx<{ id: string; customer_id: string | null; dedupe_key: string }[]>`
    select c.id, c.customer_id, c.dedupe_key from contacts c
    join unnest(${customerIds.map((id) => id ?? 0)}::bigint[], ${keys}::text[]) as k(customer_id, dedupe_key)
      on coalesce(c.customer_id, 0) = k.customer_id and c.dedupe_key = k.dedupe_key`;
  return new Map(found.map((r) => [`${r.customer_id ?? 0}|${r.dedupe_key}`, Number(r.id)]));
}

async function upsertNamed(tx: Tx, table: 'products' | 'surveys', rows: { name: string; channel?: string; productId?: number | null }[]) {
  const byName = new Map(rows.map((r) => [r.name, r]));
  const names = [...byName.keys()].sort();
  if (!names.length) return new Map<string, number>();
  if (table === 'products') {
    await tx`insert into products (name) select * from unnest(${names}::text[]) on conflict (name) do nothing`;
  } else {
    const list = names.map((n) => byName.get(n)!);
    await tx`
      insert into surveys (name, channel, product_id)
      select * from unnest(${names}::text[], ${list.map((s) => s.channel!)}::text[]::channel[], ${list.map((s) => s.productId ?? null)}::bigint[])
      on conflict (name) do nothing`;
  }
  const found = await tx<{ id: string; name: string }[]>`select id, name from ${tx(table)} where name = any(${names}::text[])`;
  return new Map(found.map((r) => [r.name, Number(r.id)]));
}

export async function ingestFeedback(ctx: Context, input: FeedbackInput[]): Promise<IngestResult> {
  const viewer = authorize(ctx, mayIngest);
  if (input.length > MAX_BATCH) throw badInput({ input: `At most ${MAX_BATCH} rows per call.` });
  const rejected: IngestRejection[] = input.flatMap((row, i) => validateRow(row, i));
  const bad = new Set(rejected.map((r) => r.index));
  // a key twice in one batch is stored once, from its first row; the others count as duplicates
  const seen = new Set<string>();
  const good = input.filter((row, i) => {
    const key = ingestKey(row);
    if (bad.has(i) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (!good.length) return { created: 0, duplicates: input.length - bad.size, rejected };

  const created = await ctx.sql.begin(async (tx) => {
    const themes = (await tx<{ id: string; name: string; keywords: string[] }[]>`select id, name, keywords from themes`)
      .map((t) => ({ id: Number(t.id), name: t.name, keywords: t.keywords }));
    const departments = new Map(
      (await tx<{ id: string; name: string }[]>`select id, name from departments`).map((d) => [d.name, Number(d.id)]),
    );
    // whether an answer needs follow-up is the organisation's SLA policies' to say
    const policies = await tx<SlaPolicyRule[]>`select id::int, rank, department_id::int as "departmentId", max_nps as "maxNps",
      max_csat as "maxCsat", max_ces as "maxCes", target_hours as "targetHours" from sla_policies`;
    const loopStatus = (p: Prepared) => loopStatusOf(policies, p.row, p.category, departments.get(p.department) ?? null);
    const items = good.map((row) => prepare(row, themes))
      // a stable order: two copies of one batch lock the same keys in the same order
      .sort((a, b) => (ingestKey(a.row) < ingestKey(b.row) ? -1 : 1));
    const customers = await upsertCustomers(tx, items);
    const contacts = await upsertContacts(tx, items, customers);
    const products = await upsertNamed(tx, 'products', items.flatMap((p) => (blank(p.row.productName) ? [{ name: blank(p.row.productName)! }] : [])));
    const surveys = await upsertNamed(tx, 'surveys', items.flatMap((p) => (blank(p.row.surveyName)
      ? [{ name: blank(p.row.surveyName)!, channel: p.row.channel, productId: products.get(blank(p.row.productName) ?? '') ?? null }]
      : [])));

    const col = <T>(f: (p: Prepared) => T) => items.map(f);
    const customerIdOf = (p: Prepared) => (p.customerKey ? customers.get(p.customerKey) ?? null : null);
    const inserted = await tx<{ id: string; source: string; external_id: string }[]>`
      insert into feedback (source, external_id, received_at, channel, kind, category, customer_id, contact_id,
        product_id, survey_id, department_id, nps_score, csat_score, ces_score, repurchase_score, cross_buy_score,
        text, text_masked, text_mask_version, language, sentiment, loop_status)
      select * from unnest(
        ${col((p) => p.row.source.trim())}::text[], ${col((p) => p.row.externalId.trim())}::text[],
        ${col((p) => p.row.receivedAt.toISOString())}::text[]::timestamptz[], ${col((p) => p.row.channel)}::text[]::channel[],
        ${col((p) => p.kind)}::text[]::feedback_kind[], ${col((p) => p.category)}::text[]::category[],
        ${col(customerIdOf)}::bigint[],
        ${col((p) => (p.contactKey ? contacts.get(`${customerIdOf(p) ?? 0}|${p.contactKey}`) ?? null : null))}::bigint[],
        ${col((p) => products.get(blank(p.row.productName) ?? '') ?? null)}::bigint[],
        ${col((p) => surveys.get(blank(p.row.surveyName) ?? '') ?? null)}::bigint[],
        ${col((p) => departments.get(p.department) ?? null)}::bigint[],
        ${col((p) => p.row.npsScore ?? null)}::smallint[], ${col((p) => p.row.csatScore ?? null)}::smallint[],
        ${col((p) => p.row.cesScore ?? null)}::smallint[], ${col((p) => p.row.repurchaseScore ?? null)}::smallint[],
        ${col((p) => p.row.crossBuyScore ?? null)}::smallint[], ${col((p) => blank(p.row.text))}::text[],
        ${col((p) => maskedOrNull(blank(p.row.text)))}::text[], ${col(() => MASK_VERSION)}::smallint[],
        ${col((p) => p.language)}::text[], ${col((p) => p.sentiment)}::text[]::sentiment[], ${col(loopStatus)}::text[]::loop_status[])
      on conflict (source, external_id) do nothing
      returning id, source, external_id`;

    const themesByKey = new Map(items.map((p) => [ingestKey(p.row), p.themeIds]));
    const links = inserted.flatMap((r) =>
      (themesByKey.get(`${r.source}\u0000${r.external_id}`) ?? []).map((themeId) => [Number(r.id), themeId]));
    if (links.length) {
      await tx`insert into feedback_themes (feedback_id, theme_id)
        select * from unnest(${links.map((l) => l[0])}::bigint[], ${links.map((l) => l[1])}::bigint[])`;
    }
    await tx`insert into audit_log (actor_id, action, entity_type, detail)
      values (${viewer.id}, 'INGEST', 'feedback', ${JSON.stringify({ received: input.length, created: inserted.length, rejected: rejected.length })}::jsonb)`;
    return inserted.length;
  });
  return { created, duplicates: input.length - bad.size - created, rejected };
}
