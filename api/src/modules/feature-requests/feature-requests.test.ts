// Feature requests through the API against a real PostgreSQL. The figures a product team ranks by are
// checked against a recomputation written here, from the feedback and customers tables (not the
// link's copies the service reads), for filters of every kind and every sort.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Client, type Harness } from '../../testing/harness';

let h: Harness;
let employee: Client;
let leadSupport: Client;
let leadProduct: Client;
let admin: Client;
let exec: Client;
let agent: Client;
const uid = {} as Record<'employee' | 'leadSupport' | 'leadProduct' | 'admin' | 'exec' | 'agent', number>;

const FR = `id title status feedbackCount customerCount revenue product { id name }`;
const CREATE = `mutation($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) { ${FR} statusChanges { from to note by { name } } } }`;
const LINK = `mutation($r: ID!, $f: ID!) { linkFeedback(featureRequestId: $r, feedbackId: $f) { ${FR} } }`;
const MERGE = `mutation($s: ID!, $t: ID!) { mergeFeatureRequests(sourceId: $s, targetId: $t) { ${FR} merged { id title } } }`;
const STATUS = `mutation($id: ID!, $s: FeatureRequestStatus!, $n: String) { setFeatureRequestStatus(id: $id, status: $s, note: $n) { ${FR} allowedStatuses statusChanges { from to note by { name } } } }`;

async function ok<T = any>(c: Client, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await c.gql(query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

let serial = 0;
async function create(title = `Request ${++serial}`, productId = h.scenario.products.app.id): Promise<string> {
  const d = await ok(leadProduct, CREATE, { input: { title, productId: String(productId) } });
  return d.createFeatureRequest.id;
}

/** Feedback of a customer (or none) at a time, for linking. */
async function feedbackOf(customerId: number | null, at: string, text = 'I wish I could export reports to Excel every week', departmentId = h.scenario.departments.support.id): Promise<number> {
  const [row] = await h.database.sql`insert into feedback (source, external_id, received_at, channel, kind, category, text, text_masked, language, customer_id, product_id, department_id)
    values ('fr-test', ${`fr-${++serial}`}, ${at}, 'SUPPORT_TICKET', 'INDIRECT', 'FEATURE_REQUEST', ${text}, ${text}, 'en', ${customerId}, ${h.scenario.products.app.id}, ${departmentId})
    returning id`;
  return Number(row.id);
}

beforeAll(async () => {
  h = await startHarness();
  [employee, leadSupport, leadProduct, admin, exec, agent] = await Promise.all(
    ['employee@test.dev', 'lead.support@test.dev', 'lead.product@test.dev', 'admin@test.dev', 'exec@test.dev', 'agent.support@test.dev'].map((e) => h.as(e)),
  );
  const u = h.scenario.users;
  Object.assign(uid, { employee: u.employee.id, leadSupport: u.leadSupport.id, leadProduct: u.leadProduct.id, admin: u.admin.id, exec: u.exec.id, agent: u.agentSupport.id });
});
afterAll(async () => { await h.close(); });

// ── the figures, against a recomputation ─────────────────────────────────────────────────────────────

describe('figures that follow the filter', () => {
  interface Filter { segments?: string[]; regions?: string[]; receivedFrom?: string; receivedTo?: string; minCustomers?: number; productIds?: string[] }
  const requests: string[] = [];

  beforeAll(async () => {
    // customers across segments and regions; one without revenue, and the scenario's Acme (Oslo) and Fjord (Stockholm)
    const customers = await h.database.sql`insert into customers (name, segment, region, annual_revenue) values
      ('Göta Logistik AB', 'ENTERPRISE', 'Gothenburg', 5000000.75), ('Nord Frakt AS', 'SMB', 'Oslo', 50000.10),
      ('Mälar Transport AB', 'MID_MARKET', 'Stockholm', 400000.25), ('Vänern Varv AB', 'ENTERPRISE', 'Stockholm', null),
      ('Bergen Bud AS', 'ENTERPRISE', 'Bergen', 2500000) returning id`;
    const ids = [...customers.map((c) => Number(c.id)), h.scenario.customers.acme.id, h.scenario.customers.fjord.id, null];
    for (let i = 0; i < 6; i++) requests.push(await create(`Figures ${i}`, i % 2 ? h.scenario.products.freight.id : h.scenario.products.app.id));
    // two nobody asks for: they tie on every figure, and the cursor must break the tie
    for (let i = 0; i < 2; i++) requests.push(await create(`Figures unasked ${i}`));
    // a deterministic spread: each request gets items from several customers, some customers many times,
    // over eighteen months (so periods cut through), and feedback without a customer
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 90; n++) {
      const customer = ids[Math.floor(next() * ids.length)];
      const at = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 540) * 86_400_000 + Math.floor(next() * 86_400_000)).toISOString();
      const f = await feedbackOf(customer, at);
      const asked = requests.slice(0, 6);
      const request = asked[Math.floor(next() * next() * asked.length)];
      await ok(n % 3 ? employee : agent, LINK, { r: request, f: String(f) });
      // some feedback asks for two things
      if (n % 7 === 0) await ok(employee, LINK, { r: asked[(asked.indexOf(request) + 1) % asked.length], f: String(f) });
    }
  });

  /** The figures as product.md defines them, from the raw rows, written without the service's SQL. */
  async function recompute(filter: Filter) {
    const rows = await h.database.sql`
      select l.feature_request_id as id, f.id as feedback_id, f.customer_id, c.annual_revenue
      from feature_request_feedback l
      join feedback f on f.id = l.feedback_id
      left join customers c on c.id = f.customer_id
      join feature_requests r on r.id = l.feature_request_id
      where r.merged_into_id is null`;
    const customers = await h.database.sql`select id, segment, region from customers`;
    const feedbackAt = new Map((await h.database.sql`select id, received_at from feedback`).map((f) => [Number(f.id), new Date(f.received_at).getTime()]));
    const customer = new Map(customers.map((c) => [Number(c.id), c]));
    const figures = new Map<number, { feedback: Set<number>; customers: Map<number, number> }>();
    for (const id of requests) figures.set(Number(id), { feedback: new Set(), customers: new Map() });
    for (const r of rows) {
      const c = r.customer_id === null ? null : customer.get(Number(r.customer_id));
      if (filter.segments && !(c && filter.segments.includes(c.segment))) continue;
      if (filter.regions && !(c && filter.regions.includes(c.region))) continue;
      const at = feedbackAt.get(Number(r.feedback_id))!;
      if (filter.receivedFrom && at < Date.parse(filter.receivedFrom)) continue;
      if (filter.receivedTo && at >= Date.parse(filter.receivedTo)) continue;
      const fig = figures.get(Number(r.id));
      if (!fig) continue;
      fig.feedback.add(Number(r.feedback_id));
      if (r.customer_id !== null) fig.customers.set(Number(r.customer_id), r.annual_revenue === null ? 0 : Number(r.annual_revenue));
    }
    return new Map([...figures].map(([id, f]) => [String(id), {
      feedbackCount: f.feedback.size, customerCount: f.customers.size, revenue: [...f.customers.values()].reduce((a, b) => a + b, 0),
    }]));
  }

  const LIST = `query($filter: FeatureRequestFilter, $order: FeatureRequestOrder, $first: Int, $after: String) {
    featureRequests(filter: $filter, orderBy: $order, first: $first, after: $after) {
      totalCount edges { node { id feedbackCount customerCount revenue lastAskedAt } } pageInfo { hasNextPage endCursor } } }`;

  /** Every page of the list, two at a time (so the keyset cursors are exercised). */
  async function all(filter: Filter, order?: { field: string; direction: string }) {
    const nodes: any[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const d: any = await ok(exec, LIST, { filter: { ...filter, productIds: filter.productIds ?? undefined }, order, first: 2, after });
      nodes.push(...d.featureRequests.edges.map((e: any) => e.node));
      total = d.featureRequests.totalCount;
      after = d.featureRequests.pageInfo.hasNextPage ? d.featureRequests.pageInfo.endCursor : null;
    } while (after);
    expect(nodes.length).toBe(total);
    return nodes.filter((n) => requests.includes(n.id));
  }

  const FILTERS: [string, Filter][] = [
    ['no filter', {}],
    ['enterprise customers', { segments: ['ENTERPRISE'] }],
    ['customers in Sweden', { regions: ['Stockholm', 'Gothenburg'] }],
    ['the first half of 2026', { receivedFrom: '2026-01-01T00:00:00.000Z', receivedTo: '2026-07-01T00:00:00.000Z' }],
    ['enterprise customers in Sweden this year', { segments: ['ENTERPRISE'], regions: ['Stockholm', 'Gothenburg'], receivedFrom: '2026-01-01T00:00:00.000Z' }],
    ['mid-market and SMB before 2026', { segments: ['MID_MARKET', 'SMB'], receivedTo: '2026-01-01T00:00:00.000Z' }],
  ];

  it.each(FILTERS)('%s: feedbackCount, customerCount and revenue equal the recomputation', async (_name, filter) => {
    const expected = await recompute(filter);
    const listed = await all(filter);
    expect(listed.map((n) => n.id).sort()).toEqual([...requests].sort());
    for (const n of listed) expect({ feedbackCount: n.feedbackCount, customerCount: n.customerCount, revenue: n.revenue }, n.id).toEqual(expected.get(n.id));
    // the fixture is not degenerate: the filter leaves some demand and takes some away
    const total = [...expected.values()].reduce((a, f) => a + f.feedbackCount, 0);
    expect(total).toBeGreaterThan(0);
  });

  it('a customer with many linked items counts once in customers and revenue', async () => {
    const expected = await recompute({});
    const many = await h.database.sql`select feature_request_id, customer_id, count(*)::int as n from feature_request_feedback
      where customer_id is not null group by 1, 2 having count(*) > 2 order by n desc limit 1`;
    expect(many.length).toBe(1);
    const id = String(many[0].feature_request_id);
    const d = await ok(exec, `query($id: ID!) { featureRequest(id: $id) { feedbackCount customerCount revenue } }`, { id });
    expect(d.featureRequest).toEqual(expected.get(id));
    expect(d.featureRequest.customerCount).toBeLessThan(d.featureRequest.feedbackCount);
  });

  it.each(['CUSTOMERS', 'REVENUE', 'FEEDBACK', 'RECENT'])('sorted by %s, both ways, over the filtered figures, paging keeps the order', async (field) => {
    const filter: Filter = { segments: ['ENTERPRISE', 'MID_MARKET'], receivedFrom: '2025-06-01T00:00:00.000Z' };
    const expected = await recompute(filter);
    for (const direction of ['DESC', 'ASC']) {
      const listed = await all(filter, { field, direction });
      const key = (n: any) => field === 'CUSTOMERS' ? n.customerCount : field === 'FEEDBACK' ? n.feedbackCount : field === 'REVENUE' ? n.revenue
        : Date.parse(n.lastAskedAt ?? '1970-01-01');
      for (const n of listed) expect(n.revenue).toBe(expected.get(n.id)!.revenue);
      const keys = listed.map(key);
      const sorted = [...keys].sort((a, b) => (direction === 'DESC' ? b - a : a - b));
      expect(keys, `${field} ${direction}`).toEqual(sorted);
      // paging two at a time neither repeats nor skips a request, ties (equal keys) included
      expect(listed.map((n) => n.id).sort(), `${field} ${direction}`).toEqual([...requests].sort());
      expect(new Set(keys).size, 'the fixture has ties to break').toBeLessThan(keys.length);
    }
  });

  it('demand by quarter counts the filter’s linked feedback per local quarter, the last eight, a quiet one as 0', async () => {
    const filter: Filter = { segments: ['ENTERPRISE', 'SMB'], regions: ['Oslo', 'Stockholm', 'Gothenburg'] };
    const d = await ok(exec, `query($filter: FeatureRequestFilter) { featureRequests(first: 100, filter: $filter) {
      edges { node { id demandByQuarter { start feedbackCount } } } } }`, { filter });
    // quarters of Oslo (the organisation's zone), from the feedback table itself
    const rows = await h.database.sql`
      select l.feature_request_id as id, (date_trunc('quarter', f.received_at at time zone 'Europe/Oslo') at time zone 'Europe/Oslo') as start, count(*)::int as n
      from feature_request_feedback l join feedback f on f.id = l.feedback_id join customers c on c.id = f.customer_id
      where c.segment in ('ENTERPRISE', 'SMB') and c.region in ('Oslo', 'Stockholm', 'Gothenburg') group by 1, 2`;
    const [{ first }] = await h.database.sql`select (date_trunc('quarter', now() at time zone 'Europe/Oslo') - interval '21 months') at time zone 'Europe/Oslo' as first`;
    let checked = 0;
    for (const { node } of d.featureRequests.edges.filter((e: any) => requests.includes(e.node.id))) {
      expect(node.demandByQuarter).toHaveLength(8);
      expect(node.demandByQuarter[0].start).toBe(new Date(first).toISOString());
      for (const q of node.demandByQuarter) {
        const expected = rows.find((r) => String(r.id) === node.id && new Date(r.start).toISOString() === q.start)?.n ?? 0;
        expect(q.feedbackCount, `${node.id} ${q.start}`).toBe(expected);
        checked += expected;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('minCustomers applies to the filtered customer count', async () => {
    const filter: Filter = { regions: ['Stockholm', 'Gothenburg', 'Oslo'] };
    const expected = await recompute(filter);
    const counts = [...expected.values()].map((f) => f.customerCount).sort((a, b) => a - b);
    const min = counts[Math.floor(counts.length / 2)];
    const listed = await all({ ...filter, minCustomers: min });
    expect(listed.map((n) => n.id).sort()).toEqual([...expected].filter(([, f]) => f.customerCount >= min).map(([id]) => id).sort());
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThan(requests.length);
  });

  it('the links follow their feedback when it moves to another customer', async () => {
    const [link] = await h.database.sql`select feedback_id from feature_request_feedback where customer_id is not null limit 1`;
    await h.database.sql`update feedback set customer_id = ${h.scenario.customers.fjord.id} where id = ${link.feedback_id}`;
    const [copy] = await h.database.sql`select distinct l.customer_id from feature_request_feedback l where l.feedback_id = ${link.feedback_id}`;
    expect(Number(copy.customer_id)).toBe(h.scenario.customers.fjord.id);
    const expected = await recompute({ segments: ['SMB'] });
    for (const n of await all({ segments: ['SMB'] })) expect(n.customerCount).toBe(expected.get(n.id)!.customerCount);
  });

  it('a page of 10 and a page of 50 cost the same number of statements', async () => {
    // enough requests that 50 is a fuller page than 10
    await h.database.sql`insert into feature_requests (title, product_id) select 'Bulk ' || g, ${h.scenario.products.app.id} from generate_series(1, 60) g`;
    const query = `query($first: Int) { featureRequests(first: $first, filter: { segments: [ENTERPRISE] }, orderBy: { field: REVENUE, direction: DESC }) {
      totalCount edges { node { id title status feedbackCount customerCount revenue product { id name } createdBy { id name }
        demandByQuarter { start feedbackCount } statusChanges { to by { name } } merged { id } viewerCanManage allowedStatuses
        feedback(first: 3) { totalCount edges { cursor node { id text npsScore contact { name masked } } } }
        askers { key customer { name } latestFeedback { id } followUp { id } } } } } }`;
    const cost = async (first: number) => {
      await exec.gql(query, { first }); // a warm session, so the count is the list's alone
      h.statements.length = 0;
      const d = await ok(exec, query, { first });
      expect(d.featureRequests.edges.length).toBe(first);
      return h.statements.length;
    };
    const ten = await cost(10);
    const fifty = await cost(50);
    expect(fifty).toBe(ten);
    // one per kind of thing read (session, list, count, products, users, trend, timelines, merges, the
    // viewer's department, linked pages, their feedback, customers, contacts, askers, action items…)
    expect(ten).toBeLessThanOrEqual(16);
  });
});

// ── creating, linking, merging ─────────────────────────────────────────────────────────────────────

describe('creating and linking', () => {
  it('creates a request opening its timeline, by the product team only', async () => {
    const d = await ok(leadProduct, CREATE, { input: { title: '  Route export to Excel  ', description: 'Weekly', productId: String(h.scenario.products.app.id) } });
    expect(d.createFeatureRequest).toMatchObject({ title: 'Route export to Excel', status: 'UNDER_REVIEW', feedbackCount: 0, customerCount: 0, revenue: 0,
      statusChanges: [{ from: null, to: 'UNDER_REVIEW', note: null, by: { name: 'Per Product' } }] });
    await ok(admin, CREATE, { input: { title: 'y'.repeat(199), productId: String(h.scenario.products.app.id) } });
  });

  it('creates a request from the feedback asking for it, linked in the same transaction', async () => {
    const f = await feedbackOf(h.scenario.customers.acme.id, '2026-03-05T10:00:00Z');
    const d = await ok(leadProduct, `mutation($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) { id feedbackCount customerCount feedback { edges { node { id } } } } }`,
      { input: { title: 'From the feedback page', productId: String(h.scenario.products.app.id), feedbackIds: [String(f), String(f)] } });
    expect(d.createFeatureRequest).toMatchObject({ feedbackCount: 1, customerCount: 1, feedback: { edges: [{ node: { id: String(f) } }] } });
    const [{ by }] = await h.database.sql`select linked_by_id as by from feature_request_feedback where feature_request_id = ${d.createFeatureRequest.id}`;
    expect(Number(by)).toBe(uid.leadProduct);
  });

  it('names every bad field and stores nothing', async () => {
    const before = (await h.database.sql`select count(*)::int as n from feature_requests`)[0].n;
    const product = String(h.scenario.products.app.id);
    const cases: [Record<string, unknown>, Record<string, object>][] = [
      [{ title: '  ', productId: product }, { title: { code: 'REQUIRED' } }],
      [{ title: 'x'.repeat(200), productId: product }, { title: { code: 'TOO_LONG', max: 199 } }],
      [{ title: 'x'.repeat(250), productId: product }, { title: { code: 'TOO_LONG', max: 199 } }],
      [{ title: 'Fine', productId: product, feedbackIds: ['999999'] }, { 'feedbackIds.0': { code: 'UNKNOWN_FEEDBACK', id: 999999 } }],
      [{ title: 'Fine', productId: '999999' }, { productId: { code: 'UNKNOWN_PRODUCT' } }],
      [{ title: 'Fine', productId: 'abc' }, { productId: { code: 'INVALID_ID' } }],
      [{ title: 'Fine', description: 'd'.repeat(5001), productId: product }, { description: { code: 'TOO_LONG', max: 5000 } }],
    ];
    for (const [input, reasons] of cases) {
      const r = await leadProduct.gql(CREATE, { input });
      expect(r.errors?.[0].extensions?.code, JSON.stringify(input).slice(0, 60)).toBe('BAD_USER_INPUT');
      expect(Object.keys(r.errors![0].extensions!.fields as object)).toEqual(Object.keys(reasons));
      expect(r.errors![0].extensions!.reasons).toEqual(reasons);
    }
    expect((await h.database.sql`select count(*)::int as n from feature_requests`)[0].n).toBe(before);
  });

  it('anyone links; linking twice is a no-op; unknown feedback names the field; unlinking removes the link', async () => {
    const r = await create();
    const f = await feedbackOf(h.scenario.customers.acme.id, '2026-03-01T10:00:00Z');
    expect((await ok(employee, LINK, { r, f: String(f) })).linkFeedback.feedbackCount).toBe(1);
    expect((await ok(exec, LINK, { r, f: String(f) })).linkFeedback.feedbackCount).toBe(1);
    const [{ by }] = await h.database.sql`select linked_by_id as by from feature_request_feedback where feature_request_id = ${r}`;
    expect(Number(by)).toBe(uid.employee);
    const bad = await employee.gql(LINK, { r, f: '999999' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { feedbackId: 'Unknown feedback.' } });
    const unknown = await employee.gql(LINK, { r: '999999', f: String(f) });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // the inbox filters by it too (the drill-down from a request to its feedback)
    const inbox = await ok(exec, `query($r: [ID!]) { feedback(filter: { featureRequestIds: $r }) { totalCount edges { node { id } } } }`, { r: [r] });
    expect(inbox.feedback).toEqual({ totalCount: 1, edges: [{ node: { id: String(f) } }] });
    const d = await ok(agent, `mutation($r: ID!, $f: ID!) { unlinkFeedback(featureRequestId: $r, feedbackId: $f) { feedbackCount } }`, { r, f: String(f) });
    expect(d.unlinkFeedback.feedbackCount).toBe(0);
    expect((await h.database.sql`select count(*)::int as n from feature_request_feedback where feature_request_id = ${r}`)[0].n).toBe(0);
  });

  it('feedback shows the requests it is linked to and suggests others like it', async () => {
    const excel = await create('Scheduled export of reports to Excel');
    const dark = await create('Dark mode in the app');
    for (let i = 0; i < 3; i++) await ok(employee, LINK, { r: excel, f: String(await feedbackOf(null, '2026-02-01T10:00:00Z', `Please let us schedule a weekly export of reports to Excel (${i})`)) });
    await ok(employee, LINK, { r: dark, f: String(await feedbackOf(null, '2026-02-01T10:00:00Z', 'The app needs a dark mode for night shifts')) });
    const asking = await feedbackOf(null, '2026-02-02T10:00:00Z', 'We want to schedule an export of our reports to Excel every week');
    const q = `query($id: ID!) { feedbackItem(id: $id) { featureRequests { id } suggestedFeatureRequests { id title } } }`;
    const before = (await ok(employee, q, { id: String(asking) })).feedbackItem;
    expect(before.featureRequests).toEqual([]);
    expect(before.suggestedFeatureRequests[0]).toEqual({ id: excel, title: 'Scheduled export of reports to Excel' });
    await ok(employee, LINK, { r: excel, f: String(asking) });
    const after = (await ok(employee, q, { id: String(asking) })).feedbackItem;
    expect(after.featureRequests).toEqual([{ id: excel }]);
    // a request it is linked to is no suggestion
    expect(after.suggestedFeatureRequests.map((s: { id: string }) => s.id)).not.toContain(excel);
  });
});

describe('merging duplicates', () => {
  it('moves the links (a feedback linked to both counts once) and leaves the source id resolving to the target', async () => {
    const target = await create('Excel export');
    const source = await create('Export to Excel automatically');
    const both = await feedbackOf(h.scenario.customers.acme.id, '2026-04-01T10:00:00Z');
    const onlySource = await feedbackOf(h.scenario.customers.fjord.id, '2026-04-02T10:00:00Z');
    const onlyTarget = await feedbackOf(h.scenario.customers.acme.id, '2026-04-03T10:00:00Z');
    for (const [r, f] of [[target, both], [source, both], [source, onlySource], [target, onlyTarget]] as const) await ok(employee, LINK, { r, f: String(f) });
    const d = await ok(leadProduct, MERGE, { s: source, t: target });
    expect(d.mergeFeatureRequests).toMatchObject({ id: target, feedbackCount: 3, customerCount: 2, revenue: 1_280_000, merged: [{ id: source, title: 'Export to Excel automatically' }] });
    const links = await h.database.sql`select feature_request_id, feedback_id from feature_request_feedback where feature_request_id in (${target}, ${source}) order by feedback_id`;
    expect(links.map((l) => [String(l.feature_request_id), Number(l.feedback_id)])).toEqual([[target, both], [target, onlySource], [target, onlyTarget]]);
    // the source's id resolves to the target, and is gone from the list
    expect((await ok(exec, `query($id: ID!) { featureRequest(id: $id) { id title mergedInto { id } } }`, { id: source })).featureRequest)
      .toEqual({ id: target, title: 'Excel export', mergedInto: null });
    const list = await ok(exec, `{ featureRequests(first: 100, filter: { search: "Excel" }) { edges { node { id } } } }`);
    expect(list.featureRequests.edges.map((e: any) => e.node.id)).not.toContain(source);
    // linking to the merged source links to the target
    const later = await feedbackOf(null, '2026-04-04T10:00:00Z');
    expect((await ok(employee, LINK, { r: source, f: String(later) })).linkFeedback).toMatchObject({ id: target, feedbackCount: 4 });
    // a later merge of the target re-points the source, so an id resolves in one step
    const final = await create('Excel everything');
    await ok(admin, MERGE, { s: target, t: final });
    const [row] = await h.database.sql`select merged_into_id from feature_requests where id = ${source}`;
    expect(String(row.merged_into_id)).toBe(final);
    expect((await ok(exec, `query($id: ID!) { featureRequest(id: $id) { id feedbackCount } }`, { id: source })).featureRequest).toEqual({ id: final, feedbackCount: 4 });
  });

  it('refuses a merge into itself or into a merged request, naming the field, and stores nothing', async () => {
    const a = await create();
    const b = await create();
    const c = await create();
    await ok(employee, LINK, { r: c, f: String(await feedbackOf(null, '2026-05-01T10:00:00Z')) });
    await ok(leadProduct, MERGE, { s: b, t: a });
    const state = async () => h.database.sql`select id, merged_into_id, (select count(*)::int from feature_request_feedback l where l.feature_request_id = r.id) as links
      from feature_requests r where id in (${a}, ${b}, ${c}) order by id`;
    const before = await state();
    const refusals: [string, string, string, string][] = [[a, a, 'targetId', 'SAME_REQUEST'], [c, b, 'targetId', 'ALREADY_MERGED'], [b, c, 'sourceId', 'ALREADY_MERGED']];
    for (const [s, t, field, code] of refusals) {
      const r = await leadProduct.gql(MERGE, { s, t });
      expect(r.errors?.[0].extensions, `${s} → ${t}`).toMatchObject({ code: 'BAD_USER_INPUT', reasons: { [field]: { code } } });
    }
    expect(await state()).toEqual(before);
  });
});

// ── permissions and status ───────────────────────────────────────────────────────────────────────

describe('who decides', () => {
  it('an EMPLOYEE and a LEAD of Support are refused create, merge and status change, and nothing changes', async () => {
    const a = await create();
    const b = await create();
    const state = async () => h.database.sql`select id, status, merged_into_id, (select count(*)::int from feature_request_status_changes s where s.feature_request_id = r.id) as changes
      from feature_requests r order by id`;
    const before = await state();
    for (const c of [employee, leadSupport]) {
      for (const [query, variables] of [
        [CREATE, { input: { title: 'Not mine to make', productId: String(h.scenario.products.app.id) } }],
        [MERGE, { s: b, t: a }],
        [STATUS, { id: a, s: 'PLANNED' }],
        [`mutation($id: ID!) { tellFeatureRequestCustomers(id: $id) { id } }`, { id: a }],
      ] as const) {
        const r = await c.gql(query, variables);
        expect(r.errors?.map((e) => e.extensions?.code), query.slice(0, 40)).toEqual(['FORBIDDEN']);
      }
      expect((await ok(c, `query($id: ID!) { viewerCanManageFeatureRequests featureRequest(id: $id) { viewerCanManage allowedStatuses } }`, { id: a })))
        .toEqual({ viewerCanManageFeatureRequests: false, featureRequest: { viewerCanManage: false, allowedStatuses: [] } });
    }
    expect(await state()).toEqual(before);
  });

  it('moves along the workflow with notes kept as a timeline; a shipped request is done', async () => {
    const r = await create('Workflow');
    expect((await ok(leadProduct, STATUS, { id: r, s: 'PLANNED', n: 'Next quarter' })).setFeatureRequestStatus.allowedStatuses)
      .toEqual(['UNDER_REVIEW', 'IN_PROGRESS', 'SHIPPED', 'DECLINED']);
    const long = await leadProduct.gql(STATUS, { id: r, s: 'DECLINED', n: 'n'.repeat(2001) });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reasons: { note: { code: 'TOO_LONG', max: 2000 } } });
    // the note is optional, as the contract has it
    const other = await create('Declined without a note');
    expect((await ok(leadProduct, STATUS, { id: other, s: 'DECLINED' })).setFeatureRequestStatus).toMatchObject({ status: 'DECLINED', allowedStatuses: ['UNDER_REVIEW'] });
    await ok(admin, STATUS, { id: r, s: 'IN_PROGRESS' });
    const shipped = (await ok(leadProduct, STATUS, { id: r, s: 'SHIPPED', n: 'In 5.2' })).setFeatureRequestStatus;
    expect(shipped).toMatchObject({ status: 'SHIPPED', allowedStatuses: [] });
    expect(shipped.statusChanges).toEqual([
      { from: null, to: 'UNDER_REVIEW', note: null, by: { name: 'Per Product' } },
      { from: 'UNDER_REVIEW', to: 'PLANNED', note: 'Next quarter', by: { name: 'Per Product' } },
      { from: 'PLANNED', to: 'IN_PROGRESS', note: null, by: { name: 'Ada Admin' } },
      { from: 'IN_PROGRESS', to: 'SHIPPED', note: 'In 5.2', by: { name: 'Per Product' } },
    ]);
    const again = await leadProduct.gql(STATUS, { id: r, s: 'PLANNED' });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reasons: { status: { code: 'STATUS_NOT_ALLOWED', from: 'SHIPPED', to: 'PLANNED' } } });
  });
});

describe('you asked, we did', () => {
  it('SHIPPED notifies who linked the feedback, the idea author, the assignee and the lead, once each, never the one who shipped it', async () => {
    const r = await create('Proactive SMS when a delivery is late');
    // Support's feedback, linked by the employee (and by the product lead, who ships it)
    const f1 = await feedbackOf(h.scenario.customers.acme.id, '2026-06-01T10:00:00Z', 'Text me when you are late', h.scenario.departments.support.id);
    const f2 = await feedbackOf(h.scenario.customers.fjord.id, '2026-06-02T10:00:00Z', 'SMS please', h.scenario.departments.support.id);
    await ok(employee, LINK, { r, f: String(f1) });
    await ok(leadProduct, LINK, { r, f: String(f2) });
    // an idea by the executive citing f1, and an action item on f2 assigned to the Support agent
    await ok(exec, `mutation($input: PostIdeaInput!) { postIdea(input: $input) { id } }`, { input: {
      title: 'Tell customers before they ask', body: 'SMS', departmentId: String(h.scenario.departments.support.id), feedbackIds: [String(f1)] } });
    await h.database.sql`insert into action_items (title, feedback_id, assignee_id, department_id) values ('Call', ${f2}, ${uid.agent}, ${h.scenario.departments.support.id})`;
    // neither a disabled user who linked feedback nor the author of a hidden idea citing it hears of it
    const people = await h.database.sql`insert into users (email, name, role, password_hash, disabled_at) values
      ('gone@test.dev', 'Gone Gunnar', 'EMPLOYEE', 'x', now()), ('hidden@test.dev', 'Hidden Hanna', 'EMPLOYEE', 'x', null) returning id`;
    const f3 = await feedbackOf(null, '2026-06-02T11:00:00Z', 'SMS too', h.scenario.departments.support.id);
    await h.database.sql`insert into feature_request_feedback (feature_request_id, feedback_id, linked_by_id) values (${r}, ${f3}, ${people[0].id})`;
    const [hidden] = await h.database.sql`insert into ideas (title, body, body_html, department_id, author_id, hidden_at)
      values ('Hidden', 'x', '<p>x</p>', ${h.scenario.departments.support.id}, ${people[1].id}, now()) returning id`;
    await h.database.sql`insert into idea_feedback (idea_id, feedback_id) values (${hidden.id}, ${f1})`;
    // feedback linked to another request concerns nobody here
    const other = await create();
    await ok(admin, LINK, { r: other, f: String(await feedbackOf(null, '2026-06-03T10:00:00Z', 'x', h.scenario.departments.sales.id)) });

    await h.database.sql`delete from notifications`;
    await ok(leadProduct, STATUS, { id: r, s: 'SHIPPED', n: 'Live for everyone' });
    const sent = await h.database.sql`select user_id, type, payload from notifications order by user_id`;
    expect(sent.map((n) => Number(n.user_id)).sort()).toEqual([uid.employee, uid.exec, uid.agent, uid.leadSupport].sort());
    for (const n of sent) {
      expect(n.type).toBe('FEATURE_SHIPPED');
      expect(n.payload).toMatchObject({ featureRequestId: Number(r), title: 'Proactive SMS when a delivery is late', status: 'SHIPPED', reason: 'Live for everyone', by: 'Per Product' });
    }
    // the employee reads it in their notifications
    const mine = await ok(employee, `{ notifications(first: 5) { edges { node { type title status reason featureRequestId } } } }`);
    expect(mine.notifications.edges[0].node).toEqual({ type: 'FEATURE_SHIPPED', title: 'Proactive SMS when a delivery is late', status: 'SHIPPED', reason: 'Live for everyone', featureRequestId: r });

    // another change tells the same people, as FEATURE_STATUS
    const planned = await create('Another');
    await ok(employee, LINK, { r: planned, f: String(f1) });
    await h.database.sql`delete from notifications`;
    await ok(admin, STATUS, { id: planned, s: 'PLANNED' });
    const told = await h.database.sql`select user_id, type from notifications`;
    expect(told.map((n) => Number(n.user_id)).sort()).toEqual([uid.employee, uid.exec, uid.leadSupport].sort());
    expect(new Set(told.map((n) => n.type))).toEqual(new Set(['FEATURE_STATUS']));
  });

  it('a merge racing a status change, a link and an unlink of its source leaves nothing on the merged request', async () => {
    for (let round = 0; round < 4; round++) {
      const source = await create(`Racing source ${round}`);
      const target = await create(`Racing target ${round}`);
      const [linked, other] = [await feedbackOf(null, '2026-07-01T10:00:00Z'), await feedbackOf(null, '2026-07-02T10:00:00Z')];
      await ok(employee, LINK, { r: source, f: String(linked) });
      const replies = await Promise.all([
        leadProduct.gql(MERGE, { s: source, t: target }),
        admin.gql(STATUS, { id: source, s: 'PLANNED' }),
        employee.gql(LINK, { r: source, f: String(other) }),
      ]);
      expect(replies[0].errors).toBeUndefined();
      // the status change went to the source before the merge, to the target after it, or was refused
      expect(replies[1].errors?.map((e) => e.extensions?.code) ?? ['ok']).toEqual([expect.stringMatching(/^(ok|CONFLICT)$/)]);
      expect(replies[2].errors).toBeUndefined();
      const links = await h.database.sql`select feature_request_id, feedback_id from feature_request_feedback where feedback_id in (${linked}, ${other}) order by feedback_id`;
      expect(links.map((l) => String(l.feature_request_id))).toEqual([target, target]);
      // an unlink through the merged id removes the target's link
      await ok(employee, `mutation($r: ID!, $f: ID!) { unlinkFeedback(featureRequestId: $r, feedbackId: $f) { id } }`, { r: source, f: String(other) });
      expect((await h.database.sql`select count(*)::int as n from feature_request_feedback where feedback_id = ${other}`)[0].n).toBe(0);
    }
  });

  it('tells each customer once: one action item per customer, on their latest feedback, for the lead of its department', async () => {
    const r = await create('Tell them');
    const acmeOld = await feedbackOf(h.scenario.customers.acme.id, '2026-01-01T10:00:00Z', 'a', h.scenario.departments.sales.id);
    const acmeNew = await feedbackOf(h.scenario.customers.acme.id, '2026-03-01T10:00:00Z', 'b', h.scenario.departments.support.id);
    const fjord = await feedbackOf(h.scenario.customers.fjord.id, '2026-02-01T10:00:00Z', 'c', h.scenario.departments.product.id);
    const anonymous = await feedbackOf(null, '2026-02-01T10:00:00Z', 'd');
    // a contact without an account: told too, but their name stays out of the item's title (read by everyone)
    const [solo] = await h.database.sql`insert into contacts (name, email, dedupe_key) values ('Solveig Solo', 'solveig@example.no', 'solveig@example.no') returning id`;
    const contactOnly = await feedbackOf(null, '2026-02-03T10:00:00Z', 'e', h.scenario.departments.support.id);
    await h.database.sql`update feedback set contact_id = ${solo.id} where id = ${contactOnly}`;
    for (const f of [acmeOld, acmeNew, fjord, anonymous, contactOnly]) await ok(employee, LINK, { r, f: String(f) });
    const TELL = `mutation($id: ID!) { tellFeatureRequestCustomers(id: $id) { id askers { key feedbackCount customer { name } latestFeedback { id } followUp { id assignee { name } } } } }`;
    const early = await leadProduct.gql(TELL, { id: r });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reasons: { id: { code: 'NOT_SHIPPED' } } });
    await ok(leadProduct, STATUS, { id: r, s: 'SHIPPED' });
    const d = (await ok(leadProduct, TELL, { id: r })).tellFeatureRequestCustomers;
    const byName = Object.fromEntries(d.askers.map((a: any) => [a.customer?.name ?? 'none', a]));
    expect(Object.keys(byName).sort()).toEqual(['Acme AS', 'Fjord AB', 'none']);
    expect(byName.none).toMatchObject({ key: `contact:${solo.id}`, followUp: { assignee: { name: 'Siri Support' } } });
    expect(byName['Acme AS']).toMatchObject({ feedbackCount: 2, latestFeedback: { id: String(acmeNew) }, followUp: { assignee: { name: 'Siri Support' } } });
    expect(byName['Fjord AB']).toMatchObject({ feedbackCount: 1, latestFeedback: { id: String(fjord) }, followUp: { assignee: { name: 'Per Product' } } });
    const items = await h.database.sql`select feedback_id, title from action_items where feature_request_id = ${r} order by feedback_id`;
    expect(items.map((i) => Number(i.feedback_id))).toEqual([acmeNew, fjord, contactOnly].sort((a, b) => a - b));
    for (const item of items) expect(item.title).not.toContain('Solveig');
    // the loop reopens for those customers until someone tells them
    const [{ loop_status }] = await h.database.sql`select loop_status from feedback where id = ${acmeNew}`;
    expect(loop_status).toBe('OPEN');
    // again (or twice at once) makes none more
    await Promise.all([ok(leadProduct, TELL, { id: r }), ok(admin, TELL, { id: r })]);
    expect((await h.database.sql`select count(*)::int as n from action_items where feature_request_id = ${r}`)[0].n).toBe(3);
  });
});
