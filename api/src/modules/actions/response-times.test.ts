// `responseTimes` against a recomputation written here, in plain TypeScript from the raw rows of a
// seeded demo company (product.md's definitions spelled out again, sharing no code with the service).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '@chorus/db/seed';
import { startHarness, type Harness } from '../../testing/harness';

const TZ = 'Europe/Oslo';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ scenario: false, config: { timeZone: TZ } });
  await seedDemo(h.database, { feedback: 4_000, seed: 3 });
});
afterAll(async () => { await h.close(); });
const asDemo = (email: string) => h.client().signIn(email, DEMO_PASSWORD);

interface Fb { id: number; receivedAt: number; departmentId: number | null; contactId: number | null; nps: number | null; csat: number | null; ces: number | null; category: string }
interface Item { feedbackId: number; id: number; assigneeId: number | null; status: string; createdAt: number; firstResponseAt: number | null; resolvedAt: number | null }
interface Policy { id: number; rank: number; departmentId: number | null; maxNps: number | null; maxCsat: number | null; maxCes: number | null; targetHours: number }

/** PostgreSQL's percentile_cont: linear interpolation between the order statistics around p × (n − 1). */
function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const v = [...values].sort((a, b) => a - b);
  const pos = p * (v.length - 1);
  const lo = Math.floor(pos);
  return v[lo] + (pos - lo) * (v[Math.ceil(pos)] - v[lo]);
}

/** product.md's interval of a median: the order statistics of rank ⌊n/2 − 0.98√n⌋ and ⌈1 + n/2 + 0.98√n⌉, clamped to 1…n. */
function medianInterval(values: number[]): [number | null, number | null] {
  if (!values.length) return [null, null];
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  const low = Math.min(n, Math.max(1, Math.floor(n / 2 - 0.98 * Math.sqrt(n))));
  const high = Math.max(1, Math.min(n, Math.ceil(1 + n / 2 + 0.98 * Math.sqrt(n))));
  return [v[low - 1], v[high - 1]];
}

function quarterOf(ms: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: 'numeric' }).formatToParts(new Date(ms));
  const year = parts.find((p) => p.type === 'year')!.value;
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  return `${year} Q${Math.ceil(month / 3)}`;
}

async function recompute(groupOf: (f: Fb, assigneeId: number | null) => string | null, from?: number, to?: number) {
  const now = Date.now();
  const feedback: Fb[] = (await h.database.sql`select id, received_at, department_id, contact_id, nps_score, csat_score, ces_score, category from feedback`)
    .map((r) => ({ id: Number(r.id), receivedAt: new Date(r.received_at).getTime(), departmentId: r.department_id && Number(r.department_id),
      contactId: r.contact_id && Number(r.contact_id), nps: r.nps_score, csat: r.csat_score, ces: r.ces_score, category: r.category }));
  const items: Item[] = (await h.database.sql`select id, feedback_id, assignee_id, status, created_at, first_response_at, resolved_at from action_items where feedback_id is not null`)
    .map((r) => ({ id: Number(r.id), feedbackId: Number(r.feedback_id), assigneeId: r.assignee_id && Number(r.assignee_id), status: r.status,
      createdAt: new Date(r.created_at).getTime(), firstResponseAt: r.first_response_at && new Date(r.first_response_at).getTime(),
      resolvedAt: r.resolved_at && new Date(r.resolved_at).getTime() }));
  const policies: Policy[] = (await h.database.sql`select id, rank, department_id, max_nps, max_csat, max_ces, target_hours from sla_policies`)
    .map((r) => ({ id: Number(r.id), rank: r.rank, departmentId: r.department_id && Number(r.department_id), maxNps: r.max_nps, maxCsat: r.max_csat, maxCes: r.max_ces, targetHours: r.target_hours }))
    .sort((a, b) => a.rank - b.rank || a.id - b.id);
  const itemsOf = new Map<number, Item[]>();
  for (const i of items) itemsOf.set(i.feedbackId, [...(itemsOf.get(i.feedbackId) ?? []), i]);
  const npsByContact = new Map<number, Fb[]>();
  for (const f of feedback) if (f.contactId && f.nps !== null) npsByContact.set(f.contactId, [...(npsByContact.get(f.contactId) ?? []), f]);

  const groups = new Map<string, { first: number[]; resolution: number[]; needing: number; decided: number; within: number; rec: [number, number]; notRec: [number, number] }>();
  for (const f of feedback) {
    const needs = (f.nps !== null && f.nps <= 6) || (f.csat !== null && f.csat <= 2) || (f.ces !== null && f.ces <= 3) || f.category === 'COMPLAINT' || f.category === 'BUG';
    if (!needs || (from !== undefined && f.receivedAt < from) || (to !== undefined && f.receivedAt >= to)) continue;
    const its = (itemsOf.get(f.id) ?? []).sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
    const responses = its.map((i) => i.firstResponseAt).filter((t): t is number => t !== null);
    const firstResponse = responses.length ? Math.min(...responses) : null;
    const resolved = its.length > 0 && its.every((i) => i.status === 'DONE' || i.status === 'WONT_DO') && its.some((i) => i.status === 'DONE');
    const resolvedAt = resolved ? Math.max(...its.map((i) => i.resolvedAt ?? -Infinity)) : null;
    const key = groupOf(f, its[0]?.assigneeId ?? null);
    if (key === null) continue;
    const g = groups.get(key) ?? { first: [], resolution: [], needing: 0, decided: 0, within: 0, rec: [0, 0], notRec: [0, 0] };
    groups.set(key, g);
    g.needing++;
    if (firstResponse !== null) g.first.push((firstResponse - f.receivedAt) / HOUR);
    if (resolvedAt !== null) g.resolution.push((resolvedAt - f.receivedAt) / HOUR);
    const policy = policies.find((p) => (p.departmentId === null || p.departmentId === f.departmentId)
      && ((p.maxNps === null && p.maxCsat === null && p.maxCes === null) || (f.nps !== null && p.maxNps !== null && f.nps <= p.maxNps)
        || (f.csat !== null && p.maxCsat !== null && f.csat <= p.maxCsat) || (f.ces !== null && p.maxCes !== null && f.ces <= p.maxCes)));
    if (policy) {
      const deadline = f.receivedAt + policy.targetHours * HOUR;
      if (firstResponse !== null) { g.decided++; if (firstResponse <= deadline) g.within++; }
      else if (now > deadline) g.decided++;
    }
    if (f.nps !== null && f.nps <= 6 && f.contactId) {
      const next = (npsByContact.get(f.contactId) ?? []).filter((n) => n.receivedAt > f.receivedAt && n.receivedAt <= f.receivedAt + 180 * DAY)
        .sort((a, b) => a.receivedAt - b.receivedAt || a.id - b.id)[0];
      if (next) {
        const bucket = firstResponse !== null ? g.rec : g.notRec;
        bucket[0]++;
        if (next.nps! > 6) bucket[1]++;
      }
    }
  }
  return new Map([...groups].map(([key, g]) => [key, {
    needingFollowUp: g.needing, responded: g.first.length, resolved: g.resolution.length,
    firstResponseMedianHours: percentile(g.first, 0.5), firstResponseP90Hours: percentile(g.first, 0.9),
    firstResponseMedianLowHours: medianInterval(g.first)[0], firstResponseMedianHighHours: medianInterval(g.first)[1],
    resolutionMedianHours: percentile(g.resolution, 0.5), resolutionP90Hours: percentile(g.resolution, 0.9),
    resolutionMedianLowHours: medianInterval(g.resolution)[0], resolutionMedianHighHours: medianInterval(g.resolution)[1],
    slaDecided: g.decided, withinSla: g.within, slaAttainment: g.decided ? (g.within / g.decided) * 100 : null,
    recoveryN: g.rec[0], recoveryRate: g.rec[0] ? (g.rec[1] / g.rec[0]) * 100 : null,
    notFollowedUpRecoveryN: g.notRec[0], notFollowedUpRecoveryRate: g.notRec[0] ? (g.notRec[1] / g.notRec[0]) * 100 : null,
  }]));
}

const ROWS = `query($g: ResponseGroup!, $f: ResponseTimeFilter) { responseTimes(groupBy: $g, filter: $f) { key label needingFollowUp responded resolved
  firstResponseMedianHours firstResponseP90Hours firstResponseMedianLowHours firstResponseMedianHighHours
  resolutionMedianHours resolutionP90Hours resolutionMedianLowHours resolutionMedianHighHours slaDecided withinSla slaAttainment
  recoveryN recoveryRate notFollowedUpRecoveryN notFollowedUpRecoveryRate } }`;

function expectSame(actual: Record<string, unknown>, expected: Record<string, number | null>, at: string) {
  for (const [field, value] of Object.entries(expected)) {
    if (value === null) expect(actual[field], `${at} ${field}`).toBeNull();
    else expect(actual[field] as number, `${at} ${field}`).toBeCloseTo(value, 6);
  }
}

describe('responseTimes', () => {
  it('by department equals the recomputation from the raw rows', async () => {
    const admin = await asDemo('admin@chorus.demo');
    const r = await admin.gql(ROWS, { g: 'DEPARTMENT' });
    expect(r.errors).toBeUndefined();
    const expected = await recompute((f) => (f.departmentId === null ? null : String(f.departmentId)));
    expect(r.data.responseTimes.map((x: any) => x.key).sort()).toEqual([...expected.keys()].sort());
    for (const row of r.data.responseTimes) expectSame(row, expected.get(row.key)!, row.label);
    // the demo company has its story in it: most unhappy customers are contacted
    const total = r.data.responseTimes.reduce((s: number, x: any) => s + x.needingFollowUp, 0);
    expect(total).toBeGreaterThan(100);
  });

  it('by department equals a recomputation in SQL written here (the default policies spelled out)', async () => {
    const expected = await h.database.sql<Record<string, number | null>[]>`
      with f as (
        select f.id, f.received_at, f.department_id, f.nps_score,
          case when f.nps_score <= 6 or f.csat_score <= 2 or f.ces_score <= 3 then 24 else 72 end as target_hours,
          (select min(a.first_response_at) from action_items a where a.feedback_id = f.id) as first_response,
          (select case when bool_and(a.status in ('DONE', 'WONT_DO')) and bool_or(a.status = 'DONE') then max(a.resolved_at) end
            from action_items a where a.feedback_id = f.id) as resolved_at,
          (select n.nps_score from feedback n where f.contact_id is not null and n.contact_id = f.contact_id and n.nps_score is not null
            and n.received_at > f.received_at and n.received_at <= f.received_at + interval '180 days' order by n.received_at, n.id limit 1) as next_nps
        from feedback f
        where f.nps_score <= 6 or f.csat_score <= 2 or f.ces_score <= 3 or f.category in ('COMPLAINT', 'BUG')
      ), t as (
        select *, extract(epoch from first_response - received_at) / 3600 as fr, extract(epoch from resolved_at - received_at) / 3600 as res,
          received_at + target_hours * interval '1 hour' as deadline from f
      )
      select department_id::text as key, count(*)::int as "needingFollowUp", count(fr)::int as responded, count(res)::int as resolved,
        percentile_cont(0.5) within group (order by fr) as "firstResponseMedianHours",
        percentile_cont(0.9) within group (order by fr) as "firstResponseP90Hours",
        percentile_cont(0.5) within group (order by res) as "resolutionMedianHours",
        percentile_cont(0.9) within group (order by res) as "resolutionP90Hours",
        count(*) filter (where first_response is not null or now() > deadline)::int as "slaDecided",
        count(*) filter (where first_response <= deadline)::int as "withinSla",
        count(next_nps) filter (where nps_score <= 6 and first_response is not null)::int as "recoveryN",
        100.0 * count(*) filter (where nps_score <= 6 and first_response is not null and next_nps > 6)
          / nullif(count(next_nps) filter (where nps_score <= 6 and first_response is not null), 0) as "recoveryRate",
        count(next_nps) filter (where nps_score <= 6 and first_response is null)::int as "notFollowedUpRecoveryN",
        100.0 * count(*) filter (where nps_score <= 6 and first_response is null and next_nps > 6)
          / nullif(count(next_nps) filter (where nps_score <= 6 and first_response is null), 0) as "notFollowedUpRecoveryRate"
      from t where department_id is not null group by 1`;
    const admin = await asDemo('admin@chorus.demo');
    const r = await admin.gql(ROWS, { g: 'DEPARTMENT' });
    expect(r.errors).toBeUndefined();
    const actual = new Map<string, Record<string, unknown>>(r.data.responseTimes.map((row: { key: string }) => [row.key, row]));
    expect([...actual.keys()].sort()).toEqual(expected.map((e) => e.key).sort());
    for (const { key, ...figures } of expected) {
      expectSame(actual.get(String(key))!, Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v === null ? null : Number(v)])), String(key));
    }
  });

  it('by local quarter within a window equals the recomputation, keyed by the instant each quarter starts', async () => {
    const exec = await asDemo('exec@chorus.demo');
    const from = Date.UTC(2025, 0, 1);
    const to = Date.now();
    const r = await exec.gql(ROWS, { g: 'QUARTER', f: { receivedFrom: new Date(from).toISOString(), receivedTo: new Date(to).toISOString() } });
    expect(r.errors).toBeUndefined();
    const expected = await recompute((f) => quarterOf(f.receivedAt), from, to);
    expect(r.data.responseTimes.map((x: any) => x.label)).toEqual([...expected.keys()].sort());
    for (const row of r.data.responseTimes) {
      expectSame(row, expected.get(row.label)!, row.label);
      // the key is the instant the quarter starts in Oslo: local midnight on the 1st of its first month
      const local = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .format(new Date(row.key));
      const [year, q] = row.label.split(' Q');
      expect(local).toBe(`01/${String((Number(q) - 1) * 3 + 1).padStart(2, '0')}/${year}, 00:00`);
    }
  });

  it('by assignee: everyone for ADMINs and EXECUTIVEs, a LEAD their department, anyone else only their own row', async () => {
    const admin = await asDemo('admin@chorus.demo');
    const all = await admin.gql(ROWS, { g: 'ASSIGNEE' });
    const expected = await recompute((_f, assigneeId) => (assigneeId === null ? null : String(assigneeId)));
    expect(all.data.responseTimes.map((x: any) => x.key).sort()).toEqual([...expected.keys()].sort());
    for (const row of all.data.responseTimes) expectSame(row, expected.get(row.key)!, row.label);

    const exec = await asDemo('exec@chorus.demo');
    expect((await exec.gql(ROWS, { g: 'ASSIGNEE' })).data.responseTimes).toHaveLength(all.data.responseTimes.length);
    const lead = await asDemo('lead.support@chorus.demo');
    const leadRows = (await lead.gql(ROWS, { g: 'ASSIGNEE' })).data.responseTimes.map((x: any) => x.key).sort();
    const support = await h.database.sql`select u.id from users u join departments d on d.id = u.department_id where d.name = 'Support'`;
    const supportIds = new Set(support.map((u) => String(u.id)));
    expect(leadRows).toEqual(all.data.responseTimes.map((x: any) => x.key).filter((k: string) => supportIds.has(k)).sort());
    expect(leadRows.length).toBeGreaterThan(0);
    const employee = await asDemo('employee@chorus.demo');
    const [{ id: me }] = await h.database.sql`select id from users where email = 'employee@chorus.demo'`;
    for (const row of (await employee.gql(ROWS, { g: 'ASSIGNEE' })).data.responseTimes) expect(row.key).toBe(String(me));
  });
});

describe('responseTimes costs', () => {
  it('a constant number of statements, however many rows it returns and names', async () => {
    const admin = await asDemo('admin@chorus.demo');
    for (const g of ['DEPARTMENT', 'ASSIGNEE', 'QUARTER']) {
      const counts: number[] = [];
      const sizes: number[] = [];
      // one department's last month against the whole company's history
      const [{ id: support }] = await h.database.sql`select id::text from departments where name = 'Support'`;
      for (const f of [{ receivedFrom: new Date(Date.now() - 30 * DAY).toISOString(), departmentIds: [support] }, {}]) {
        h.statements.length = 0;
        const r = await admin.gql(ROWS, { g, f });
        expect(r.errors).toBeUndefined();
        counts.push(h.statements.length);
        sizes.push(r.data.responseTimes.length);
      }
      console.log(`responseTimes(${g}): ${sizes.join(' and ')} rows, ${counts.join(' and ')} statements`);
      expect(sizes[1]).toBeGreaterThan(sizes[0]);
      expect(counts[1]).toBe(counts[0]);
    }
  });
});

describe("quarters are the organisation's", () => {
  it('puts an answer received at 02:00 UTC on 1 April in Q2 for Oslo and in Q1 for New York', async () => {
    for (const [timeZone, label, start] of [
      ['Europe/Oslo', '2026 Q2', '2026-03-31T22:00:00Z'],
      ['America/New_York', '2026 Q1', '2026-01-01T05:00:00Z'],
    ] as const) {
      const local = await startHarness({ config: { timeZone } });
      try {
        await local.database.sql`insert into feedback (source, external_id, received_at, channel, kind, nps_score, department_id)
          values ('tz', '1', '2026-04-01T02:00:00Z', 'SURVEY_EMAIL', 'DIRECT', 3, ${local.scenario.departments.support.id})`;
        const admin = await local.as('admin@test.dev');
        const r = await admin.gql(ROWS, { g: 'QUARTER', f: { receivedFrom: '2026-03-31T00:00:00Z', receivedTo: '2026-04-02T00:00:00Z' } });
        expect(r.data.responseTimes.map((x: any) => [x.label, x.key, x.needingFollowUp])).toEqual([[label, start, 1]]);
      } finally {
        await local.close();
      }
    }
  });
});

describe('responseTimes on a company built by hand', () => {
  it('follows every rule: the earliest item\'s assignee, the earliest contact, resolution, department policies, decided outcomes, recovery', async () => {
    const own = await startHarness({ config: { timeZone: TZ } });
    try {
      const s = own.scenario;
      const sql = own.database.sql;
      const T0 = Date.parse('2026-03-10T10:00:00Z');
      const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();
      // Support calls 0–8 unhappy and wants an answer within 4 hours; the defaults stay for the rest
      await sql`insert into sla_policies (name, rank, department_id, max_nps, target_hours) values ('Support cares', 0, ${s.departments.support.id}, 8, 4)`;
      const fb = async (key: string, department: number, scores: { nps?: number; csat?: number; ces?: number }, receivedAt: string, contact: number | null = null) =>
        Number((await sql`insert into feedback (source, external_id, received_at, channel, kind, nps_score, csat_score, ces_score, department_id, contact_id)
          values ('hand', ${key}, ${receivedAt}, 'SURVEY_EMAIL', 'DIRECT', ${scores.nps ?? null}, ${scores.csat ?? null}, ${scores.ces ?? null}, ${department}, ${contact})
          returning id`)[0].id);
      const item = (feedbackId: number, assignee: number, createdAt: string, status: string, firstResponseAt: string | null, resolvedAt: string | null) =>
        sql`insert into action_items (title, feedback_id, assignee_id, department_id, created_at, status, first_response_at, resolved_at)
          values ('x', ${feedbackId}, ${assignee}, ${s.departments.support.id}, ${createdAt}, ${status}, ${firstResponseAt}, ${resolvedAt})`;
      const { agentSupport: agent, employee, leadSupport } = s.users;
      // A: NPS 7, unhappy only by Support's policy; two items, the agent's made first; the other made the first contact
      const a = await fb('A', s.departments.support.id, { nps: 7 }, at(0));
      await item(a, agent.id, at(0.5), 'DONE', at(2), at(10));
      await item(a, employee.id, at(0.7), 'WONT_DO', at(1), null);
      // B: a detractor of Kari's, answered after 30 hours (target 4: missed); one item still open, so not resolved
      const b = await fb('B', s.departments.support.id, { nps: 2 }, at(0), s.contacts.kari.id);
      await item(b, leadSupport.id, at(1), 'DONE', at(30), at(40));
      await item(b, agent.id, at(2), 'OPEN', null, null);
      // Kari answers again 60 days later, as a promoter: B recovered
      await fb('B-next', s.departments.sales.id, { nps: 9 }, at(60 * 24), s.contacts.kari.id);
      // C: NPS 7 in Sales, which has no such policy: nobody needs to follow it up
      await fb('C', s.departments.sales.id, { nps: 7 }, at(0));
      // D: CSAT 1 in Sales, never answered, its 24 hours long past: missed
      await fb('D', s.departments.sales.id, { csat: 1 }, at(24));
      // E: CES 2 in Sales an hour ago: still inside its target, not decided yet
      await fb('E', s.departments.sales.id, { ces: 2 }, new Date(Date.now() - HOUR).toISOString());
      // the scenario's own three items would only blur the arithmetic
      await sql`delete from feedback where source = 's'`;
      const admin = await own.as('admin@test.dev');
      const window = { receivedFrom: '2026-03-01T00:00:00Z' };
      const byDept = (await admin.gql(ROWS, { g: 'DEPARTMENT', f: window })).data.responseTimes;
      const row = (label: string) => byDept.find((r: any) => r.label === label);
      expect(row('Support')).toMatchObject({
        needingFollowUp: 2, responded: 2, resolved: 1,
        firstResponseMedianHours: 15.5, resolutionMedianHours: 10, resolutionP90Hours: 10,
        slaDecided: 2, withinSla: 1, slaAttainment: 50,
        recoveryN: 1, recoveryRate: 100, notFollowedUpRecoveryN: 0, notFollowedUpRecoveryRate: null,
      });
      // percentile_cont between 1 and 30 at 0.9: 1 + 0.9 × 29
      expect(row('Support').firstResponseP90Hours).toBeCloseTo(27.1, 9);
      expect(row('Sales')).toMatchObject({ needingFollowUp: 2, responded: 0, resolved: 0, slaDecided: 1, withinSla: 0, slaAttainment: 0, firstResponseMedianHours: null });
      const byAssignee = (await admin.gql(ROWS, { g: 'ASSIGNEE', f: window })).data.responseTimes;
      expect(byAssignee.map((r: any) => [r.key, r.needingFollowUp]).sort()).toEqual([[String(agent.id), 1], [String(leadSupport.id), 1]].sort());
      const narrowed = (await admin.gql(ROWS, { g: 'DEPARTMENT', f: { ...window, departmentIds: [String(s.departments.sales.id)] } })).data.responseTimes;
      expect(narrowed.map((r: any) => r.label)).toEqual(['Sales']);
    } finally {
      await own.close();
    }
  });
});
