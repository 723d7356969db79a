// The calendar the demo lives in. Chorus reports in the organisation's time zone (Europe/Oslo), so
// quarters, weekdays and office hours are Oslo-local; everything stored is UTC. The EU daylight-saving
// rule is computed here rather than through Intl so a million timestamps stay cheap.

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

const dstCache = new Map<number, [number, number]>();

/** Day of month of the last Sunday of a month (0-based month). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Summer time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
function dstRange(year: number): [number, number] {
  let range = dstCache.get(year);
  if (!range) {
    range = [Date.UTC(year, 2, lastSunday(year, 2), 1), Date.UTC(year, 9, lastSunday(year, 9), 1)];
    dstCache.set(year, range);
  }
  return range;
}

/** Oslo's offset from UTC at an instant, in ms (1 h in winter, 2 h in summer). */
export function osloOffset(utcMs: number): number {
  const [start, end] = dstRange(new Date(utcMs).getUTCFullYear());
  return utcMs >= start && utcMs < end ? 2 * HOUR : HOUR;
}

/** The instant of an Oslo wall-clock time given as "local ms" (wall clock read as if it were UTC). */
export function localToUtc(localMs: number): number {
  return localMs - osloOffset(localMs - HOUR);
}

export function utcToLocal(utcMs: number): number {
  return utcMs + osloOffset(utcMs);
}

export function quarterOf(year: number, month: number): number {
  return year * 4 + Math.floor(month / 3);
}

/** One Oslo calendar day of the demo window. */
export interface Day {
  index: number;
  /** YYYY-MM-DD (Oslo) */
  key: string;
  year: number;
  /** 0-based */
  month: number;
  date: number;
  /** 0 = Sunday */
  weekday: number;
  /** the instant the day starts */
  startUtc: number;
  /** the day's length in ms (23 or 25 h on DST days) */
  length: number;
  /** quarters relative to the current one: 0 = the running quarter, -1 = the last full one, … */
  quarter: number;
  dayOfQuarter: number;
  /** 0 at the window's first day, 1 at its last: drives slow trends */
  progress: number;
}

export interface Calendar {
  days: Day[];
  now: number;
  /** first instant of the window (start of the oldest quarter) */
  start: number;
  /** full quarters before the running one */
  fullQuarters: number;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The window: the running quarter up to yesterday plus `fullQuarters` full quarters before it, so a
 * quarterly chart always shows eight complete quarters and the quarter to date.
 */
export function buildCalendar(now: Date, fullQuarters = 8): Calendar {
  const nowMs = now.getTime();
  const local = new Date(utcToLocal(nowMs));
  const currentQuarter = quarterOf(local.getUTCFullYear(), local.getUTCMonth());
  const firstQuarter = currentQuarter - fullQuarters;
  const firstYear = Math.floor(firstQuarter / 4);
  const firstMonth = (firstQuarter % 4) * 3;
  // the last whole local day before `now` (today is still running, so it is left out)
  const lastLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - 1);
  const days: Day[] = [];
  for (let i = 0; ; i++) {
    const d = new Date(Date.UTC(firstYear, firstMonth, 1 + i));
    if (d.getTime() > lastLocal) break;
    const year = d.getUTCFullYear();
    const month = d.getUTCMonth();
    const startUtc = localToUtc(d.getTime());
    const nextStart = localToUtc(d.getTime() + DAY);
    const q = quarterOf(year, month);
    const quarterStart = Date.UTC(Math.floor(q / 4), (q % 4) * 3, 1);
    days.push({
      index: i,
      key: `${year}-${pad(month + 1)}-${pad(d.getUTCDate())}`,
      year,
      month,
      date: d.getUTCDate(),
      weekday: d.getUTCDay(),
      startUtc,
      length: nextStart - startUtc,
      quarter: q - currentQuarter,
      dayOfQuarter: Math.round((d.getTime() - quarterStart) / DAY),
      progress: 0,
    });
  }
  if (days.length === 0) throw new Error('the demo window is empty');
  for (const day of days) day.progress = days.length > 1 ? day.index / (days.length - 1) : 1;
  return { days, now: nowMs, start: days[0].startUtc, fullQuarters };
}

/** Office hours in Oslo: 08:00–16:00, Monday to Friday. */
const OPEN = 8 * HOUR;
const CLOSE = 16 * HOUR;

/**
 * Adds working hours: a complaint that arrives on Friday evening gets its call on Monday, which is
 * what makes real first-response times and SLA misses look the way they do.
 */
export function addBusinessHours(utcMs: number, hours: number): number {
  let local = utcToLocal(utcMs);
  let remaining = hours * HOUR;
  for (let guard = 0; guard < 400; guard++) {
    const dayStart = Math.floor(local / DAY) * DAY;
    const weekday = new Date(dayStart).getUTCDay();
    if (weekday === 0 || weekday === 6 || local >= dayStart + CLOSE) {
      local = dayStart + DAY + OPEN;
      continue;
    }
    if (local < dayStart + OPEN) local = dayStart + OPEN;
    const available = dayStart + CLOSE - local;
    if (remaining <= available) {
      local += remaining;
      break;
    }
    remaining -= available;
    local = dayStart + DAY + OPEN;
  }
  return localToUtc(local);
}
