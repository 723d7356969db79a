// The periods of a trend: local to the organisation's time zone (product.md: an item received at 00:30
// on 1 April in Oslo belongs to Q2), from the filter's range or, by default, the last 8 complete periods
// and the current one.
import { sql } from 'drizzle-orm';
import type { Db } from '@chorus/db';
import { FieldErrors } from '../../shared/validate';
import type { Interval } from './trends.type';

export const UNIT: Record<Interval, { trunc: string; step: string }> = {
  WEEK: { trunc: 'week', step: '1 week' },
  MONTH: { trunc: 'month', step: '1 month' },
  QUARTER: { trunc: 'quarter', step: '3 months' },
  YEAR: { trunc: 'year', step: '1 year' },
};

/** Five years of weeks: a chart holds no more, and nobody reads more points. */
export const MAX_PERIODS = 260;
const DEFAULT_PERIODS = 9;

export interface Period {
  /** the local date the period starts on (YYYY-MM-DD): the key the sums are grouped by */
  local: string;
  start: Date;
  end: Date;
}

export interface Range {
  periods: Period[];
  /** the instants data is read between: the periods' span, narrowed by the filter's own bounds */
  from: Date;
  to: Date;
  /** both ends fall on local midnights of the rollup's time zone, so its days answer the range exactly */
  dayAligned: boolean;
  fromDay: string;
  toDay: string;
}

export async function periodsOf(
  db: Db, timeZone: string, interval: Interval,
  bounds: { receivedFrom?: Date | null; receivedTo?: Date | null },
): Promise<Range> {
  const { trunc, step } = UNIT[interval];
  const from = bounds.receivedFrom?.toISOString() ?? null;
  const to = bounds.receivedTo?.toISOString() ?? null;
  if (from && to && from >= to) {
    const errors = new FieldErrors();
    errors.add('filter.receivedTo', 'Must be after receivedFrom.', { code: 'NOT_AFTER_FROM' });
    errors.throwIfAny();
  }
  // The last period holds receivedTo's last instant (or now); the first holds receivedFrom, or is 8
  // before the last. Data is read from the later of the first period's start and receivedFrom, to the
  // earlier of the last period's end and receivedTo: on local midnights, the rollup's days answer it.
  const rows = await db.execute<{
    local: string; start: string; end: string; read_from: string; read_to: string; from_day: string; to_day: string;
    aligned: boolean; rollup_zone: string | null;
  }>(sql`
    with b as (
      select date_trunc(${trunc}, coalesce(${to}::timestamptz - interval '1 millisecond', now()) at time zone ${timeZone}) as last_local,
        ${from}::timestamptz at time zone ${timeZone} as from_local
    ), r as (
      select coalesce(date_trunc(${trunc}, b.from_local), b.last_local - ${DEFAULT_PERIODS - 1} * ${step}::interval) as first_local, b.last_local from b
    ), p as (
      select g as local from r, generate_series(r.first_local, r.last_local, ${step}::interval) g limit ${MAX_PERIODS + 1}
    ), e as (
      select greatest(coalesce(${from}::timestamptz, '-infinity'), min(p.local) at time zone ${timeZone}) as read_from,
        least(coalesce(${to}::timestamptz, 'infinity'), (max(p.local) + ${step}::interval) at time zone ${timeZone}) as read_to
      from p
    )
    select to_char(p.local, 'YYYY-MM-DD') as local, p.local at time zone ${timeZone} as start,
      (p.local + ${step}::interval) at time zone ${timeZone} as "end", e.read_from, e.read_to,
      to_char(e.read_from at time zone ${timeZone}, 'YYYY-MM-DD') as from_day, to_char(e.read_to at time zone ${timeZone}, 'YYYY-MM-DD') as to_day,
      (e.read_from at time zone ${timeZone})::time = '00:00' and (e.read_to at time zone ${timeZone})::time = '00:00' as aligned,
      (select time_zone from rollup_state) as rollup_zone
    from p cross join e
    order by p.local`);
  if (rows.length > MAX_PERIODS) {
    const errors = new FieldErrors();
    errors.add(from ? 'filter.receivedFrom' : 'filter.receivedTo', `At most ${MAX_PERIODS} periods in one trend: choose a longer interval or a shorter range.`,
      { code: 'TOO_MANY_PERIODS', max: MAX_PERIODS });
    errors.throwIfAny();
  }
  const periods = rows.map((r) => ({ local: r.local, start: new Date(r.start), end: new Date(r.end) }));
  const edge = rows[0];
  return {
    periods, from: new Date(edge.read_from), to: new Date(edge.read_to), fromDay: edge.from_day, toDay: edge.to_day,
    // the rollup's days are another zone's while it is rebuilt for this one (or another process keeps it)
    dayAligned: edge.aligned && edge.rollup_zone === timeZone,
  };
}
