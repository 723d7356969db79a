// `trend` and `themeTrends` against a recomputation written here: GROUP BY queries over the raw rows
// (feedback, customers, action_items, sla_policies, surveys, survey_invitations) and the small statistics
// of product.md ("Metrics") spelled out again in TypeScript. Nothing is shared with the service; the
// data set is trends.fixture.ts (thirteen Oslo quarters, fixed, plus a few recent weeks placed
// relative to now).
import type postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Client, type Harness } from '../../testing/harness';
import { localTime, NEW_YORK, OSLO, seedTrendData, type TrendData } from './trends.fixture';

type Metric = 'NPS' | 'CSAT' | 'CES' | 'CLI' | 'VOLUME' | 'RESPONSE_RATE' | 'FIRST_RESPONSE_HOURS' | 'SLA_ATTAINMENT';
type Interval = 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';
type Dimension = 'DEPARTMENT' | 'PRODUCT' | 'REGION' | 'SEGMENT' | 'CHANNEL';
type Sql = postgres.Sql;
type Fragment = postgres.Fragment;

const METRICS: Metric[] = ['NPS', 'CSAT', 'CES', 'CLI', 'VOLUME', 'RESPONSE_RATE', 'FIRST_RESPONSE_HOURS', 'SLA_ATTAINMENT'];
const STEP: Record<Interval, string> = { WEEK: '1 week', MONTH: '1 month', QUARTER: '3 months', YEAR: '1 year' };
const Z = 1.96;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type LocalDate = [number, number, number];

/** [from, to) between two local dates at a local hour of the organisation's time zone. */
function span(tz: string, from: LocalDate, to: LocalDate, hour: number) {
  return {
    receivedFrom: new Date(localTime(tz, ...from, hour)).toISOString(),
    receivedTo: new Date(localTime(tz, ...to, hour)).toISOString(),
  };
}

// Every windowed case runs twice: cut mid-day (11:00 local) and on local midnights. The two reach
// the same figures by different roads (a range on whole local days may be answered from summed days).
const CUTS = [{ name: 'cut at 11:00', hour: 11 }, { name: 'on local midnights', hour: 0 }];

// A window with a partial first quarter (2023 Q3 from 15 August) and a partial last one (2026 Q3 to
// 10 September): thirteen quarters, and items before 15 August or from 10 September do not count.
const windowOf = (tz: string, hour: number) => span(tz, [2023, 8, 15], [2026, 9, 10], hour);
const FOLLOW_UP: Metric[] = ['FIRST_RESPONSE_HOURS', 'SLA_ATTAINMENT'];
const RAW_ONLY = ['search', 'themeIds', 'customerIds', 'kinds', 'categories', 'npsGroups', 'sentiments', 'loopStatuses'];

interface Case {
  label: string;
  metric: Metric;
  /** omitted from the request when absent (the argument's default, QUARTER) */
  interval?: Interval;
  /** sent as it is; receivedFrom/receivedTo also bound the recomputation */
  filter?: Record<string, unknown>;
  /** the rest of the filter, written again here over feedback f (customers c, departments d, products p joined) */
  where?: Fragment;
  /** RESPONSE_RATE's filter, over the survey s (and its product p) */
  surveyWhere?: Fragment;
  segmentBy?: Dimension;
}

interface Point { periodStart: number; value: number | null; n: number; low: number | null; high: number | null; change: number | null; significant: boolean; sufficient: boolean }
interface Series { segment: string | null; segmentKey: string | null; points: Point[] }

const TREND = `query($m: Metric!, $i: Interval, $f: FeedbackFilter, $s: Dimension) {
  trend(metric: $m, interval: $i, filter: $f, segmentBy: $s) {
    segment segmentKey points { periodStart value n low high change significant sufficient }
  }
}`;
const THEME_TRENDS = `query($f: FeedbackFilter, $i: Interval, $n: Int) {
  themeTrends(filter: $f, interval: $i, first: $n) {
    theme { id name } current previous currentShare previousShare change significant negativeShare periodStart
  }
}`;

// ---------------------------------------------------------------------------------------------------
// The recomputation

/** The periods of the range, oldest first: the local start (as text, to join on) and its instant. */
async function periodsOf(sql: Sql, tz: string, interval: Interval, from: string | null, to: string | null) {
  const unit = interval.toLowerCase();
  const step = STEP[interval];
  // (instants as epoch ms: drizzle's client hands timestamps over as text)
  return sql<{ local: string; start: number }[]>`
    select gs::text as local, (extract(epoch from gs at time zone ${tz}::text) * 1000)::float8 as start
    from (
      select case when ${from}::timestamptz is not null then date_trunc(${unit}::text, ${from}::timestamptz at time zone ${tz}::text)
          else l.last - 8 * ${step}::interval end as first,
        l.last
      from (select case when ${to}::timestamptz is not null
          then date_trunc(${unit}::text, (${to}::timestamptz - interval '1 millisecond') at time zone ${tz}::text)
          else date_trunc(${unit}::text, now() at time zone ${tz}::text) end as last) l
    ) b
    cross join lateral generate_series(b.first, b.last, ${step}::interval) gs
    order by gs`;
}

const inRange = (sql: Sql, column: Fragment, from: string | null, to: string | null) =>
  sql`(${from}::timestamptz is null or ${column} >= ${from}::timestamptz) and (${to}::timestamptz is null or ${column} < ${to}::timestamptz)`;

/** The dimension's key and name for feedback f (customers c, departments d, products p). */
function feedbackSegment(sql: Sql, by: Dimension | undefined): [Fragment, Fragment] {
  switch (by) {
    case 'DEPARTMENT': return [sql`f.department_id::text`, sql`d.name`];
    case 'PRODUCT': return [sql`f.product_id::text`, sql`p.name`];
    case 'REGION': return [sql`c.region`, sql`c.region`];
    case 'SEGMENT': return [sql`c.segment::text`, sql`c.segment::text`];
    case 'CHANNEL': return [sql`f.channel::text`, sql`f.channel::text`];
    default: return [sql`null::text`, sql`null::text`];
  }
}

interface Agg {
  seg_key: string | null; seg_name: string | null; lp: string;
  volume: number; nps_n: number; promoters: number; detractors: number; csat_n: number; csat_good: number;
  ces_n: number; ces_mean: number | null; ces_sd: number | null; cli_n: number; cli_mean: number | null; cli_sd: number | null;
  fr_n: number; fr_median: number | null; fr_sorted: number[]; sla_decided: number; sla_within: number;
  responses: number; invitations: number;
}

/** Per segment and local period: every figure the feedback metrics need, by GROUP BY over the raw rows. */
async function feedbackAggregates(sql: Sql, tz: string, c: Case, from: string | null, to: string | null): Promise<Agg[]> {
  const unit = (c.interval ?? 'QUARTER').toLowerCase();
  const [key, name] = feedbackSegment(sql, c.segmentBy);
  return sql<Agg[]>`
    select seg_key, seg_name, lp,
      count(*)::int as volume,
      count(nps_score)::int as nps_n,
      count(*) filter (where nps_score >= 9)::int as promoters,
      count(*) filter (where nps_score <= 6)::int as detractors,
      count(csat_score)::int as csat_n,
      count(*) filter (where csat_score >= 4)::int as csat_good,
      count(ces_score)::int as ces_n,
      avg(ces_score)::float8 as ces_mean,
      stddev_samp(ces_score)::float8 as ces_sd,
      count(cli)::int as cli_n,
      avg(cli)::float8 as cli_mean,
      stddev_samp(cli)::float8 as cli_sd,
      count(fr_hours)::int as fr_n,
      percentile_cont(0.5) within group (order by fr_hours) as fr_median,
      coalesce(array_agg(fr_hours order by fr_hours) filter (where fr_hours is not null), '{}') as fr_sorted,
      count(*) filter (where follow_up and (first_response is not null or now() > deadline))::int as sla_decided,
      count(*) filter (where follow_up and first_response <= deadline)::int as sla_within,
      0 as responses, 0 as invitations
    from (
      select f.nps_score, f.csat_score, f.ces_score, ${key} as seg_key, ${name} as seg_name,
        date_trunc(${unit}::text, f.received_at at time zone ${tz}::text)::text as lp,
        case when f.nps_score is not null and f.repurchase_score is not null and f.cross_buy_score is not null
          then (f.nps_score + f.repurchase_score + f.cross_buy_score) / 3.0 * 10 end as cli,
        fu.follow_up, fu.first_response, fu.deadline,
        case when fu.follow_up and fu.first_response is not null
          then extract(epoch from fu.first_response - f.received_at)::float8 / 3600 end as fr_hours
      from feedback f
      left join customers c on c.id = f.customer_id
      left join departments d on d.id = f.department_id
      left join products p on p.id = f.product_id
      left join (select a.feedback_id, min(a.first_response_at) as first_response from action_items a group by a.feedback_id) fr
        on fr.feedback_id = f.id
      cross join lateral (select
        -- needs follow-up: a complaint or bug, or an answer some policy with score ceilings catches
        (f.category in ('COMPLAINT', 'BUG') or exists (
          select 1 from sla_policies sp
          where (sp.max_nps is not null or sp.max_csat is not null or sp.max_ces is not null)
            and (sp.department_id is null or sp.department_id = f.department_id)
            and (f.nps_score <= sp.max_nps or f.csat_score <= sp.max_csat or f.ces_score <= sp.max_ces))) as follow_up,
        -- the first contact: the earliest first response of its action items
        fr.first_response,
        -- the target of the first policy by rank (then id) that matches
        f.received_at + (select sp.target_hours from sla_policies sp
          where (sp.department_id is null or sp.department_id = f.department_id)
            and ((sp.max_nps is null and sp.max_csat is null and sp.max_ces is null)
              or f.nps_score <= sp.max_nps or f.csat_score <= sp.max_csat or f.ces_score <= sp.max_ces)
          order by sp.rank, sp.id limit 1) * interval '1 hour' as deadline
      ) fu
      where ${inRange(sql, sql`f.received_at`, from, to)} and ${c.where ?? sql`true`}
    ) x
    where ${c.segmentBy ? sql`seg_key is not null` : sql`true`}
    group by seg_key, seg_name, lp`;
}

/** RESPONSE_RATE's responses and invitations per segment (the survey's product or channel) and local period. */
async function responseRateAggregates(sql: Sql, tz: string, c: Case, from: string | null, to: string | null) {
  const unit = (c.interval ?? 'QUARTER').toLowerCase();
  const [key, name] = c.segmentBy === 'PRODUCT' ? [sql`s.product_id::text`, sql`p.name`]
    : c.segmentBy === 'CHANNEL' ? [sql`s.channel::text`, sql`s.channel::text`] : [sql`null::text`, sql`null::text`];
  const where = c.surveyWhere ?? sql`true`;
  return sql<{ seg_key: string | null; seg_name: string | null; lp: string; responses: number; invitations: number }[]>`
    select seg_key, seg_name, lp, sum(responses)::int as responses, sum(invitations)::int as invitations
    from (
      select ${key} as seg_key, ${name} as seg_name, date_trunc(${unit}::text, f.received_at at time zone ${tz}::text)::text as lp,
        1 as responses, 0 as invitations
      from feedback f join surveys s on s.id = f.survey_id left join products p on p.id = s.product_id
      where ${inRange(sql, sql`f.received_at`, from, to)} and ${where}
      union all
      -- a day of invitations belongs where its local midnight does
      select ${key}, ${name}, date_trunc(${unit}::text, i.sent_on::timestamp)::text, 0, i."count"
      from survey_invitations i join surveys s on s.id = i.survey_id left join products p on p.id = s.product_id
      where ${inRange(sql, sql`(i.sent_on::timestamp at time zone ${tz}::text)`, from, to)} and ${where}
    ) u
    where ${c.segmentBy ? sql`seg_key is not null` : sql`true`}
    group by seg_key, seg_name, lp`;
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

interface Raw { n: number; value: number | null; low: number | null; high: number | null; se: number | null }

/** A share × 100 with its binomial interval. */
function share(successes: number, n: number): Raw {
  if (n === 0) return { n, value: null, low: null, high: null, se: null };
  const p = successes / n;
  const value = 100 * p;
  const se = 100 * Math.sqrt((p * (1 - p)) / n);
  return { n, value, low: clamp(value - Z * se, 0, 100), high: clamp(value + Z * se, 0, 100), se };
}

/** A mean with s/√n (s the sample standard deviation), clamped to the scale; no interval below two answers. */
function mean(n: number, m: number | null, s: number | null, lo: number, hi: number): Raw {
  if (n === 0 || m === null) return { n, value: null, low: null, high: null, se: null };
  if (n < 2 || s === null) return { n, value: m, low: null, high: null, se: null };
  const se = s / Math.sqrt(n);
  return { n, value: m, low: clamp(m - Z * se, lo, hi), high: clamp(m + Z * se, lo, hi), se };
}

/** The figure of one metric from one group's aggregates (before sufficiency). */
function raw(metric: Metric, a: Agg | undefined): Raw {
  const g: Agg = a ?? emptyAgg();
  switch (metric) {
    case 'NPS': {
      const n = g.nps_n;
      if (n === 0) return { n, value: null, low: null, high: null, se: null };
      const p = g.promoters / n;
      const d = g.detractors / n;
      const value = ((g.promoters - g.detractors) / n) * 100;
      const se = 100 * Math.sqrt((p + d - (p - d) ** 2) / n);
      return { n, value, low: clamp(value - Z * se, -100, 100), high: clamp(value + Z * se, -100, 100), se };
    }
    case 'CSAT': return share(g.csat_good, g.csat_n);
    case 'CES': return mean(g.ces_n, g.ces_mean, g.ces_sd, 1, 7);
    case 'CLI': return mean(g.cli_n, g.cli_mean, g.cli_sd, 0, 100);
    case 'VOLUME': return { n: g.volume, value: g.volume, low: null, high: null, se: null };
    case 'RESPONSE_RATE': return share(g.responses, g.invitations);
    case 'SLA_ATTAINMENT': return share(g.sla_within, g.sla_decided);
    case 'FIRST_RESPONSE_HOURS': {
      const n = g.fr_n;
      if (n === 0) return { n, value: null, low: null, high: null, se: null };
      const v = g.fr_sorted;
      expect(v).toHaveLength(n);
      // distribution-free interval of a median: order statistics of rank ⌊n/2 − 0.98√n⌋ and ⌈1 + n/2 + 0.98√n⌉
      const lowRank = clamp(Math.floor(n / 2 - 0.98 * Math.sqrt(n)), 1, n);
      const highRank = clamp(Math.ceil(1 + n / 2 + 0.98 * Math.sqrt(n)), 1, n);
      const low = v[lowRank - 1];
      const high = v[highRank - 1];
      return { n, value: g.fr_median, low, high, se: (high - low) / (2 * Z) };
    }
  }
}

const nOf = (metric: Metric, a: Agg) => raw(metric, a).n;

/** The series the API should answer for a case: recomputed from the rows, with sufficiency, change and significance. */
async function expectedTrend(sql: Sql, tz: string, minResponses: number, c: Case): Promise<Series[]> {
  const interval = c.interval ?? 'QUARTER';
  const from = (c.filter?.receivedFrom as string | undefined) ?? null;
  const to = (c.filter?.receivedTo as string | undefined) ?? null;
  const periods = await periodsOf(sql, tz, interval, from, to);
  const inPeriods = new Set(periods.map((p) => p.local));
  const rows: Agg[] = c.metric === 'RESPONSE_RATE'
    ? (await responseRateAggregates(sql, tz, c, from, to)).map((r) => ({ ...emptyAgg(), ...r }))
    : await feedbackAggregates(sql, tz, c, from, to);

  const groups = new Map<string | null, { key: string | null; name: string | null; byPeriod: Map<string, Agg>; total: number }>();
  if (!c.segmentBy) groups.set(null, { key: null, name: null, byPeriod: new Map(), total: 0 });
  for (const r of rows) {
    if (!inPeriods.has(r.lp)) continue; // outside the range's periods (e.g. before the default nine)
    const g = groups.get(r.seg_key) ?? { key: r.seg_key, name: r.seg_name, byPeriod: new Map<string, Agg>(), total: 0 };
    groups.set(r.seg_key, g);
    g.byPeriod.set(r.lp, r);
    g.total += nOf(c.metric, r);
  }
  const kept = [...groups.values()].filter((g) => !c.segmentBy || g.total > 0)
    .sort((a, b) => b.total - a.total || (a.name! < b.name! ? -1 : a.name! > b.name! ? 1 : 0));

  return kept.map((g) => {
    const points: Point[] = [];
    let previous: (Raw & { sufficient: boolean }) | null = null;
    for (const period of periods) {
      const r = raw(c.metric, g.byPeriod.get(period.local));
      const volume = c.metric === 'VOLUME';
      const sufficient = volume || r.n >= minResponses;
      const value = sufficient ? r.value : null;
      let change: number | null = null;
      let significant = false;
      if (previous && previous.sufficient && sufficient) {
        change = value! - previous.value!;
        if (!volume) significant = Math.abs(change) > Z * Math.sqrt(r.se! ** 2 + previous.se! ** 2);
      }
      points.push({
        periodStart: period.start, value, n: r.n,
        low: sufficient ? r.low : null, high: sufficient ? r.high : null, change, significant, sufficient,
      });
      previous = { ...r, sufficient };
    }
    return { segment: g.name, segmentKey: g.key, points };
  });
}

function emptyAgg(): Agg {
  return {
    seg_key: null, seg_name: null, lp: '', volume: 0, nps_n: 0, promoters: 0, detractors: 0, csat_n: 0, csat_good: 0,
    ces_n: 0, ces_mean: null, ces_sd: null, cli_n: 0, cli_mean: null, cli_sd: null, fr_n: 0, fr_median: null, fr_sorted: [],
    sla_decided: 0, sla_within: 0, responses: 0, invitations: 0,
  };
}

// ---------------------------------------------------------------------------------------------------
// Comparing

/** Floats to 1e-6 relative (absolute below 1), nulls as nulls. */
function expectClose(actual: unknown, expected: number | null, at: string) {
  if (expected === null) {
    expect(actual, at).toBeNull();
    return;
  }
  expect(typeof actual, `${at}: ${JSON.stringify(actual)}`).toBe('number');
  const diff = Math.abs((actual as number) - expected);
  expect(diff, `${at}: got ${actual}, recomputed ${expected}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
}

function expectSeries(actual: any[], expected: Series[], label: string) {
  expect(actual.map((s) => [s.segment, s.segmentKey]), `${label}: the series, in order`)
    .toEqual(expected.map((s) => [s.segment, s.segmentKey]));
  expected.forEach((e, i) => {
    const a = actual[i];
    const at0 = `${label} [${e.segment ?? 'all'}]`;
    expect(a.points.map((p: any) => Date.parse(p.periodStart)), `${at0}: the periods`).toEqual(e.points.map((p) => p.periodStart));
    e.points.forEach((ep, j) => {
      const ap = a.points[j];
      const at = `${at0} ${new Date(ep.periodStart).toISOString()}`;
      expect(ap.n, `${at} n`).toBe(ep.n);
      expect(ap.sufficient, `${at} sufficient`).toBe(ep.sufficient);
      expectClose(ap.value, ep.value, `${at} value`);
      expectClose(ap.low, ep.low, `${at} low`);
      expectClose(ap.high, ep.high, `${at} high`);
      expectClose(ap.change, ep.change, `${at} change`);
      expect(ap.significant, `${at} significant (change ${ep.change})`).toBe(ep.significant);
    });
  });
}

interface World { h: Harness; tz: string; data: TrendData; client: Client }

async function check(w: World, c: Case): Promise<Series[]> {
  const variables: Record<string, unknown> = { m: c.metric };
  if (c.interval) variables.i = c.interval;
  if (c.filter) variables.f = c.filter;
  if (c.segmentBy) variables.s = c.segmentBy;
  const r = await w.client.gql(TREND, variables);
  expect(r.errors, `${c.label}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  const expected = await expectedTrend(w.h.database.sql, w.tz, w.h.config.minResponses, c);
  expectSeries(r.data.trend, expected, `${c.label} (${w.tz})`);
  return expected;
}

// themeTrends ---------------------------------------------------------------------------------------

interface ThemeCase { label: string; interval?: Interval; filter?: Record<string, unknown>; where?: Fragment; first?: number }
interface ExpectedTheme {
  id: string; name: string; current: number; previous: number; currentShare: number; previousShare: number;
  change: number; significant: boolean; negativeShare: number | null;
}

async function expectedThemeTrends(sql: Sql, tz: string, c: ThemeCase) {
  const interval = c.interval ?? 'QUARTER';
  const unit = interval.toLowerCase();
  const step = STEP[interval];
  const from = (c.filter?.receivedFrom as string | undefined) ?? null;
  const to = (c.filter?.receivedTo as string | undefined) ?? null;
  // the latest period is the range's last; the previous, the one before
  const [b] = await sql<{ last: string; prev: string; start: number }[]>`
    select l.last::text as last, (l.last - ${step}::interval)::text as prev,
      (extract(epoch from l.last at time zone ${tz}::text) * 1000)::float8 as start
    from (select case when ${to}::timestamptz is not null
        then date_trunc(${unit}::text, (${to}::timestamptz - interval '1 millisecond') at time zone ${tz}::text)
        else date_trunc(${unit}::text, now() at time zone ${tz}::text) end as last) l`;
  const items = sql`
    select f.id, f.sentiment, date_trunc(${unit}::text, f.received_at at time zone ${tz}::text)::text as lp
    from feedback f left join customers c on c.id = f.customer_id left join departments d on d.id = f.department_id
      left join products p on p.id = f.product_id
    where ${inRange(sql, sql`f.received_at`, from, to)} and ${c.where ?? sql`true`}`;
  const [totals] = await sql<{ n1: number; n2: number }[]>`
    select count(*) filter (where lp = ${b.last})::int as n1, count(*) filter (where lp = ${b.prev})::int as n2 from (${items}) x`;
  const perTheme = await sql<{ id: string; name: string; cur: number; prev: number; neg: number }[]>`
    select t.id::text as id, t.name,
      count(*) filter (where x.lp = ${b.last})::int as cur,
      count(*) filter (where x.lp = ${b.prev})::int as prev,
      count(*) filter (where x.lp = ${b.last} and x.sentiment = 'NEGATIVE')::int as neg
    from (${items}) x join feedback_themes ft on ft.feedback_id = x.id join themes t on t.id = ft.theme_id
    group by t.id, t.name`;
  const { n1, n2 } = totals;
  const list: (ExpectedTheme & { exact: number })[] = perTheme.filter((t) => t.cur + t.prev > 0).map((t) => {
    const currentShare = n1 ? (100 * t.cur) / n1 : 0;
    const previousShare = n2 ? (100 * t.prev) / n2 : 0;
    let significant = false;
    if (n1 > 0 && n2 > 0) {
      const pooled = (t.cur + t.prev) / (n1 + n2);
      if (pooled > 0 && pooled < 1) {
        significant = Math.abs(t.cur / n1 - t.prev / n2) > Z * Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
      }
    }
    // |change| × (N1 or 1) × (N2 or 1) / 100, an integer: orders the themes without rounding
    const exact = Math.abs((n1 ? t.cur * (n2 || 1) : 0) - (n2 ? t.prev * (n1 || 1) : 0));
    return {
      id: t.id, name: t.name, current: t.cur, previous: t.prev, currentShare, previousShare,
      change: currentShare - previousShare, significant, negativeShare: t.cur ? (100 * t.neg) / t.cur : null, exact,
    };
  });
  list.sort((x, y) => y.exact - x.exact || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return { periodStart: b.start, n1, n2, themes: list.slice(0, c.first ?? 10) };
}

async function checkThemes(w: World, c: ThemeCase) {
  const variables: Record<string, unknown> = {};
  if (c.interval) variables.i = c.interval;
  if (c.filter) variables.f = c.filter;
  if (c.first !== undefined) variables.n = c.first;
  const r = await w.client.gql(THEME_TRENDS, variables);
  expect(r.errors, `${c.label}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  const expected = await expectedThemeTrends(w.h.database.sql, w.tz, c);
  const actual = r.data.themeTrends as any[];
  const label = `${c.label} (${w.tz})`;
  expect(actual.map((t) => t.theme.id), `${label}: the themes, in order`).toEqual(expected.themes.map((t) => t.id));
  expected.themes.forEach((e, i) => {
    const a = actual[i];
    const at = `${label} ${e.name}`;
    expect(a.theme.name, at).toBe(e.name);
    expect(a.current, `${at} current`).toBe(e.current);
    expect(a.previous, `${at} previous`).toBe(e.previous);
    expectClose(a.currentShare, e.currentShare, `${at} currentShare`);
    expectClose(a.previousShare, e.previousShare, `${at} previousShare`);
    expectClose(a.change, e.change, `${at} change`);
    expect(a.significant, `${at} significant`).toBe(e.significant);
    expectClose(a.negativeShare, e.negativeShare, `${at} negativeShare`);
    expect(Date.parse(a.periodStart), `${at} periodStart`).toBe(expected.periodStart);
  });
  return expected;
}

// ---------------------------------------------------------------------------------------------------

async function world(tz: string): Promise<World> {
  const h = await startHarness({ config: { timeZone: tz } });
  const data = await seedTrendData(h.database.sql, h.scenario, Date.now());
  // everyone signed in may read trends: an EMPLOYEE asks
  const client = await h.as('employee@test.dev');
  return { h, tz, data, client };
}

/** Each metric by quarter over the window, unfiltered. */
const unfiltered = (win: Record<string, string>, cut: string): Case[] =>
  METRICS.map((metric) => ({ label: `${metric} by quarter, ${cut}`, metric, filter: win }));

describe('trend recomputed from the raw rows, Europe/Oslo', () => {
  let w: World;
  let sql: Sql;
  beforeAll(async () => {
    w = await world(OSLO);
    sql = w.h.database.sql;
  });
  afterAll(async () => { await w?.h.close(); });

  it('each metric by local quarter, unfiltered, over a window with partial first and last quarters', async () => {
    expect(w.h.config.minResponses).toBe(30);
    for (const cut of CUTS) {
      let significant = 0;
      let notSignificant = 0;
      for (const c of unfiltered(windowOf(OSLO, cut.hour), cut.name)) {
        // the first without interval (QUARTER by default), the rest naming it
        const expected = await check(w, c.metric === 'NPS' ? c : { ...c, interval: 'QUARTER' });
        const points = expected[0].points;
        expect(points, c.label).toHaveLength(13);
        expect(new Date(points[0].periodStart).toISOString(), c.label).toBe('2023-06-30T22:00:00.000Z');
        // the data has sufficient and insufficient quarters for every metric but VOLUME
        if (c.metric !== 'VOLUME') {
          expect(points.some((p) => p.sufficient), `${c.label}: some sufficient`).toBe(true);
          expect(points.some((p) => !p.sufficient && p.n > 0), `${c.label}: some with too few`).toBe(true);
        }
        significant += points.filter((p) => p.significant).length;
        notSignificant += points.filter((p) => p.change !== null && !p.significant).length;
      }
      expect(significant).toBeGreaterThan(3);
      expect(notSignificant).toBeGreaterThan(3);
    }
    // the partial quarters count only what is inside the window: the cut moves items
    // (the fixture has an item at 05:00 on 15 August 2023 and one at 08:00 on 10 September 2026)
    const [a, b] = await Promise.all(CUTS.map((cut) => expectedTrend(sql, OSLO, 30, { label: '', metric: 'VOLUME', filter: windowOf(OSLO, cut.hour) })));
    expect(a[0].points[0].n).toBe(b[0].points[0].n - 1);
    expect(a[0].points[12].n).toBe(b[0].points[12].n + 1);
  });

  it('each metric over the default range: the eight complete quarters before the current one and the current', async () => {
    for (const metric of METRICS) {
      const expected = await check(w, { label: `${metric}, no range`, metric });
      expect(expected[0].points).toHaveLength(9);
    }
    // YEAR and the filter given without a range: nine years
    const years = await check(w, { label: 'NPS by year, no range', metric: 'NPS', interval: 'YEAR', filter: {} });
    expect(years[0].points).toHaveLength(9);
  });

  it('filtered, each metric: the same filter written here in SQL', async () => {
    const d = w.data.departments;
    const pr = w.data.products;
    const th = w.data.themes;
    const ids = (...xs: number[]) => xs.map(String);
    for (const cut of CUTS) {
      const win = windowOf(OSLO, cut.hour);
      const cases: Case[] = [
        {
          label: 'NPS in Oslo and Bergen, Support and Sales', metric: 'NPS',
          filter: { ...win, regions: ['Oslo', 'Bergen'], departmentIds: ids(d.support, d.sales) },
          where: sql`c.region in ${sql(['Oslo', 'Bergen'])} and f.department_id in ${sql([d.support, d.sales])}`,
        },
        {
          // the search: every verbatim that has "invoice" in it is English and says invoice or invoices
          label: 'NPS searching "invoice"', metric: 'NPS', filter: { ...win, search: 'invoice' },
          where: sql`f.text ilike '%invoice%'`,
        },
        { label: 'VOLUME searching "invoice"', metric: 'VOLUME', filter: { ...win, search: 'invoice' }, where: sql`f.text ilike '%invoice%'` },
        {
          label: 'CSAT of billing or pricing feedback', metric: 'CSAT', filter: { ...win, themeIds: ids(th.billing, th.pricing) },
          where: sql`exists (select 1 from feedback_themes ft where ft.feedback_id = f.id and ft.theme_id in ${sql([th.billing, th.pricing])})`,
        },
        {
          label: 'CES of delivery or crash feedback by SMS or in the app', metric: 'CES',
          filter: { ...win, themeIds: ids(th.delivery, th.crashes), channels: ['SURVEY_SMS', 'SURVEY_IN_APP'] },
          where: sql`exists (select 1 from feedback_themes ft where ft.feedback_id = f.id and ft.theme_id in ${sql([th.delivery, th.crashes])})
            and f.channel in ('SURVEY_SMS', 'SURVEY_IN_APP')`,
        },
        {
          label: 'CES answered by SMS or in the app', metric: 'CES', filter: { ...win, channels: ['SURVEY_SMS', 'SURVEY_IN_APP'] },
          where: sql`f.channel in ('SURVEY_SMS', 'SURVEY_IN_APP')`,
        },
        {
          label: 'CLI of enterprise and mid-market customers about the app or freight', metric: 'CLI',
          filter: { ...win, segments: ['ENTERPRISE', 'MID_MARKET'], productIds: ids(pr.app, pr.freight) },
          where: sql`c.segment in ('ENTERPRISE', 'MID_MARKET') and f.product_id in ${sql([pr.app, pr.freight])}`,
        },
        {
          label: 'FIRST_RESPONSE_HOURS in Support and Logistics, complaints, bugs and other', metric: 'FIRST_RESPONSE_HOURS',
          filter: { ...win, departmentIds: ids(d.support, d.logistics), categories: ['COMPLAINT', 'BUG', 'OTHER'] },
          where: sql`f.department_id in ${sql([d.support, d.logistics])} and f.category in ('COMPLAINT', 'BUG', 'OTHER')`,
        },
        {
          label: 'FIRST_RESPONSE_HOURS in Stockholm and Helsinki', metric: 'FIRST_RESPONSE_HOURS',
          filter: { ...win, regions: ['Stockholm', 'Helsinki'] }, where: sql`c.region in ('Stockholm', 'Helsinki')`,
        },
        {
          label: 'SLA_ATTAINMENT of detractors and passives with negative or neutral sentiment', metric: 'SLA_ATTAINMENT',
          filter: { ...win, npsGroups: ['DETRACTOR', 'PASSIVE'], sentiments: ['NEGATIVE', 'NEUTRAL'] },
          where: sql`f.nps_score <= 8 and f.sentiment in ('NEGATIVE', 'NEUTRAL')`,
        },
        {
          label: 'SLA_ATTAINMENT of Sales and Logistics about freight', metric: 'SLA_ATTAINMENT',
          filter: { ...win, departmentIds: ids(d.sales, d.logistics), productIds: ids(pr.freight) },
          where: sql`f.department_id in ${sql([d.sales, d.logistics])} and f.product_id = ${pr.freight}`,
        },
        {
          label: 'VOLUME of direct and indirect feedback, open or closed loops, some customers', metric: 'VOLUME',
          filter: {
            ...win, kinds: ['DIRECT', 'INDIRECT'], loopStatuses: ['OPEN', 'CLOSED'],
            customerIds: ids(w.h.scenario.customers.acme.id, w.data.customers.nordlys, w.data.customers.grense),
          },
          where: sql`f.kind in ('DIRECT', 'INDIRECT') and f.loop_status in ('OPEN', 'CLOSED')
            and f.customer_id in ${sql([w.h.scenario.customers.acme.id, w.data.customers.nordlys, w.data.customers.grense])}`,
        },
        {
          label: 'VOLUME of small and mid-market customers in Copenhagen, Helsinki and Bodo', metric: 'VOLUME',
          filter: { ...win, segments: ['SMB', 'MID_MARKET'], regions: ['Copenhagen', 'Helsinki', 'Bodo'] },
          where: sql`c.segment in ('SMB', 'MID_MARKET') and c.region in ('Copenhagen', 'Helsinki', 'Bodo')`,
        },
        {
          // the survey's product and channel, not the answer's
          label: 'RESPONSE_RATE of the app and freight surveys in the app, by SMS or email', metric: 'RESPONSE_RATE',
          filter: { ...win, productIds: ids(pr.app, pr.freight), channels: ['SURVEY_IN_APP', 'SURVEY_SMS', 'SURVEY_EMAIL'] },
          surveyWhere: sql`s.product_id in ${sql([pr.app, pr.freight])} and s.channel in ('SURVEY_IN_APP', 'SURVEY_SMS', 'SURVEY_EMAIL')`,
        },
        {
          label: 'RESPONSE_RATE of the email and web surveys', metric: 'RESPONSE_RATE',
          filter: { ...win, channels: ['SURVEY_EMAIL', 'SURVEY_WEB'] }, surveyWhere: sql`s.channel in ('SURVEY_EMAIL', 'SURVEY_WEB')`,
        },
      ];
      for (const c of cases) {
        // a filter on what only the rows know (search, themes, customers, kinds…), and the follow-up
        // metrics, read the rows however the window is cut: those run once (the unfiltered test cuts them both ways)
        if (cut.hour !== 0 && (FOLLOW_UP.includes(c.metric) || RAW_ONLY.some((field) => c.filter?.[field] !== undefined))) continue;
        const expected = await check(w, { ...c, label: `${c.label}, ${cut.name}` });
        const n = expected.flatMap((s) => s.points).reduce((sum, p) => sum + p.n, 0);
        expect(n, `${c.label}: the filter leaves something`).toBeGreaterThan(0);
      }
    }
    // the search's recomputation is only right if it tells items apart
    const [{ all, invoices }] = await sql`select count(*)::int as all, count(*) filter (where text ilike '%invoice%')::int as invoices from feedback`;
    expect(invoices).toBeGreaterThan(50);
    expect(invoices).toBeLessThan(all / 4);
  });

  it('segmented by every dimension, largest total n first', async () => {
    for (const cut of CUTS) {
      const win = windowOf(OSLO, cut.hour);
      const cases: Case[] = [
        { label: 'NPS by department', metric: 'NPS', filter: win, segmentBy: 'DEPARTMENT' },
        { label: 'CSAT by region', metric: 'CSAT', filter: win, segmentBy: 'REGION' },
        { label: 'CES by segment', metric: 'CES', filter: win, segmentBy: 'SEGMENT' },
        { label: 'CLI by product', metric: 'CLI', filter: win, segmentBy: 'PRODUCT' },
        { label: 'VOLUME by channel', metric: 'VOLUME', filter: win, segmentBy: 'CHANNEL' },
        { label: 'RESPONSE_RATE by product', metric: 'RESPONSE_RATE', filter: win, segmentBy: 'PRODUCT' },
        { label: 'RESPONSE_RATE by channel', metric: 'RESPONSE_RATE', filter: win, segmentBy: 'CHANNEL' },
        { label: 'FIRST_RESPONSE_HOURS by department', metric: 'FIRST_RESPONSE_HOURS', filter: win, segmentBy: 'DEPARTMENT' },
        { label: 'SLA_ATTAINMENT by region', metric: 'SLA_ATTAINMENT', filter: win, segmentBy: 'REGION' },
        {
          label: 'NPS by product in Stockholm and Copenhagen', metric: 'NPS', segmentBy: 'PRODUCT',
          filter: { ...win, regions: ['Stockholm', 'Copenhagen'] }, where: sql`c.region in ('Stockholm', 'Copenhagen')`,
        },
        {
          label: 'CSAT by segment of Support and Product', metric: 'CSAT', segmentBy: 'SEGMENT',
          filter: { ...win, departmentIds: [String(w.data.departments.support), String(w.data.departments.product)] },
          where: sql`f.department_id in ${sql([w.data.departments.support, w.data.departments.product])}`,
        },
      ];
      for (const c of cases) {
        if (cut.hour !== 0 && FOLLOW_UP.includes(c.metric)) continue;
        const expected = await check(w, { ...c, label: `${c.label}, ${cut.name}` });
        expect(expected.length, `${c.label}: several series`).toBeGreaterThan(1);
        expect(expected.every((s) => s.segment !== null && s.segmentKey !== null), c.label).toBe(true);
      }
      // the department without feedback forms no series
      const depts = await check(w, { label: `VOLUME by department, ${cut.name}`, metric: 'VOLUME', filter: win, segmentBy: 'DEPARTMENT' });
      expect(depts.map((s) => s.segment).sort()).toEqual(['Logistics', 'Product', 'Sales', 'Support']);
    }
    await check(w, { label: 'VOLUME by segment, no range', metric: 'VOLUME', segmentBy: 'SEGMENT' });
    await check(w, { label: 'NPS by region, no range', metric: 'NPS', segmentBy: 'REGION' });
  });

  it('by month, week and year', async () => {
    for (const cut of CUTS) {
      const months = span(OSLO, [2024, 9, 1], [2025, 12, 31], cut.hour);
      // across the change to summer time (30 March 2025): weeks start on Monday
      const weeks = span(OSLO, [2025, 2, 12], [2025, 5, 10], cut.hour);
      const years = span(OSLO, [2023, 1, 1], [2026, 9, 30], cut.hour);
      const cases: Case[] = [
        { label: 'NPS by month', metric: 'NPS', interval: 'MONTH', filter: months },
        { label: 'FIRST_RESPONSE_HOURS by month', metric: 'FIRST_RESPONSE_HOURS', interval: 'MONTH', filter: months },
        { label: 'RESPONSE_RATE by month', metric: 'RESPONSE_RATE', interval: 'MONTH', filter: months },
        { label: 'VOLUME by week', metric: 'VOLUME', interval: 'WEEK', filter: weeks },
        { label: 'CSAT by week by region', metric: 'CSAT', interval: 'WEEK', filter: weeks, segmentBy: 'REGION' },
        { label: 'SLA_ATTAINMENT by year', metric: 'SLA_ATTAINMENT', interval: 'YEAR', filter: years },
        { label: 'CLI by year', metric: 'CLI', interval: 'YEAR', filter: years },
        { label: 'CES by year by channel', metric: 'CES', interval: 'YEAR', filter: years, segmentBy: 'CHANNEL' },
      ];
      for (const c of cases) {
        const expected = await check(w, { ...c, label: `${c.label}, ${cut.name}` });
        if (c.interval === 'MONTH') expect(expected[0].points, c.label).toHaveLength(16);
        if (c.interval === 'YEAR') expect(expected[0].points, c.label).toHaveLength(4);
      }
      const weekly = await expectedTrend(sql, OSLO, 30, cases[3]);
      // Monday 10 February 2025 00:00 Oslo … Monday 5 May
      expect(new Date(weekly[0].points[0].periodStart).toISOString()).toBe('2025-02-09T23:00:00.000Z');
      expect(weekly[0].points).toHaveLength(13);
    }
  });

  it('a range given by one end only', async () => {
    for (const cut of CUTS) {
      const to = { receivedTo: new Date(localTime(OSLO, 2025, 11, 20, cut.hour)).toISOString() };
      const nps = await check(w, { label: `NPS, only receivedTo, ${cut.name}`, metric: 'NPS', filter: to });
      // the nine quarters ending with 2025 Q4 (to 20 November)
      expect(nps[0].points).toHaveLength(9);
      expect(new Date(nps[0].points[0].periodStart).toISOString()).toBe('2023-09-30T22:00:00.000Z');
      await check(w, { label: `RESPONSE_RATE, only receivedTo, ${cut.name}`, metric: 'RESPONSE_RATE', filter: to });
      await check(w, { label: `CES by department, only receivedTo, ${cut.name}`, metric: 'CES', filter: to, segmentBy: 'DEPARTMENT' });
      const from = { receivedFrom: new Date(localTime(OSLO, 2026, 1, 15, cut.hour)).toISOString() };
      await check(w, { label: `VOLUME by month, only receivedFrom, ${cut.name}`, metric: 'VOLUME', interval: 'MONTH', filter: from });
      await check(w, { label: `CSAT, only receivedFrom, ${cut.name}`, metric: 'CSAT', filter: from });
    }
    const lastWeek = { receivedFrom: new Date(Date.now() - 7 * DAY).toISOString() };
    await check(w, { label: 'SLA_ATTAINMENT, the last week', metric: 'SLA_ATTAINMENT', filter: lastWeek });
    await check(w, { label: 'FIRST_RESPONSE_HOURS by week, the last week', metric: 'FIRST_RESPONSE_HOURS', interval: 'WEEK', filter: lastWeek });
  });

  it('counts only decided follow-ups for SLA_ATTAINMENT, and answered ones for FIRST_RESPONSE_HOURS (Klokke AS, by hand)', async () => {
    // six decided (two answered in time, one late, three unanswered past their target), three unanswered
    // still inside their targets, and a promoter's praise that needs no follow-up
    const filter = { receivedFrom: new Date(Date.now() - 7 * DAY).toISOString(), customerIds: [String(w.data.customers.klokke)] };
    const where = sql`f.customer_id = ${w.data.customers.klokke}`;
    const sla = await check(w, { label: 'SLA_ATTAINMENT of Klokke AS', metric: 'SLA_ATTAINMENT', filter, where });
    expect(sla[0].points.reduce((s, p) => s + p.n, 0)).toBe(6);
    const first = await check(w, { label: 'FIRST_RESPONSE_HOURS of Klokke AS', metric: 'FIRST_RESPONSE_HOURS', filter, where });
    expect(first[0].points.reduce((s, p) => s + p.n, 0)).toBe(3);
    const volume = await check(w, { label: 'VOLUME of Klokke AS', metric: 'VOLUME', filter, where });
    expect(volume[0].points.reduce((s, p) => s + p.n, 0)).toBe(10);
  });

  it('puts 00:30 on the first day of a quarter in the new quarter and 23:30 on its last day in the old one', async () => {
    const filter = { receivedFrom: '2025-03-31T00:00:00.000Z', receivedTo: '2025-04-02T00:00:00.000Z', customerIds: [String(w.data.customers.grense)] };
    const r = await w.client.gql(TREND, { m: 'VOLUME', f: filter });
    expect(r.errors).toBeUndefined();
    // 2025-03-31 23:30 and 2025-04-01 00:30 in Oslo
    expect(r.data.trend[0].points.map((p: any) => [p.periodStart, p.n])).toEqual([
      ['2024-12-31T23:00:00.000Z', 1],
      ['2025-03-31T22:00:00.000Z', 1],
    ]);
    await check(w, { label: 'VOLUME of Grense AS around 1 April', metric: 'VOLUME', filter, where: sql`f.customer_id = ${w.data.customers.grense}` });
    // on whole local days: 31 March and 1 April in Oslo
    const days = span(OSLO, [2025, 3, 31], [2025, 4, 2], 0);
    const byRegion = await w.client.gql(TREND, { m: 'VOLUME', f: { ...days, regions: ['Bodo'] }, s: 'REGION' });
    expect(byRegion.errors).toBeUndefined();
    expect(byRegion.data.trend.map((s: any) => [s.segment, s.points.map((p: any) => p.n)])).toEqual([['Bodo', [1, 1]]]);
  });

  it('RESPONSE_RATE refuses what it cannot apply to invitations', async () => {
    const win = windowOf(OSLO, 0);
    const d = String(w.data.departments.support);
    const refused: [string, unknown][] = [
      ['departmentIds', [d]], ['regions', ['Oslo']], ['segments', ['SMB']], ['customerIds', [String(w.data.customers.nordlys)]],
      ['themeIds', [String(w.data.themes.billing)]], ['kinds', ['DIRECT']], ['categories', ['COMPLAINT']], ['npsGroups', ['DETRACTOR']],
      ['sentiments', ['NEGATIVE']], ['loopStatuses', ['OPEN']], ['search', 'invoice'],
    ];
    for (const [field, value] of refused) {
      const r = await w.client.gql(TREND, { m: 'RESPONSE_RATE', f: { ...win, [field]: value } });
      expect(r.data?.trend ?? null, field).toBeNull();
      expect(r.errors?.[0]?.extensions?.code, field).toBe('BAD_USER_INPUT');
      expect(Object.keys(r.errors?.[0]?.extensions?.fields ?? {}), field).toContain(`filter.${field}`);
    }
    for (const segmentBy of ['DEPARTMENT', 'REGION', 'SEGMENT']) {
      const r = await w.client.gql(TREND, { m: 'RESPONSE_RATE', f: win, s: segmentBy });
      expect(r.errors?.[0]?.extensions?.code, segmentBy).toBe('BAD_USER_INPUT');
      expect(Object.keys(r.errors?.[0]?.extensions?.fields ?? {}), segmentBy).toContain('segmentBy');
    }
  });

  it('themeTrends: the latest period against the one before, largest change first', async () => {
    const d = w.data.departments;
    // the default: the current quarter against the last
    const now = await checkThemes(w, { label: 'themes, default' });
    expect(now.n1 + now.n2).toBeGreaterThan(0);
    for (const cut of CUTS) {
      // 2026 Q3 to 15 August against 2026 Q2: pricing grows, delivery fades
      const win = span(OSLO, [2024, 1, 1], [2026, 8, 15], cut.hour);
      const q = await checkThemes(w, { label: `themes, 2026 Q3 to 15 August, ${cut.name}`, filter: win });
      expect(q.themes.length).toBeGreaterThanOrEqual(5);
      expect(q.themes.some((t) => t.significant)).toBe(true);
      expect(q.themes.some((t) => !t.significant)).toBe(true);
      await checkThemes(w, {
        label: `themes by month in Support and Sales, Oslo and Stockholm, the first three, ${cut.name}`, interval: 'MONTH', first: 3,
        filter: { ...win, departmentIds: [String(d.support), String(d.sales)], regions: ['Oslo', 'Stockholm'] },
        where: sql`f.department_id in ${sql([d.support, d.sales])} and c.region in ('Oslo', 'Stockholm')`,
      });
    }
    await checkThemes(w, {
      label: 'themes of complaints by year', interval: 'YEAR', filter: { categories: ['COMPLAINT'], receivedTo: '2026-01-01T00:00:00.000Z' },
      where: sql`f.category = 'COMPLAINT'`,
    });
    await checkThemes(w, {
      label: 'themes of searches for "invoice" by quarter', filter: { search: 'invoice', receivedTo: '2025-05-20T00:00:00.000Z' },
      where: sql`f.text ilike '%invoice%'`,
    });
    await checkThemes(w, { label: 'themes by week, the first one', interval: 'WEEK', first: 1, filter: { receivedTo: '2026-03-04T00:00:00.000Z' } });
  });
});

describe('trend recomputed from the raw rows, America/New_York', () => {
  let w: World;
  beforeAll(async () => { w = await world(NEW_YORK); });
  afterAll(async () => { await w?.h.close(); });

  it("each metric by the organisation's own quarters", async () => {
    const sql = w.h.database.sql;
    for (const cut of CUTS) {
      const win = windowOf(NEW_YORK, cut.hour);
      for (const c of unfiltered(win, cut.name)) {
        const expected = await check(w, c);
        // New York's quarters start at local midnight too: 2023 Q3 at 04:00 UTC
        expect(new Date(expected[0].points[0].periodStart).toISOString()).toBe('2023-07-01T04:00:00.000Z');
      }
      await check(w, { label: `NPS by department, ${cut.name}`, metric: 'NPS', filter: win, segmentBy: 'DEPARTMENT' });
      await check(w, {
        label: `CSAT in Oslo and Bergen by channel, ${cut.name}`, metric: 'CSAT', segmentBy: 'CHANNEL',
        filter: { ...win, regions: ['Oslo', 'Bergen'] }, where: sql`c.region in ('Oslo', 'Bergen')`,
      });
      await check(w, { label: `RESPONSE_RATE by channel, ${cut.name}`, metric: 'RESPONSE_RATE', filter: win, segmentBy: 'CHANNEL' });
      await check(w, { label: `SLA_ATTAINMENT by region, ${cut.name}`, metric: 'SLA_ATTAINMENT', filter: win, segmentBy: 'REGION' });
      await check(w, { label: `VOLUME by month, ${cut.name}`, metric: 'VOLUME', interval: 'MONTH', filter: span(NEW_YORK, [2024, 12, 20], [2025, 7, 2], cut.hour) });
      await check(w, { label: `FIRST_RESPONSE_HOURS by week, ${cut.name}`, metric: 'FIRST_RESPONSE_HOURS', interval: 'WEEK', filter: span(NEW_YORK, [2025, 3, 1], [2025, 4, 20], cut.hour) });
      await checkThemes(w, { label: `themes, 2026 Q3 to 15 August, ${cut.name}`, filter: span(NEW_YORK, [2024, 1, 1], [2026, 8, 15], cut.hour) });
    }
    for (const metric of METRICS) await check(w, { label: `${metric}, no range`, metric });
    await checkThemes(w, { label: 'themes, default' });
  });

  it('moves the Oslo quarter-boundary items: 00:30 on 1 April in Oslo is 18:30 on 31 March in New York', async () => {
    const filter = { receivedFrom: '2025-03-31T00:00:00.000Z', receivedTo: '2025-04-02T00:00:00.000Z', customerIds: [String(w.data.customers.grense)] };
    const r = await w.client.gql(TREND, { m: 'VOLUME', f: filter });
    expect(r.errors).toBeUndefined();
    expect(r.data.trend[0].points.map((p: any) => [p.periodStart, p.n])).toEqual([
      ['2025-01-01T05:00:00.000Z', 2],
      ['2025-04-01T04:00:00.000Z', 0],
    ]);
    await check(w, { label: 'VOLUME of Grense AS around 1 April', metric: 'VOLUME', filter, where: w.h.database.sql`f.customer_id = ${w.data.customers.grense}` });
    // on whole New York days, 31 March and 1 April: both items on 31 March, in Q1
    const days = span(NEW_YORK, [2025, 3, 31], [2025, 4, 2], 0);
    const byRegion = await w.client.gql(TREND, { m: 'VOLUME', f: { ...days, regions: ['Bodo'] }, s: 'REGION' });
    expect(byRegion.errors).toBeUndefined();
    expect(byRegion.data.trend.map((s: any) => [s.segment, s.points.map((p: any) => p.n)])).toEqual([['Bodo', [2, 0]]]);
  });
});
