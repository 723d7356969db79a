// Periods are the organisation's (product.md): a point's periodStart is the instant its local week,
// month, quarter or year begins in that zone. Labels, days and drill-down ranges are read in it too.
import type { Interval } from '@/gql/graphql';
import { zonedTimeToInstant } from '@/shared/format';
import { addDays, type Day, dayOf, dayStartInstant, localDay, partsOf } from '@/shared/days';

/** The first day of the period after the one that begins on `start`. */
export function nextPeriodDay(start: Day, interval: Interval): Day {
  const [y, m, d] = partsOf(start);
  switch (interval) {
    case 'WEEK':
      return dayOf(y, m, d + 7);
    case 'MONTH':
      return dayOf(y, m + 1, d);
    case 'QUARTER':
      return dayOf(y, m + 3, d);
    default:
      return dayOf(y + 1, m, d);
  }
}

/** The first day of the period before the one that begins on `start`. */
export function previousPeriodDay(start: Day, interval: Interval): Day {
  const [y, m, d] = partsOf(start);
  switch (interval) {
    case 'WEEK':
      return dayOf(y, m, d - 7);
    case 'MONTH':
      return dayOf(y, m - 1, d);
    case 'QUARTER':
      return dayOf(y, m - 3, d);
    default:
      return dayOf(y - 1, m, d);
  }
}

/** The period a point stands for, as days (the last one included) and as [start, end) instants. */
export function periodOf(periodStart: string, interval: Interval, timeZone?: string | null) {
  const first = localDay(periodStart, timeZone);
  const next = nextPeriodDay(first, interval);
  const [y, m, d] = partsOf(next);
  return { first, last: addDays(next, -1), start: periodStart, end: zonedTimeToInstant(y, m, d, 0, 0, timeZone).toISOString() };
}

/** ISO 8601 week number of a day (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: Day): { year: number; week: number } {
  const [y, m, d] = partsOf(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  date.setUTCDate(date.getUTCDate() - weekday + 3); // that week's Thursday
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  return { year, week: 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000)) };
}

/** The parts a period's label is made of; the words around them are the locale's. */
export function periodParts(periodStart: string, interval: Interval, timeZone?: string | null) {
  const day = localDay(periodStart, timeZone);
  const [year, month] = partsOf(day);
  if (interval === 'WEEK') return { interval, ...isoWeek(day), month, quarter: 0 };
  return { interval, year, month, quarter: Math.floor((month - 1) / 3) + 1, week: 0 };
}

/**
 * The point a tile and the report speak of: the latest whose period has ended, so a quarter three days
 * old is not set against a full one; the latest of all when none has ended yet.
 */
export function reportIndex(points: readonly { periodStart: string }[], interval: Interval, now: number, timeZone?: string | null): number {
  for (let i = points.length - 1; i >= 0; i--) {
    if (Date.parse(periodOf(points[i].periodStart, interval, timeZone).end) <= now) return i;
  }
  return points.length - 1;
}

/** The first day of the period a day falls in (weeks start on Monday). */
export function periodStartDay(day: Day, interval: Interval): Day {
  const [y, m, d] = partsOf(day);
  switch (interval) {
    case 'WEEK':
      return dayOf(y, m, d - ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7));
    case 'MONTH':
      return dayOf(y, m, 1);
    case 'QUARTER':
      return dayOf(y, Math.floor((m - 1) / 3) * 3 + 1, 1);
    default:
      return dayOf(y, 1, 1);
  }
}

/**
 * The range the tiles ask for: the period they report (the latest that has ended, as reportIndex picks
 * it) and the one before, for the change, within the filter's own range. Two periods, not the chart's
 * nine: the follow-up metrics' medians are read from every answer behind them.
 */
export function tileRange(
  filter: { receivedFrom?: string | null; receivedTo?: string | null }, interval: Interval, now: number, timeZone?: string | null,
): { receivedFrom?: string; receivedTo?: string } {
  const to = filter.receivedTo ? Math.min(Date.parse(filter.receivedTo), now) : now;
  const lastStart = periodStartDay(localDay(new Date(to - 1).toISOString(), timeZone), interval);
  const lastEnded = Date.parse(dayStartInstant(nextPeriodDay(lastStart, interval), timeZone)) <= now;
  const report = lastEnded ? lastStart : previousPeriodDay(lastStart, interval);
  const from = dayStartInstant(previousPeriodDay(report, interval), timeZone);
  const end = dayStartInstant(nextPeriodDay(report, interval), timeZone);
  const range = {
    receivedFrom: filter.receivedFrom && filter.receivedFrom > from ? filter.receivedFrom : from,
    receivedTo: filter.receivedTo && filter.receivedTo < end ? filter.receivedTo : end,
  };
  // nothing has ended inside the filter's range: the tiles report its latest period as it stands
  if (Date.parse(range.receivedFrom) >= Date.parse(range.receivedTo)) {
    return { receivedFrom: filter.receivedFrom ?? undefined, receivedTo: filter.receivedTo ?? undefined };
  }
  return range;
}
