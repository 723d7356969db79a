// Phase 1: everything feedback hangs off. Departments, people, products, surveys, themes, SLA
// policies, customers with their contacts, and the feature requests customers will ask for.
import { inArray } from 'drizzle-orm';
import * as s from '../schema/index';
import { DEFAULT_SLA_POLICIES } from '../rules';
import { DEPARTMENTS, PRODUCTS, SURVEYS, THEMES, USERS, type DepartmentName, type ProductName } from './catalog';
import { copyRows } from './copy';
import { currentStatus, FEATURE_REQUESTS, type FeatureRequestStatus } from './feature-requests';
import type { Refs, SeedContext, SeededContact, SeededCustomer, SeededFeatureRequest, SeededSurvey, SeededUser } from './model';
import { companyName, contactLanguage, emailAddress, ERP_SYSTEMS, fold, personName, phoneNumber, REGIONS } from './names';
import { Random } from './random';
import type { Segment } from './story';
import { DAY, HOUR, type Calendar } from './time';
import type { ThemeKey } from './verbatims/types';

export const CUSTOMER_COUNT = 500;

/** The highest id in a table, so explicit ids never collide with rows someone made before. */
export async function maxId(ctx: SeedContext, table: string): Promise<number> {
  const [row] = await ctx.sql.unsafe<{ max: string | null }[]>(`select max(id)::text as max from ${table}`);
  return row.max ? Number(row.max) : 0;
}

/** The first day index of a quarter (relative to the running one), clamped into the window. */
export function quarterStartIndex(calendar: Calendar, quarter: number): number {
  const i = calendar.days.findIndex((d) => d.quarter === quarter);
  return i >= 0 ? i : quarter < 0 ? 0 : calendar.days.length - 1;
}

/** An instant `offsetDays` into a quarter, at a working hour, never later than yesterday. */
export function instantInQuarter(calendar: Calendar, quarter: number, offsetDays: number, rng: Random): number {
  const index = Math.min(quarterStartIndex(calendar, quarter) + offsetDays, calendar.days.length - 1);
  const day = calendar.days[index];
  return day.startUtc + rng.int(8, 15) * HOUR + rng.int(0, 59) * 60_000;
}

async function seedOrg(ctx: SeedContext, rng: Random): Promise<Pick<Refs, 'departments' | 'users' | 'leads' | 'members'>> {
  // the Product department is the product team: its LEADs manage the feature requests
  await ctx.db.insert(s.departments).values(DEPARTMENTS.map((name) => ({ name, ownsFeatureRequests: name === 'Product' })))
    .onConflictDoNothing({ target: s.departments.name });
  const deptRows = await ctx.db.select({ id: s.departments.id, name: s.departments.name }).from(s.departments)
    .where(inArray(s.departments.name, [...DEPARTMENTS]));
  const departments = new Map(deptRows.map((r) => [r.name as DepartmentName, r.id]));

  const base = await maxId(ctx, 'users');
  const users: SeededUser[] = USERS.map((u, i) => {
    const [first, ...rest] = u.name.split(' ');
    return {
      id: base + i + 1,
      name: u.name,
      first,
      email: u.email ?? `${fold(first)}.${fold(rest.join(' '))}@chorus.demo`,
      role: u.role,
      department: u.department,
      locale: u.locale,
    };
  });
  await ctx.db.insert(s.users).values(users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    departmentId: departments.get(u.department)!,
    passwordHash: ctx.passwordHash,
    locale: u.locale,
    createdAt: new Date(ctx.calendar.start - rng.int(60, 700) * DAY),
  })));
  const leads = new Map<DepartmentName, SeededUser>();
  const members = new Map<DepartmentName, SeededUser[]>();
  for (const u of users) {
    if (u.role === 'LEAD') leads.set(u.department, u);
    if (u.role === 'LEAD' || u.role === 'EMPLOYEE') members.set(u.department, [...(members.get(u.department) ?? []), u]);
  }
  return { departments, users, leads, members };
}

async function seedCatalog(ctx: SeedContext): Promise<Pick<Refs, 'products' | 'surveys' | 'themes' | 'sla'>> {
  const created = new Date(ctx.calendar.start - 400 * DAY);
  await ctx.db.insert(s.products).values(PRODUCTS.map((name) => ({ name, createdAt: created }))).onConflictDoNothing({ target: s.products.name });
  const productRows = await ctx.db.select({ id: s.products.id, name: s.products.name }).from(s.products)
    .where(inArray(s.products.name, [...PRODUCTS]));
  const products = new Map(productRows.map((r) => [r.name as ProductName, r.id]));

  await ctx.db.insert(s.surveys).values(SURVEYS.map((sv) => ({
    name: sv.name, type: sv.type, channel: sv.channel, productId: products.get(sv.product)!, createdAt: created,
  }))).onConflictDoNothing({ target: s.surveys.name });
  const surveyRows = await ctx.db.select({ id: s.surveys.id, name: s.surveys.name }).from(s.surveys)
    .where(inArray(s.surveys.name, SURVEYS.map((x) => x.name)));
  const surveyIds = new Map(surveyRows.map((r) => [r.name, r.id]));
  const surveys: SeededSurvey[] = SURVEYS.map((spec, index) => ({ id: surveyIds.get(spec.name)!, index, spec }));

  await ctx.db.insert(s.themes).values(THEMES.map((t) => ({ name: t.name, keywords: t.keywords, createdAt: created })))
    .onConflictDoNothing({ target: s.themes.name });
  const themeRows = await ctx.db.select({ id: s.themes.id, name: s.themes.name }).from(s.themes)
    .where(inArray(s.themes.name, THEMES.map((t) => t.name)));
  const byName = new Map(themeRows.map((r) => [r.name, r.id]));
  const themes = new Map<ThemeKey, number>(THEMES.map((t) => [t.key, byName.get(t.name)!]));

  // the demo company's policies take the place of the defaults the migrations gave the empty database
  await ctx.db.delete(s.slaPolicies);
  const sla = await ctx.db.insert(s.slaPolicies).values(DEFAULT_SLA_POLICIES.map((p) => ({ ...p, createdAt: created })))
    .returning({ id: s.slaPolicies.id, rank: s.slaPolicies.rank });
  const [unhappy, everyone] = DEFAULT_SLA_POLICIES;
  return {
    products,
    surveys,
    themes,
    sla: {
      unhappy: sla.find((r) => r.rank === unhappy.rank)!.id,
      everyone: sla.find((r) => r.rank === everyone.rank)!.id,
      unhappyHours: unhappy.targetHours,
      everyoneHours: everyone.targetHours,
    },
  };
}

const SEGMENTS: readonly Segment[] = ['ENTERPRISE', 'MID_MARKET', 'SMB'];

// Which products an account of each segment tends to use.
const ADOPTION: Record<ProductName, Record<Segment, number>> = {
  'Nordfrakt Delivery': { ENTERPRISE: 1, MID_MARKET: 0.95, SMB: 0.9 },
  'Customer App': { ENTERPRISE: 0.7, MID_MARKET: 0.72, SMB: 0.68 },
  Invoicing: { ENTERPRISE: 0.75, MID_MARKET: 0.66, SMB: 0.6 },
  'Route Planner': { ENTERPRISE: 0.7, MID_MARKET: 0.45, SMB: 0.15 },
  'Warehouse Scanner': { ENTERPRISE: 0.6, MID_MARKET: 0.35, SMB: 0.1 },
  Analytics: { ENTERPRISE: 0.75, MID_MARKET: 0.3, SMB: 0.06 },
};

async function seedCustomers(ctx: SeedContext, rng: Random): Promise<SeededCustomer[]> {
  const customerBase = await maxId(ctx, 'customers');
  const contactBase = await maxId(ctx, 'contacts');
  const names = new Set<string>();
  const customers: SeededCustomer[] = [];
  const customerRows: (string | number | null)[][] = [];
  const contactRows: (string | number | null)[][] = [];
  let contactId = contactBase;
  for (let i = 0; i < CUSTOMER_COUNT; i++) {
    const segment = rng.weighted(SEGMENTS, [0.12, 0.33, 0.55]);
    const region = rng.weighted(REGIONS, REGIONS.map((r) => r.share));
    const country = region.country;
    let company = companyName(rng, country, segment === 'ENTERPRISE');
    while (names.has(company.name)) company = companyName(rng, country, segment === 'ENTERPRISE');
    names.add(company.name);
    // annual revenue from the account in NOK, log-normal within the segment's band
    const [median, lo, hi] = segment === 'ENTERPRISE' ? [4_500_000, 1_500_000, 20_000_000]
      : segment === 'MID_MARKET' ? [700_000, 200_000, 2_000_000] : [90_000, 15_000, 300_000];
    const revenue = Math.round(Math.min(hi, Math.max(lo, rng.logNormal(median, 0.5))) / 100) * 100;
    const touch = segment === 'ENTERPRISE' || (segment === 'MID_MARKET' && rng.chance(0.3)) ? 'HIGH' : 'LOW';
    let products = (Object.keys(ADOPTION) as ProductName[]).filter((p) => rng.chance(ADOPTION[p][segment]));
    if (products.length === 0) products = ['Nordfrakt Delivery'];
    const id = customerBase + i + 1;
    const createdAt = ctx.calendar.start - rng.int(30, 1500) * DAY;
    const contacts: SeededContact[] = [];
    const contactCount = segment === 'ENTERPRISE' ? rng.int(2, 4) : segment === 'MID_MARKET' ? rng.int(1, 3) : rng.weighted([1, 2], [0.65, 0.35]);
    const keys = new Set<string>();
    for (let c = 0; c < contactCount; c++) {
      let person = personName(rng, country);
      let email = emailAddress(rng, person.first, person.last, company.domain);
      for (let guard = 0; keys.has(email) && guard < 20; guard++) {
        person = personName(rng, country);
        email = emailAddress(rng, person.first, person.last, company.domain);
      }
      if (keys.has(email)) continue;
      keys.add(email);
      const contact: SeededContact = {
        id: ++contactId,
        first: person.first,
        last: person.last,
        email,
        phone: rng.chance(0.85) ? phoneNumber(rng, country) : null,
        language: contactLanguage(rng, country),
      };
      contacts.push(contact);
      contactRows.push([contact.id, id, `${person.first} ${person.last}`, email, contact.phone, email.toLowerCase(),
        new Date(createdAt + rng.int(0, 200) * DAY).toISOString()]);
    }
    customers.push({
      id,
      name: company.name,
      segment,
      region,
      country,
      revenue,
      products,
      temperament: Math.max(-20, Math.min(20, rng.normal(0, 9))),
      weight: (segment === 'ENTERPRISE' ? 6 : segment === 'MID_MARKET' ? 2.5 : 1) * rng.logNormal(1, 0.35),
      erp: rng.pick(ERP_SYSTEMS[country]),
      contacts,
    });
    customerRows.push([id, `CRM-${10001 + i}`, company.name, segment, region.name, revenue, touch, new Date(createdAt).toISOString()]);
  }
  await copyRows(ctx.sql, 'customers', ['id', 'external_id', 'name', 'segment', 'region', 'annual_revenue', 'touch', 'created_at'], customerRows);
  await copyRows(ctx.sql, 'contacts', ['id', 'customer_id', 'name', 'email', 'phone', 'dedupe_key', 'created_at'], contactRows);
  return customers;
}

async function seedFeatureRequests(ctx: SeedContext, rng: Random, refs: Pick<Refs, 'products' | 'leads'>): Promise<SeededFeatureRequest[]> {
  const { calendar } = ctx;
  const now = calendar.now;
  // only a LEAD of the product team opens, moves and merges requests (api-contract.md)
  const lead = refs.leads.get('Product')!;
  const base = await maxId(ctx, 'feature_requests');
  let changeId = await maxId(ctx, 'feature_request_status_changes');
  const byTitle = new Map<string, SeededFeatureRequest>();
  const requestRows: (string | number | null)[][] = [];
  const changeRows: (string | number | null)[][] = [];
  const iso = (ms: number) => new Date(ms).toISOString();
  const ids = new Map(FEATURE_REQUESTS.map((spec, i) => [spec.title, base + i + 1]));
  // the requests first, then their duplicates, which are dated against them
  const order = [...FEATURE_REQUESTS.filter((f) => !f.duplicateOf), ...FEATURE_REQUESTS.filter((f) => f.duplicateOf)];
  for (const spec of order) {
    const id = ids.get(spec.title)!;
    const canonical = spec.duplicateOf ? byTitle.get(spec.duplicateOf) : undefined;
    if (spec.duplicateOf && !canonical) throw new Error(`${spec.title}: duplicate of unknown request ${spec.duplicateOf}`);
    let createdAt = spec.openedDaysAgo !== undefined
      ? calendar.days[Math.max(0, calendar.days.length - spec.openedDaysAgo)].startUtc + rng.int(8, 15) * HOUR + rng.int(0, 59) * 60_000
      : instantInQuarter(calendar, spec.created, rng.int(5, 40), rng);
    if (canonical) createdAt = Math.max(createdAt, canonical.createdAt + rng.int(7, 30) * DAY);
    changeRows.push([++changeId, id, null, 'UNDER_REVIEW', null, lead.id, iso(createdAt)]);
    let at = createdAt;
    let from: FeatureRequestStatus = 'UNDER_REVIEW';
    let closedAt: number | null = null;
    let shippedAt: number | null = null;
    const changes: { at: number; status: FeatureRequestStatus }[] = [];
    for (const step of spec.path) {
      // each change happens in its quarter, and always after the previous one
      at = Math.max(at + rng.int(3, 12) * DAY, instantInQuarter(calendar, step.quarter, rng.int(5, 60), rng));
      at = Math.min(at, now - rng.int(1, 5) * DAY);
      changeRows.push([++changeId, id, from, step.status, step.note, lead.id, iso(at)]);
      changes.push({ at, status: step.status });
      from = step.status;
      if (step.status === 'SHIPPED' || step.status === 'DECLINED') closedAt = at;
      if (step.status === 'SHIPPED') shippedAt = at;
    }
    let mergedAt: number | null = null;
    if (canonical && spec.mergedQuarter !== undefined) {
      // before the request's next move, so nobody linked to the duplicate then missed hearing of it
      const next = canonical.changes.find((c) => c.at > createdAt)?.at ?? null;
      mergedAt = Math.max(createdAt + 7 * DAY, instantInQuarter(calendar, spec.mergedQuarter, rng.int(5, 60), rng));
      if (next !== null) mergedAt = Math.min(mergedAt, next - rng.int(1, 3) * DAY);
      if (mergedAt <= createdAt) mergedAt = (createdAt + (next ?? now)) / 2;
      mergedAt = Math.round(Math.min(mergedAt, now - DAY));
    }
    requestRows.push([id, spec.title, spec.description, refs.products.get(spec.product)!, currentStatus(spec), mergedAt === null ? null : canonical!.id,
      mergedAt === null ? null : iso(mergedAt), lead.id, iso(createdAt), iso(Math.max(at, mergedAt ?? at))]);
    byTitle.set(spec.title, {
      id,
      spec,
      createdAt,
      // customers stop asking once it (or the request it duplicates) shipped or was declined
      closedAt: canonical ? canonical.closedAt : closedAt,
      shippedAt,
      // customers ask a quarter before the product team opens the record; a new one, the few asks that prompted it
      askedFrom: createdAt - (spec.openedDaysAgo !== undefined ? 14 : 75) * DAY,
      // a merged duplicate's links are on its request (moved there, or linked there since)
      linkTo: mergedAt === null ? id : canonical!.id,
      // a duplicate nobody merged yet: some of its feedback was linked to both by different people
      alsoLinkTo: canonical && mergedAt === null ? canonical.id : null,
      mergedAt,
      changes,
    });
  }
  requestRows.sort((a, b) => (a[0] as number) - (b[0] as number));
  await copyRows(ctx.sql, 'feature_requests', ['id', 'title', 'description', 'product_id', 'status', 'merged_into_id', 'merged_at', 'created_by_id', 'created_at', 'updated_at'], requestRows);
  await copyRows(ctx.sql, 'feature_request_status_changes', ['id', 'feature_request_id', 'from_status', 'to_status', 'note', 'changed_by_id', 'created_at'], changeRows);
  return FEATURE_REQUESTS.map((spec) => byTitle.get(spec.title)!);
}

export async function seedReference(ctx: SeedContext): Promise<Refs> {
  ctx.progress(0, 4, 'Reference data');
  const org = await seedOrg(ctx, Random.derive(ctx.seed, 'org'));
  ctx.progress(1, 4, 'Reference data');
  const catalog = await seedCatalog(ctx);
  ctx.progress(2, 4, 'Reference data');
  const customers = await seedCustomers(ctx, Random.derive(ctx.seed, 'customers'));
  ctx.progress(3, 4, 'Reference data');
  const featureRequests = await seedFeatureRequests(ctx, Random.derive(ctx.seed, 'feature-requests'), { ...catalog, ...org });
  ctx.progress(4, 4, 'Reference data');
  return { ...org, ...catalog, customers, featureRequests };
}
