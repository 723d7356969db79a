// The response-times page's window: calendar dates in the organisation's time zone, kept in the URL
// (?from=2025-04-01&to=2026-06-30, both days included) so a view can be shared as it is.
import { zonedParts, zonedTimeToInstant } from '@/shared/format';
import type { ResponseGroup } from '@/gql/graphql';

export const GROUPS: readonly ResponseGroup[] = ['DEPARTMENT', 'ASSIGNEE', 'QUARTER'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The last four full quarters and the running one: from the first day of the quarter a year before this one. */
export function defaultFrom(now: Date, timeZone?: string | null): string {
  const today = zonedParts(now, timeZone);
  const quarterStart = Math.floor((today.month - 1) / 3) * 3 + 1;
  return iso(today.year - 1, quarterStart, 1);
}

export function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** The instant a day begins in the zone; `dayAfter` for the exclusive end of an inclusive last day. */
export function dayStart(date: string, timeZone?: string | null, dayAfter = false): string {
  const [y, m, d] = date.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + (dayAfter ? 1 : 0)));
  return zonedTimeToInstant(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0, timeZone).toISOString();
}
