// `trend`: a metric per local period, one series or one per value of a dimension (api-contract.md,
// "Trends"; product.md, "Metrics"). Sources (rollup or raw rows) in sources.ts, arithmetic in
// statistics.ts; here the periods are filled, the series ordered and named, and changes judged.
import type { Context } from '../../context';
import { authorize } from '../../shared/auth';
import { FieldErrors } from '../../shared/validate';
import type { FeedbackFilter } from '../feedback/feedback.inputs';
import { periodsOf, type Period } from './periods';
import { checkResponseRateFilter, followUpSums, responseRateSums, surveySums, type Query } from './sources';
import * as stats from './statistics';
import { mayReadTrends } from './trends.policy';
import type { Dimension, Interval, Metric, TrendPointType, TrendSeriesType } from './trends.type';

export interface TrendArgs { metric: Metric; interval: Interval; filter?: FeedbackFilter | null; segmentBy?: Dimension | null }

/** One estimate per (segment key, period). */
type Estimates = Map<string | null, Map<string, stats.Estimate>>;

export async function trend(ctx: Context, args: TrendArgs): Promise<TrendSeriesType[]> {
  authorize(ctx, mayReadTrends);
  const filter = args.filter ?? {};
  const errors = new FieldErrors();
  errors.filter(filter);
  errors.throwIfAny();
  const segmentBy = args.segmentBy ?? null;
  if (args.metric === 'RESPONSE_RATE') checkResponseRateFilter(filter, segmentBy);
  const range = await periodsOf(ctx.db, ctx.config.timeZone, args.interval, filter);
  const q: Query = { filter, interval: args.interval, range, segmentBy, timeZone: ctx.config.timeZone };
  const estimates = await estimate(ctx, args.metric, q);
  return series(ctx, args.metric, range.periods, estimates, segmentBy);
}

async function estimate(ctx: Context, metric: Metric, q: Query): Promise<Estimates> {
  const out: Estimates = new Map();
  const put = (key: string | null, period: string, e: stats.Estimate) => {
    if (!out.has(key)) out.set(key, new Map());
    out.get(key)!.set(period, e);
  };
  if (metric === 'RESPONSE_RATE') {
    for (const r of await responseRateSums(ctx.db, q)) put(r.key, r.period, stats.share(r.responses, r.invitations));
  } else if (metric === 'FIRST_RESPONSE_HOURS' || metric === 'SLA_ATTAINMENT') {
    for (const r of await followUpSums(ctx.db, q, await ctx.loaders.slaPolicies())) {
      put(r.key, r.period, metric === 'SLA_ATTAINMENT' ? stats.share(r.within, r.decided) : stats.median(r.responded, r.median, r.low, r.high));
    }
  } else {
    const of = { NPS: stats.nps, CSAT: stats.csat, CES: stats.ces, CLI: stats.cli, VOLUME: stats.volume }[metric];
    for (const r of await surveySums(ctx.db, q)) put(r.key, r.period, of(r));
  }
  return out;
}


const EMPTY: stats.Estimate = { n: 0, value: null, se: null, low: null, high: null };

async function series(ctx: Context, metric: Metric, periods: Period[], estimates: Estimates, segmentBy: Dimension | null): Promise<TrendSeriesType[]> {
  const min = ctx.config.minResponses;
  const keys = segmentBy ? [...estimates.keys()] : [null];
  const built = keys.map((key) => {
    const byPeriod = estimates.get(key) ?? new Map<string, stats.Estimate>();
    let previous: { e: stats.Estimate; sufficient: boolean } | null = null;
    let total = 0;
    const points: TrendPointType[] = periods.map((p) => {
      const e = byPeriod.get(p.local) ?? (metric === 'VOLUME' ? stats.volume(stats.ZERO_SUMS) : EMPTY);
      total += e.n;
      const sufficient = metric === 'VOLUME' || e.n >= min;
      const change = previous && sufficient && previous.sufficient && e.value !== null && previous.e.value !== null
        ? e.value - previous.e.value : null;
      const point: TrendPointType = {
        periodStart: p.start,
        value: sufficient ? e.value : null,
        n: e.n,
        low: sufficient ? e.low : null,
        high: sufficient ? e.high : null,
        change,
        significant: change !== null && metric !== 'VOLUME' && stats.significantChange(change, e.se, previous!.e.se),
        sufficient,
      };
      previous = { e, sufficient };
      return point;
    });
    return { key, total, points };
  });
  const named = await Promise.all(built.filter((s) => !segmentBy || s.total > 0).map(async (s) => ({
    segment: await segmentName(ctx, segmentBy, s.key),
    segmentKey: s.key,
    points: s.points,
    total: s.total,
  })));
  return named
    .sort((a, b) => b.total - a.total || (a.segment ?? '').localeCompare(b.segment ?? ''))
    .map(({ total: _total, ...s }) => s);
}

async function segmentName(ctx: Context, segmentBy: Dimension | null, key: string | null): Promise<string | null> {
  if (!segmentBy || key === null) return null;
  if (segmentBy === 'DEPARTMENT') return (await ctx.loaders.departmentById.load(Number(key)))?.name ?? key;
  if (segmentBy === 'PRODUCT') return (await ctx.loaders.productById.load(Number(key)))?.name ?? key;
  return key;
}
