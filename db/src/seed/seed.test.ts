// The demo data against a real PostgreSQL: the default size once (and once more to prove it is
// deterministic), a small size with another seed, and the promises the rest of Chorus builds on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../password';
import { createTestDatabase, type TestDatabase } from '../testing/index';
import { matchesTheme, THEMES } from './catalog';
import { featureRequestChecks } from './feature-request-checks';
import { DEFAULT_FEEDBACK, isDatabaseEmpty, seedDemo, type SeedSummary } from './index';
import { STORY_REGION } from './names';
import { APP_RELEASE_QUARTER, CRISIS_QUARTER } from './story';
import { buildCalendar } from './time';

const NOW = new Date('2026-06-15T00:00:00Z');
const SEED = 7;
/** postgres.js cannot infer a Date parameter in every position; an ISO string with a cast always works */
const NOW_TS = NOW.toISOString();
const calendar = buildCalendar(NOW);
/** the Oslo-local first day of a quarter relative to NOW's, as the SQL below writes it */
const quarterStart = (q: number) => calendar.days.find((d) => d.quarter === q)!.key;
const osloQuarter = (column: string) => `date_trunc('quarter', ${column} at time zone 'Europe/Oslo')::date::text`;

/** A fingerprint of a table's rows in a fixed order. */
async function fingerprint(db: TestDatabase, query: string): Promise<string> {
  const [row] = await db.sql.unsafe<{ md5: string }[]>(`select md5(string_agg(t::text, '|' order by t::text)) as md5 from (${query}) t`);
  return row.md5;
}
const FEEDBACK_ROWS = `select id, source, external_id, received_at, channel, kind, category, customer_id, contact_id, product_id, survey_id,
  department_id, nps_score, csat_score, ces_score, repurchase_score, cross_buy_score, text, language, sentiment, loop_status, created_at from feedback`;

/** NPS of a set of answers, computed the way product.md defines it. */
const NPS_SQL = `round(100.0 * (count(*) filter (where nps_score >= 9) - count(*) filter (where nps_score <= 6)) / nullif(count(nps_score), 0))::int`;

describe('the demo at the default size', () => {
  let db: TestDatabase;
  let summary: SeedSummary;
  let progressPhases: Set<string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    expect(await isDatabaseEmpty(db)).toBe(true);
    progressPhases = new Set();
    summary = await seedDemo(db, { seed: SEED, now: NOW, onProgress: (_done, _total, phase) => progressPhases.add(phase) });
  });
  afterAll(async () => {
    await db.drop();
  });

  it('makes 24,000 feedback items over eight full quarters and the running one, and reports its progress', async () => {
    expect(summary.feedback).toBe(DEFAULT_FEEDBACK);
    const [row] = await db.sql<{ n: number; quarters: number; first: string; last: string }[]>`
      select count(*)::int as n, count(distinct date_trunc('quarter', received_at at time zone 'Europe/Oslo'))::int as quarters,
        min(received_at)::text as first, max(received_at)::text as last from feedback`;
    expect(row.n).toBeGreaterThanOrEqual(20_000);
    expect(row.quarters).toBeGreaterThanOrEqual(8);
    expect(new Date(row.last).getTime()).toBeLessThan(NOW.getTime());
    expect(await isDatabaseEmpty(db)).toBe(false);
    expect([...progressPhases]).toEqual(['Reference data', 'Feedback', 'Ideas forum', 'Feature requests', 'Finishing']);
  });

  it('speaks English, Norwegian and Swedish in roughly 40/35/25 proportions', async () => {
    const rows = await db.sql<{ language: string; share: number }[]>`
      select language, count(*)::float / sum(count(*)) over () as share from feedback where language is not null group by 1`;
    const share = Object.fromEntries(rows.map((r) => [r.language, r.share]));
    expect(Object.keys(share).sort()).toEqual(['en', 'nb', 'sv']);
    expect(share.en).toBeGreaterThan(0.33);
    expect(share.en).toBeLessThan(0.47);
    expect(share.nb).toBeGreaterThan(0.28);
    expect(share.nb).toBeLessThan(0.42);
    expect(share.sv).toBeGreaterThan(0.18);
    expect(share.sv).toBeLessThan(0.32);
  });

  it('uses every channel and category, with kinds that follow the channel', async () => {
    const channels = await db.sql<{ missing: string[] }[]>`
      select array(select unnest(enum_range(null::channel))::text except select distinct channel::text from feedback) as missing`;
    expect(channels[0].missing).toEqual([]);
    const categories = await db.sql<{ missing: string[] }[]>`
      select array(select unnest(enum_range(null::category))::text except select distinct category::text from feedback) as missing`;
    expect(categories[0].missing).toEqual([]);
    const [wrongKind] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from feedback where kind <> case
        when channel in ('SURVEY_EMAIL', 'SURVEY_SMS', 'SURVEY_WEB', 'SURVEY_IN_APP', 'PHONE_INTERVIEW', 'COMMUNITY') then 'DIRECT'::feedback_kind
        when channel = 'USAGE' then 'DERIVED'::feedback_kind else 'INDIRECT'::feedback_kind end`;
    expect(wrongKind.n).toBe(0);
  });

  it('has the five demo accounts with the right roles and departments, one lead per department, all with the demo password', async () => {
    const users = await db.sql<{ email: string; role: string; department: string; password_hash: string }[]>`
      select u.email, u.role, d.name as department, u.password_hash from users u join departments d on d.id = u.department_id`;
    const byEmail = new Map(users.map((u) => [u.email, u]));
    expect(byEmail.get('admin@chorus.demo')).toMatchObject({ role: 'ADMIN', department: 'Management' });
    expect(byEmail.get('exec@chorus.demo')).toMatchObject({ role: 'EXECUTIVE', department: 'Management' });
    expect(byEmail.get('lead.support@chorus.demo')).toMatchObject({ role: 'LEAD', department: 'Support' });
    expect(byEmail.get('lead.product@chorus.demo')).toMatchObject({ role: 'LEAD', department: 'Product' });
    expect(byEmail.get('employee@chorus.demo')).toMatchObject({ role: 'EMPLOYEE', department: 'Sales' });
    expect(users.length).toBeGreaterThanOrEqual(35);
    expect(users.length).toBeLessThanOrEqual(45);
    const leads = users.filter((u) => u.role === 'LEAD').map((u) => u.department).sort();
    expect(leads).toEqual(['IT', 'Management', 'Marketing', 'Operations', 'Product', 'Sales', 'Support']);
    for (const u of users) expect(u.email).toMatch(/^[a-z.]+@chorus\.demo$/);
    // hashed once and shared
    expect(new Set(users.map((u) => u.password_hash)).size).toBe(1);
    expect(await verifyPassword(users[0].password_hash, 'chorus-demo')).toBe(true);
    expect(await verifyPassword(users[0].password_hash, 'chorus-dem0')).toBe(false);
  });

  it('has about 500 Nordic customers with plausible segments, revenues and contacts', async () => {
    const segments = await db.sql<{ segment: string; n: number; median: number }[]>`
      select segment, count(*)::int as n, percentile_cont(0.5) within group (order by annual_revenue) as median from customers group by 1`;
    const seg = Object.fromEntries(segments.map((s) => [s.segment, s]));
    expect(seg.ENTERPRISE.n + seg.MID_MARKET.n + seg.SMB.n).toBe(500);
    expect(seg.SMB.n).toBeGreaterThan(seg.MID_MARKET.n);
    expect(seg.MID_MARKET.n).toBeGreaterThan(seg.ENTERPRISE.n);
    expect(seg.ENTERPRISE.median).toBeGreaterThan(seg.MID_MARKET.median);
    expect(seg.MID_MARKET.median).toBeGreaterThan(seg.SMB.median);
    const [checks] = await db.sql<{ regions: number; bad_touch: number; bad_ids: number; bad_keys: number; per_customer_max: number; per_customer_min: number }[]>`
      select (select count(distinct region)::int from customers) as regions,
        (select count(*)::int from customers where segment = 'ENTERPRISE' and touch <> 'HIGH') as bad_touch,
        (select count(*)::int from customers where external_id !~ '^CRM-1[0-9]{4}$') as bad_ids,
        (select count(*)::int from contacts where dedupe_key <> lower(email)) as bad_keys,
        (select max(n)::int from (select count(*) as n from contacts group by customer_id) x) as per_customer_max,
        (select min(n)::int from (select count(*) as n from contacts group by customer_id) x) as per_customer_min`;
    expect(checks).toEqual({ regions: 10, bad_touch: 0, bad_ids: 0, bad_keys: 0, per_customer_max: 4, per_customer_min: 1 });
    const [phones] = await db.sql<{ bad: number }[]>`select count(*)::int as bad from contacts where phone is not null and phone !~ '^\\+(47|46|45|358) '`;
    expect(phones.bad).toBe(0);
  });

  it('keeps scores, sentiment, category and loop status consistent with each other', async () => {
    const [row] = await db.sql<Record<string, number>[]>`
      select
        count(*) filter (where nps_score is not null and not (f.channel = 'PHONE_INTERVIEW' or s.name ~ 'NPS|recommend'))::int as nps_outside_nps_surveys,
        count(*) filter (where csat_score is not null and s.name !~ 'CSAT')::int as csat_outside_csat_surveys,
        count(*) filter (where ces_score is not null and s.name !~ 'CES')::int as ces_outside_ces_surveys,
        count(*) filter (where f.survey_id is not null and coalesce(nps_score, csat_score, ces_score) is null)::int as survey_without_score,
        count(*) filter (where category = 'PRAISE' and sentiment <> 'POSITIVE')::int as praise_not_positive,
        count(*) filter (where category in ('COMPLAINT', 'BUG') and sentiment = 'POSITIVE')::int as complaint_positive,
        count(*) filter (where nps_score >= 9 and category in ('COMPLAINT', 'BUG'))::int as promoter_complaining,
        count(*) filter (where nps_score <= 6 and category = 'PRAISE' and sentiment = 'POSITIVE')::int as detractor_praising,
        count(*) filter (where text is null and f.survey_id is null)::int as blank_outside_surveys,
        count(*) filter (where (text is null) <> (language is null))::int as language_without_text,
        count(*) filter (where loop_status = 'NOT_NEEDED' and (nps_score <= 6 or csat_score <= 2 or ces_score <= 3 or category in ('COMPLAINT', 'BUG')))::int as unhandled,
        count(*) filter (where loop_status <> 'NOT_NEEDED' and not (coalesce(nps_score <= 6, false) or coalesce(csat_score <= 2, false)
          or coalesce(ces_score <= 3, false) or category in ('COMPLAINT', 'BUG'))
          -- telling a customer their request shipped puts the feedback in the loop, as any action item does
          and not exists (select 1 from action_items a where a.feedback_id = f.id and a.feature_request_id is not null))::int as needless_follow_up,
        count(*) filter (where repurchase_score is not null and nps_score is null)::int as loyalty_without_nps
      from feedback f left join surveys s on s.id = f.survey_id`;
    expect(row).toEqual({
      nps_outside_nps_surveys: 0, csat_outside_csat_surveys: 0, ces_outside_ces_surveys: 0, survey_without_score: 0,
      praise_not_positive: 0, complaint_positive: 0, promoter_complaining: 0, detractor_praising: 0, blank_outside_surveys: 0,
      language_without_text: 0, unhandled: 0, needless_follow_up: 0, loyalty_without_nps: 0,
    });
    // enough complete loyalty answers for the CLI
    const [cli] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from feedback where nps_score is not null and repurchase_score is not null and cross_buy_score is not null`;
    expect(cli.n).toBeGreaterThan(2_000);
    // older items needing follow-up are mostly closed; recent ones are still open
    const [loop] = await db.sql<{ old_closed: number; recent_open: number }[]>`
      select (avg((loop_status = 'CLOSED')::int) filter (where received_at < ${NOW_TS}::timestamptz - interval '60 days' and loop_status <> 'NOT_NEEDED'))::float as old_closed,
        (avg((loop_status <> 'CLOSED')::int) filter (where received_at > ${NOW_TS}::timestamptz - interval '3 days' and loop_status <> 'NOT_NEEDED'))::float as recent_open
      from feedback`;
    expect(loop.old_closed).toBeGreaterThan(0.85);
    expect(loop.recent_open).toBeGreaterThan(0.5);
  });

  it('tags themes the API would find again from the keywords in the text', async () => {
    const rows = await db.sql<{ text: string; theme: string }[]>`
      select f.text, t.name as theme from feedback_themes ft join feedback f on f.id = ft.feedback_id join themes t on t.id = ft.theme_id
      where f.id % 7 = 0`;
    expect(rows.length).toBeGreaterThan(2_000);
    const byName = new Map(THEMES.map((t) => [t.name, t]));
    const misses = rows.filter((r) => !matchesTheme(r.text, byName.get(r.theme)!));
    expect(misses.map((m) => `${m.theme}: ${m.text}`)).toEqual([]);
    const themes = await db.sql<{ name: string; keywords: string[] }[]>`select name, keywords from themes`;
    expect(themes.length).toBeGreaterThanOrEqual(12);
    for (const t of themes) {
      expect(t.keywords.length).toBeGreaterThan(3);
      for (const k of t.keywords) expect(k).toBe(k.toLowerCase());
    }
  });

  it('has verbatims that vary, and about 2 % of them with an e-mail address or phone number typed in', async () => {
    const [row] = await db.sql<{ texts: number; distinct_texts: number; with_contact: number }[]>`
      select count(text)::int as texts, count(distinct text)::int as distinct_texts,
        count(*) filter (where text ~ '[A-Za-z0-9._-]+@[a-z0-9-]+\\.[a-z]{2,}' or text ~ '\\+(47|46|45|358) ')::int as with_contact
      from feedback`;
    expect(row.distinct_texts / row.texts).toBeGreaterThan(0.6);
    expect(row.with_contact / row.texts).toBeGreaterThan(0.01);
    expect(row.with_contact / row.texts).toBeLessThan(0.04);
  });

  it('routes feedback to the department that can act on it', async () => {
    const rows = await db.sql<{ rule: string; wrong: number }[]>`
      select 'feature requests to Product' as rule, count(*) filter (where d.name <> 'Product')::int as wrong from feedback f join departments d on d.id = f.department_id where category = 'FEATURE_REQUEST'
      union all select 'bugs to IT or Product', count(*) filter (where d.name not in ('IT', 'Product'))::int from feedback f join departments d on d.id = f.department_id where category = 'BUG'`;
    for (const r of rows) expect(r, r.rule).toMatchObject({ wrong: 0 });
    const [delays] = await db.sql<{ share: number }[]>`
      select avg((d.name = 'Operations')::int)::float as share from feedback f join departments d on d.id = f.department_id
      join feedback_themes ft on ft.feedback_id = f.id join themes t on t.id = ft.theme_id
      where t.name = 'Delivery delays' and f.category = 'COMPLAINT'`;
    expect(delays.share).toBeGreaterThan(0.8);
    const departments = await db.sql<{ name: string }[]>`select distinct d.name from feedback f join departments d on d.id = f.department_id`;
    expect(departments.map((d) => d.name).sort()).toEqual(['IT', 'Management', 'Marketing', 'Operations', 'Product', 'Sales', 'Support']);
  });

  it('tells the Gothenburg story: the region’s NPS collapses for one quarter and recovers', async () => {
    const rows = await db.sql.unsafe<{ quarter: string; nps: number; n: number; delays: number }[]>(`
      select ${osloQuarter('f.received_at')} as quarter, ${NPS_SQL} as nps, count(nps_score)::int as n,
        count(*) filter (where exists (select 1 from feedback_themes ft join themes t on t.id = ft.theme_id
          where ft.feedback_id = f.id and t.name = 'Delivery delays'))::int as delays
      from feedback f join customers c on c.id = f.customer_id where c.region = $1 group by 1`, [STORY_REGION]);
    const q = new Map(rows.map((r) => [r.quarter, r]));
    const before = q.get(quarterStart(CRISIS_QUARTER - 1))!;
    const crisis = q.get(quarterStart(CRISIS_QUARTER))!;
    const after = q.get(quarterStart(CRISIS_QUARTER + 1))!;
    const later = q.get(quarterStart(CRISIS_QUARTER + 2))!;
    expect(crisis.n).toBeGreaterThanOrEqual(80);
    expect(crisis.nps).toBeLessThan(-10);
    expect(crisis.nps).toBeLessThan(before.nps - 25);
    expect(crisis.nps).toBeLessThan(after.nps - 20);
    expect(later.nps).toBeGreaterThan(crisis.nps + 35);
    expect(crisis.delays).toBeGreaterThan(2.5 * before.delays);
  });

  it('shows a slow upward NPS trend company-wide and the app-release bug spike', async () => {
    const rows = await db.sql.unsafe<{ quarter: string; nps: number }[]>(`
      select ${osloQuarter('received_at')} as quarter, ${NPS_SQL} as nps from feedback group by 1 order by 1`);
    const full = rows.slice(0, 8).map((r) => r.nps);
    const firstYear = full.slice(0, 4).reduce((a, b) => a + b) / 4;
    const secondYear = full.slice(4).reduce((a, b) => a + b) / 4;
    expect(secondYear).toBeGreaterThan(firstYear + 5);
    const bugs = await db.sql.unsafe<{ quarter: string; n: number }[]>(`
      select ${osloQuarter('f.received_at')} as quarter, count(*)::int as n from feedback f join products p on p.id = f.product_id
      where f.category = 'BUG' and p.name = 'Customer App' group by 1`);
    const byQuarter = new Map(bugs.map((b) => [b.quarter, b.n]));
    const release = byQuarter.get(quarterStart(APP_RELEASE_QUARTER))!;
    const previous = byQuarter.get(quarterStart(APP_RELEASE_QUARTER - 1))!;
    expect(release).toBeGreaterThan(2 * previous);
  });

  it('closes the loop: action items with SLA due times, follow-ups and real response times', async () => {
    const [sla] = await db.sql<{ policies: string }[]>`
      select string_agg(concat_ws(':', rank, name, max_nps, max_csat, max_ces, target_hours), ' | ' order by rank) as policies from sla_policies`;
    expect(sla.policies).toBe('1:Unhappy customers:6:2:3:24 | 2:Everyone else:72');
    const [a] = await db.sql<Record<string, number>[]>`
      select count(*)::int as items,
        count(*) filter (where a.feedback_id is not null and a.due_at <> f.received_at + make_interval(hours => s.target_hours))::int as wrong_due,
        count(*) filter (where a.status = 'DONE' and a.feedback_id is not null and a.resolved_at is null)::int as done_unresolved,
        count(*) filter (where a.status <> 'DONE' and a.resolved_at is not null)::int as resolved_not_done,
        count(*) filter (where a.first_response_at is distinct from (select min(fu.created_at) from follow_ups fu where fu.action_item_id = a.id and fu.contacted_customer))::int as wrong_first_response,
        count(*) filter (where a.feedback_id is not null and f.loop_status <> case a.status when 'OPEN' then 'OPEN'::loop_status
          when 'IN_PROGRESS' then 'IN_PROGRESS'::loop_status else 'CLOSED'::loop_status end
          -- feedback with several items (a shipped request's follow-up besides its own) is checked as a whole below
          and (select count(*) from action_items b where b.feedback_id = a.feedback_id) = 1)::int as loop_mismatch,
        count(*) filter (where a.assignee_id is null or a.department_id is null)::int as unassigned,
        count(*) filter (where greatest(a.created_at, a.updated_at, a.first_response_at, a.resolved_at) >= ${NOW_TS}::timestamptz)::int as in_future
      from action_items a left join feedback f on f.id = a.feedback_id left join sla_policies s on s.id = a.sla_policy_id`;
    expect({ ...a, items: 0 }).toEqual({
      items: 0, wrong_due: 0, done_unresolved: 0, resolved_not_done: 0, wrong_first_response: 0, loop_mismatch: 0, unassigned: 0, in_future: 0,
    });
    // the loop status is the action items' (api-contract.md): nothing IN_PROGRESS or CLOSED without the
    // items and follow-ups that make it so, and every feedback with items where its items put it
    const [loop] = await db.sql<{ unbacked: number; mismatched: number; worked: number }[]>`
      select count(*) filter (where f.loop_status in ('IN_PROGRESS', 'CLOSED') and not exists (select 1 from action_items a where a.feedback_id = f.id))::int as unbacked,
        count(*) filter (where exists (select 1 from action_items a where a.feedback_id = f.id) and f.loop_status <> case
          when not exists (select 1 from action_items a where a.feedback_id = f.id and a.status in ('OPEN', 'IN_PROGRESS')) then 'CLOSED'::loop_status
          when exists (select 1 from action_items a where a.feedback_id = f.id and a.first_response_at is not null) then 'IN_PROGRESS'::loop_status
          else 'OPEN'::loop_status end)::int as mismatched,
        count(*) filter (where f.loop_status in ('IN_PROGRESS', 'CLOSED'))::int as worked
      from feedback f`;
    expect(loop).toEqual({ unbacked: 0, mismatched: 0, worked: expect.any(Number) });
    expect(loop.worked).toBeGreaterThan(100);
    // one item for every worked loop, and a share more on feedback still waiting for its first contact
    expect(a.items).toBeGreaterThanOrEqual(loop.worked);
    expect(a.items).toBeLessThanOrEqual(loop.worked * 1.3);
    const channels = await db.sql<{ channel: string }[]>`select distinct channel from follow_ups where contacted_customer order by 1`;
    expect(channels.map((c) => c.channel)).toEqual(['email', 'meeting', 'phone']);
    // response times: hours, not minutes or weeks, with SLA misses, and a crisis quarter that is visibly worse
    const times = await db.sql.unsafe<{ quarter: string; median: number; within: number }[]>(`
      select ${osloQuarter('f.received_at')} as quarter,
        percentile_cont(0.5) within group (order by extract(epoch from a.first_response_at - f.received_at) / 3600) as median,
        avg((a.first_response_at <= a.due_at)::int)::float as within
      from action_items a join feedback f on f.id = a.feedback_id
      -- (telling a customer their request shipped, months after they asked, is no response to the asking)
      where a.first_response_at is not null and a.feature_request_id is null group by 1`);
    const t = new Map(times.map((r) => [r.quarter, r]));
    const normal = t.get(quarterStart(CRISIS_QUARTER - 1))!;
    const crisis = t.get(quarterStart(CRISIS_QUARTER))!;
    expect(normal.median).toBeGreaterThan(2);
    expect(normal.median).toBeLessThan(48);
    expect(normal.within).toBeGreaterThan(0.5);
    expect(normal.within).toBeLessThan(0.95);
    expect(crisis.median).toBeGreaterThan(2 * normal.median);
    expect(crisis.within).toBeLessThan(normal.within - 0.15);
  });

  it('tells the loop story: most unhappy customers contacted well inside the target, the crisis and the SMS that ended it, recovery', async () => {
    // product.md's figures, recomputed here from the rows with the default policies written out: per
    // feedback needing follow-up, its first response is the earliest of its items' first responses
    const rows = await db.sql.unsafe<{ period: string; month: string; need: number; contacted: number; median: number; sla: number }[]>(`
      with f as (
        select f.received_at, ${osloQuarter('f.received_at')} as period,
          date_trunc('month', f.received_at at time zone 'Europe/Oslo')::date::text as month,
          f.received_at + case when f.nps_score <= 6 or f.csat_score <= 2 or f.ces_score <= 3 then 24 else 72 end * interval '1 hour' as due,
          (select min(a.first_response_at) from action_items a where a.feedback_id = f.id) as first_response
        from feedback f where f.nps_score <= 6 or f.csat_score <= 2 or f.ces_score <= 3 or f.category in ('COMPLAINT', 'BUG')
      )
      select grouping(month) as by_quarter, period, coalesce(month, '') as month, count(*)::int as need,
        avg((first_response is not null)::int)::float as contacted,
        percentile_cont(0.5) within group (order by extract(epoch from first_response - received_at) / 3600) as median,
        avg(case when first_response is not null then (first_response <= due)::int when '${NOW_TS}'::timestamptz > due then 0 end)::float as sla
      from f group by grouping sets ((period), (period, month))`);
    const quarters = new Map(rows.filter((r) => r.month === '').map((r) => [r.period, r]));
    const crisis = quarters.get(quarterStart(CRISIS_QUARTER))!;
    const ordinary = [...quarters.entries()]
      .filter(([q]) => q !== quarterStart(CRISIS_QUARTER) && q !== quarterStart(0) && q >= quarterStart(-8)).map(([, r]) => r);
    expect(ordinary.length).toBe(7);
    for (const q of ordinary) {
      // 80–90 % of the customers who needed it were contacted, the median well inside the 24-hour target
      expect(q.contacted, q.period).toBeGreaterThanOrEqual(0.8);
      expect(q.contacted, q.period).toBeLessThanOrEqual(0.9);
      expect(q.median, q.period).toBeLessThan(14);
      expect(q.sla, q.period).toBeGreaterThan(0.7);
    }
    const usual = ordinary.reduce((n, q) => n + q.sla, 0) / ordinary.length;
    expect(crisis.sla).toBeLessThan(usual - 0.12);
    expect(crisis.median).toBeGreaterThan(1.8 * Math.max(...ordinary.map((q) => q.median)));
    // by month: the first two months of the crisis drop sharply; the month the SMS shipped in, it is back
    const months = rows.filter((r) => r.month !== '' && r.period === quarterStart(CRISIS_QUARTER)).sort((a, b) => a.month.localeCompare(b.month));
    expect(months).toHaveLength(3);
    expect(months[0].sla).toBeLessThan(usual - 0.2);
    expect(months[1].sla).toBeLessThan(usual - 0.2);
    expect(months[2].sla).toBeGreaterThan(usual - 0.06);
    const [sms] = await db.sql<{ day: string }[]>`select (c.created_at at time zone 'Europe/Oslo')::date::text as day
      from idea_status_changes c join ideas i on i.id = c.idea_id where i.title like 'Proactive SMS%' and c.to_status = 'IMPLEMENTED'`;
    expect(sms.day.slice(0, 7)).toBe(months[1].month.slice(0, 7));

    // recovery (product.md): a detractor answer counts when its contact answered NPS again within 180
    // days; those followed up recover clearly more often than those nobody contacted
    const recovery = await db.sql<{ followed: boolean; n: number; rate: number }[]>`
      with d as (
        select exists (select 1 from action_items a where a.feedback_id = f.id and a.first_response_at is not null) as followed,
          (select n.nps_score from feedback n where n.contact_id = f.contact_id and n.nps_score is not null and n.received_at > f.received_at
            and n.received_at <= f.received_at + interval '180 days' order by n.received_at, n.id limit 1) as next
        from feedback f where f.nps_score <= 6 and f.contact_id is not null
      )
      select followed, count(next)::int as n, avg((next > 6)::int)::float as rate from d where next is not null group by 1 order by 1`;
    const [not, followed] = recovery;
    expect(not.n).toBeGreaterThan(50);
    expect(followed.rate).toBeGreaterThan(not.rate + 0.2);

    // and some work is overdue right now, so the lists and the escalations have something to show
    const [{ overdue }] = await db.sql<{ overdue: number }[]>`select count(*)::int as overdue from action_items
      where status in ('OPEN', 'IN_PROGRESS') and first_response_at is null and due_at < ${NOW_TS}::timestamptz`;
    expect(overdue).toBeGreaterThanOrEqual(3);
    expect(overdue).toBeLessThan(60);
  });

  it('lets followed-up detractors answer again, mostly no longer as detractors', async () => {
    const [row] = await db.sql<{ followed: number; recovered: number }[]>`
      with followed as (
        select distinct on (f.contact_id, f.id) f.contact_id, f.received_at
        from feedback f join action_items a on a.feedback_id = f.id
        where f.nps_score <= 6 and a.first_response_at is not null
      ), next_answer as (
        select fo.contact_id, (select n.nps_score from feedback n where n.contact_id = fo.contact_id and n.nps_score is not null
          and n.received_at > fo.received_at and n.received_at < fo.received_at + interval '180 days' order by n.received_at limit 1) as nps
        from followed fo
      )
      select count(*) filter (where nps is not null)::int as followed, count(*) filter (where nps >= 7)::int as recovered from next_answer`;
    expect(row.followed).toBeGreaterThan(50);
    expect(row.recovered / row.followed).toBeGreaterThan(0.5);
  });

  it('links feature requests to the feature-request feedback of many customers', async () => {
    // (a merged duplicate's links are on its request; one opened lately may not have been asked for yet)
    const rows = await db.sql<{ status: string; feedback: number; customers: number; not_requests: number; changes: number }[]>`
      select fr.status, count(l.feedback_id)::int as feedback, count(distinct f.customer_id)::int as customers,
        count(*) filter (where f.category <> 'FEATURE_REQUEST')::int as not_requests,
        (select count(*)::int from feature_request_status_changes c where c.feature_request_id = fr.id) as changes
      from feature_requests fr left join feature_request_feedback l on l.feature_request_id = fr.id left join feedback f on f.id = l.feedback_id
      where fr.merged_into_id is null and fr.created_at < ${NOW_TS}::timestamptz - interval '60 days' group by fr.id`;
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(new Set(rows.map((r) => r.status)).size).toBe(5);
    for (const r of rows) {
      expect(r.feedback).toBeGreaterThan(0);
      expect(r.not_requests).toBe(0);
      expect(r.changes).toBeGreaterThanOrEqual(1);
    }
    expect(Math.max(...rows.map((r) => r.customers))).toBeGreaterThanOrEqual(40);
    const [notes] = await db.sql<{ n: number }[]>`select count(*)::int as n from feature_request_status_changes where from_status is not null and note is not null`;
    expect(notes.n).toBeGreaterThanOrEqual(20);
  });

  featureRequestChecks(() => db, NOW);

  it('fills the ideas forum with ideas in every status, votes, comments, evidence and a consistent timeline', async () => {
    const statuses = await db.sql<{ status: string; n: number; declined_without_reason: number }[]>`
      select status, count(*)::int as n, count(*) filter (where status = 'DECLINED' and status_reason is null)::int as declined_without_reason
      from ideas group by 1`;
    expect(statuses.map((s) => s.status).sort()).toEqual(['ACCEPTED', 'DECLINED', 'IMPLEMENTED', 'IN_PROGRESS', 'NEW', 'UNDER_REVIEW']);
    expect(statuses.reduce((n, s) => n + s.n, 0)).toBeGreaterThanOrEqual(50);
    expect(statuses.every((s) => s.declined_without_reason === 0)).toBe(true);
    const [checks] = await db.sql<Record<string, number>[]>`
      select (select count(distinct language)::int from ideas) as languages,
        (select count(*)::int from ideas where body !~ '\\*\\*' or body !~ '\\n- ') as plain_bodies,
        (select count(*)::int from ideas where body ~ '\\[[^]]+\\]\\(https://') as with_links,
        (select count(*)::int from ideas i where not exists (select 1 from idea_votes v where v.idea_id = i.id)) as without_votes,
        (select count(*)::int from idea_comments) as comments,
        (select count(distinct idea_id)::int from idea_feedback) as with_evidence,
        (select count(*)::int from idea_status_changes c join ideas i on i.id = c.idea_id join users u on u.id = c.changed_by_id
          where c.from_status is not null and (u.role <> 'LEAD' or u.department_id <> i.department_id)) as changed_by_other,
        (select count(*)::int from ideas i where not exists (select 1 from idea_status_changes c
          where c.idea_id = i.id and c.from_status is null and c.to_status = 'NEW' and c.changed_by_id = i.author_id
            and c.created_at = i.created_at)) as without_posting,
        (select count(*)::int from ideas where created_at >= ${NOW_TS}::timestamptz or updated_at >= ${NOW_TS}::timestamptz) as in_future,
        (select count(distinct date_trunc('quarter', created_at at time zone 'Europe/Oslo'))::int from ideas) as quarters`;
    expect(checks).toMatchObject({ languages: 3, plain_bodies: 0, without_votes: 0, changed_by_other: 0, without_posting: 0, in_future: 0 });
    expect(checks.with_links).toBeGreaterThan(3);
    expect(checks.comments).toBeGreaterThan(60);
    expect(checks.with_evidence).toBeGreaterThan(20);
    expect(checks.quarters).toBeGreaterThanOrEqual(7);
    // each idea's timeline opens with its posting and chains to its current status, in time order
    const chains = await db.sql<{ status: string; chain: string[] }[]>`
      select i.status, array_agg(concat(c.from_status, '>', c.to_status) order by c.created_at, c.id) as chain
      from ideas i join idea_status_changes c on c.idea_id = i.id group by i.id`;
    for (const { status, chain } of chains) {
      expect(chain[0]).toBe('>NEW');
      expect(chain[chain.length - 1].endsWith(`>${status}`)).toBe(true);
      for (let i = 1; i < chain.length; i++) expect(chain[i].split('>')[0]).toBe(chain[i - 1].split('>')[1]);
    }
    const [notifications] = await db.sql<{ types: string[]; demo: number }[]>`
      select array_agg(distinct type order by type) as types,
        count(*) filter (where user_id in (select id from users where email like '%@chorus.demo' and email ~ '^(admin|exec|lead|employee)'))::int as demo
      from notifications`;
    expect(notifications.types).toEqual(expect.arrayContaining(['ACTION_ASSIGNED', 'IDEA_COMMENT', 'IDEA_STATUS', 'FEATURE_SHIPPED']));
    expect(notifications.demo).toBeGreaterThan(0);
  });

  it('counts survey invitations so response rates land between 15 and 45 %', async () => {
    const rows = await db.sql<{ name: string; rate: number }[]>`
      select s.name, (select count(*) from feedback f where f.survey_id = s.id)::float / (select sum(count) from survey_invitations i where i.survey_id = s.id) as rate
      from surveys s`;
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(new Set((await db.sql<{ type: string }[]>`select distinct type from surveys`).map((r) => r.type)).size).toBe(3);
    for (const r of rows) {
      expect(r.rate, r.name).toBeGreaterThan(0.15);
      expect(r.rate, r.name).toBeLessThan(0.45);
    }
  });

  it('leaves every identity sequence past the seeded ids and refuses to seed twice', async () => {
    const [row] = await db.sql<{ id: number }[]>`
      insert into feedback (source, external_id, received_at, channel, kind) values ('test', 'after-seed', now(), 'SOCIAL', 'INDIRECT') returning id::int`;
    expect(row.id).toBe(DEFAULT_FEEDBACK + 1);
    await db.sql`insert into departments (name) values ('Finance')`;
    await db.sql`insert into action_items (title) values ('after seeding')`;
    await db.sql`insert into ideas (title, body, body_html, department_id, author_id) select 'x', 'y', '<p>y</p>', min(id), min(id) from users`;
    await expect(seedDemo(db, { seed: SEED, now: NOW, feedback: 10 })).rejects.toThrow(/empty/);
  });
});

describe('determinism', () => {
  let a: TestDatabase;
  let b: TestDatabase;
  let c: TestDatabase;
  beforeAll(async () => {
    [a, b, c] = await Promise.all([createTestDatabase(), createTestDatabase(), createTestDatabase()]);
    await seedDemo(a, { seed: SEED, now: NOW });
    await seedDemo(b, { seed: SEED, now: NOW });
    await seedDemo(c, { seed: SEED + 1, now: NOW, feedback: 3_000 });
  });
  afterAll(async () => {
    await Promise.all([a.drop(), b.drop(), c.drop()]);
  });

  it('gives identical data for the same seed and now', async () => {
    for (const query of [
      FEEDBACK_ROWS,
      'select * from feedback_themes',
      'select id, title, status, priority, feedback_id, assignee_id, department_id, created_at, due_at, first_response_at, resolved_at from action_items',
      'select id, action_item_id, author_id, contacted_customer, channel, note, created_at from follow_ups',
      'select id, external_id, name, segment, region, annual_revenue from customers',
      'select * from idea_votes',
    ]) {
      expect(await fingerprint(a, query), query).toBe(await fingerprint(b, query));
    }
  });

  it('gives other data for another seed, at any size', async () => {
    expect(await fingerprint(c, 'select id, external_id, name, segment, region from customers'))
      .not.toBe(await fingerprint(a, 'select id, external_id, name, segment, region from customers'));
    const [row] = await c.sql<{ n: number; languages: number; channels: number }[]>`
      select count(*)::int as n, count(distinct language)::int as languages, count(distinct channel)::int as channels from feedback`;
    expect(row).toEqual({ n: 3_000, languages: 3, channels: 10 });
  });
});

describe("the organisation's time zone", () => {
  it('lays the days, quarters and office hours out in it: New York starts its window at 04:00 UTC', async () => {
    const db = await createTestDatabase();
    try {
      const summary = await seedDemo(db, { seed: 5, now: NOW, feedback: 1_500, timeZone: 'America/New_York' });
      expect(summary.from).toBe('2024-04-01');
      const [row] = await db.sql<{ first: Date; local_hours: number }[]>`select min(received_at) as first,
        count(distinct extract(hour from received_at at time zone 'America/New_York'))::int as local_hours from feedback`;
      expect(new Date(row.first).getTime()).toBeGreaterThanOrEqual(Date.parse('2024-04-01T04:00:00Z'));
      // its weekends are New York's: the quietest local weekdays are Saturday and Sunday
      const days = await db.sql<{ dow: number }[]>`select extract(dow from received_at at time zone 'America/New_York')::int as dow
        from feedback where channel <> 'USAGE' group by 1 order by count(*) limit 2`;
      expect(days.map((d) => d.dow).sort()).toEqual([0, 6]);
      expect(row.local_hours).toBeGreaterThan(12);
      // and its working day: the busiest hour of the day, read on New York's clocks, is an office hour
      const [{ hour }] = await db.sql<{ hour: number }[]>`select extract(hour from received_at at time zone 'America/New_York')::int as hour
        from feedback group by 1 order by count(*) desc limit 1`;
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThanOrEqual(17);
    } finally {
      await db.drop();
    }
  });
});

describe('sizes', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ max: 1 });
  });
  afterAll(async () => {
    await db.drop();
  });

  it('works on a single connection and with no feedback at all', async () => {
    const summary = await seedDemo(db, { seed: 3, now: NOW, feedback: 0 });
    expect(summary.feedback).toBe(0);
    const [row] = await db.sql<{ users: number; feedback: number; ideas: number }[]>`
      select (select count(*)::int from users) as users, (select count(*)::int from feedback) as feedback, (select count(*)::int from ideas) as ideas`;
    expect(row).toEqual({ users: summary.users, feedback: 0, ideas: 60 });
  });
});

describe('a seeding that fails halfway', () => {
  it('leaves the database empty again, so the next start seeds it whole', async () => {
    const db = await createTestDatabase();
    try {
      const failing = seedDemo(db, {
        seed: 5, now: NOW, feedback: 2000,
        onProgress: (_done, _total, phase) => {
          if (phase === 'Ideas forum') throw new Error('disk full');
        },
      });
      await expect(failing).rejects.toThrow('disk full');
      expect(await isDatabaseEmpty(db)).toBe(true);
      const [row] = await db.sql<{ n: number }[]>`select (select count(*) from customers) + (select count(*) from action_items)
        + (select count(*) from feedback_themes) + (select count(*) from departments) as n`;
      expect(Number(row.n)).toBe(0);
      // and it seeds whole afterwards
      const summary = await seedDemo(db, { seed: 5, now: NOW, feedback: 2000 });
      expect(summary.feedback).toBe(2000);
    } finally {
      await db.drop();
    }
  });
});
