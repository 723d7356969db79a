// Calendar days of the organisation (product.md: periods are local to its time zone, never the
// browser's or the server's). A filter's range is a range of such days; the API gets the instants at
// which the first day begins and the day after the last begins, in that zone. The dashboard's periods,
// the feedback list's range and the feature requests' period all count days with these.
import { zonedParts, zonedTimeToInstant } from '@/shared/format';

/** A calendar day, "2026-07-01". */
export type Day = string;

const pad = (n: number) => String(n).padStart(2, '0');

/** The day y-m-d names, days and months overflowing into the next (Date.UTC's arithmetic). */
export function dayOf(y: number, m: number, d: number): Day {
  const date = new Date(Date.UTC(y, m - 1, d));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export const partsOf = (day: Day) => day.split('-').map(Number) as [number, number, number];

/** Whether a value is a day of the calendar ("2025-02-30" is not). */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = partsOf(value);
  return dayOf(y, m, d) === value;
}

export function addDays(day: Day, days: number): Day {
  const [y, m, d] = partsOf(day);
  return dayOf(y, m, d + days);
}

/** The day an instant (a Date or an ISO string) falls on in the zone (the browser's without one). */
export function localDay(instant: Date | string, timeZone?: string | null): Day {
  const p = zonedParts(typeof instant === 'string' ? new Date(instant) : instant, timeZone);
  return dayOf(p.year, p.month, p.day);
}

/** The instant a day begins in the zone, or the day after begins (`dayAfter`: an exclusive end). */
export function dayStartInstant(day: Day, timeZone?: string | null, dayAfter = false): string {
  const [y, m, d] = partsOf(dayAfter ? addDays(day, 1) : day);
  return zonedTimeToInstant(y, m, d, 0, 0, timeZone).toISOString();
}
