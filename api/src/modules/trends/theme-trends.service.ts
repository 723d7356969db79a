// `themeTrends`: the themes whose share of feedback moved most between the latest period and the one
// before (api-contract.md). Read from the raw rows of those two periods: theme tags are not in the
// rollup, and two periods of feedback_themes are read by index.
import { sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { authorize } from '../../shared/auth';
import { FieldErrors } from '../../shared/validate';
import type { FeedbackFilter } from '../feedback/feedback.inputs';
import { feedbackConditions } from '../feedback/feedback.query';
import { periodsOf } from './periods';
import { significantShareChange } from './statistics';
import { mayReadTrends } from './trends.policy';
import type { Interval, ThemeTrendType } from './trends.type';

export interface ThemeTrendArgs { filter?: FeedbackFilter | null; interval: Interval; first: number }

const MAX_FIRST = 50;

export async function themeTrends(ctx: Context, args: ThemeTrendArgs): Promise<ThemeTrendType[]> {
  authorize(ctx, mayReadTrends);
  const filter = args.filter ?? {};
  const errors = new FieldErrors();
  errors.filter(filter);
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_FIRST) {
    errors.add('first', `Must be between 1 and ${MAX_FIRST}.`, { code: 'OUT_OF_RANGE', min: 1, max: MAX_FIRST });
  }
  errors.throwIfAny();
  const { periods } = await periodsOf(ctx.db, ctx.config.timeZone, args.interval, filter);
  const latest = periods[periods.length - 1];
  // the period before the latest, whatever the filter's own start: it is the comparison asked for
  const previousStart = periods.length > 1 ? periods[periods.length - 2].start
    : (await periodsOf(ctx.db, ctx.config.timeZone, args.interval, { receivedTo: latest.start })).periods.at(-1)!.start;
  const conds = feedbackConditions({ ...filter, receivedFrom: undefined, receivedTo: undefined });
  // both bounds of the filter still hold inside the two periods
  const from = filter.receivedFrom && filter.receivedFrom > previousStart ? filter.receivedFrom : previousStart;
  const to = filter.receivedTo && filter.receivedTo < latest.end ? filter.receivedTo : latest.end;
  const rows = await ctx.db.execute<{ theme_id: string | null; current: number; previous: number; negative: number }>(sql`
    with scoped as (
      select feedback.id, feedback.sentiment, feedback.received_at >= ${latest.start.toISOString()}::timestamptz as latest
      from feedback
      where feedback.received_at >= ${from.toISOString()}::timestamptz and feedback.received_at < ${to.toISOString()}::timestamptz
        ${conds ? sql`and ${conds}` : sql``}
    )
    select null::text as theme_id, count(*) filter (where latest)::int as current, count(*) filter (where not latest)::int as previous, 0 as negative
    from scoped
    union all
    select t.theme_id::text, count(*) filter (where s.latest)::int, count(*) filter (where not s.latest)::int,
      count(*) filter (where s.latest and s.sentiment = 'NEGATIVE')::int
    from scoped s join feedback_themes t on t.feedback_id = s.id
    group by t.theme_id`);
  const totals = rows.find((r) => r.theme_id === null)!;
  const shareOf = (x: number, n: number) => (n ? (x / n) * 100 : 0);
  const trends = rows.filter((r) => r.theme_id !== null).map((r) => {
    const currentShare = shareOf(r.current, totals.current);
    const previousShare = shareOf(r.previous, totals.previous);
    return {
      themeId: Number(r.theme_id),
      current: r.current,
      previous: r.previous,
      currentShare,
      previousShare,
      change: currentShare - previousShare,
      significant: significantShareChange(r.current, totals.current, r.previous, totals.previous),
      negativeShare: r.current ? (r.negative / r.current) * 100 : null,
      periodStart: latest.start,
    };
  });
  const named = await Promise.all(trends.map(async (t) => ({ ...t, theme: await ctx.loaders.themeById.load(t.themeId) })));
  return named
    .filter((t) => t.theme)
    // equal changes (within float noise: the same counts over the same totals) in name order
    .sort((a, b) => {
      const larger = Math.abs(b.change) - Math.abs(a.change);
      return Math.abs(larger) > 1e-9 ? larger : a.theme!.name.localeCompare(b.theme!.name);
    })
    .slice(0, args.first)
    .map(({ themeId: _id, theme, ...t }) => ({ ...t, theme: theme! }));
}
