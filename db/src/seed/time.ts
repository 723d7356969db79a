// The calendar the demo lives in. Chorus reports in the organisation's time zone (CHORUS_TIME_ZONE,
// Europe/Oslo by default), so quarters, weekdays and office hours are local to it; everything stored is
// UTC. Offsets come from the runtime's time-zone database (Intl), cached per quarter hour, so a million
// timestamps stay cheap and any zone's daylight-saving rule is the real one.

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
const BUCKET = 15 * MINUTE;

/** A time zone as the seed needs it. "Local ms" is a wall-clock time read as if it were UTC. */
export interface TimeZone {
  name: string;
  /** the zone's offset from UTC at an instant, in ms */
  offset(utcMs: number): number;
  utcToLocal(utcMs: number): number;
  /** the instant of a wall-clock time (one in the spring gap or the autumn overlap: the later instant) */
  localToUtc(localMs: number): number;
}

const zones = new Map<string, TimeZone>();

export function timeZone(name = 'Europe/Oslo'): TimeZone {
  let zone = zones.get(name);
  if (zone) return zone;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
  });
  const cache = new Map<number, number>();
  const offset = (utcMs: number): number => {
    const bucket = Math.floor(utcMs / BUCKET);
    let o = cache.get(bucket);
    if (o === undefined) {
      const at = bucket * BUCKET;
      const p = Object.fromEntries(format.formatToParts(at).map((x) => [x.type, Number(x.value)]));
      o = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - at;
      cache.set(bucket, o);
    }
    return o;
  };
  zone = {
    name,
    offset,
    utcToLocal: (utcMs) => utcMs + offset(utcMs),
    localToUtc(localMs) {
      // the offsets in force a day before and a day after (no zone changes its clocks twice in two
      // days): the instant is one of the two readings, or, in a gap, the one with the earlier offset
      const before = localMs - offset(localMs - DAY);
      const after = localMs - offset(localMs + DAY);
      const fits = [before, after].filter((u) => u + offset(u) === localMs);
      return fits.length ? Math.max(...fits) : before;
    },
  };
  zones.set(name, zone);
  return zone;
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
  /** the organisation's time zone, in which the days are */
  zone: TimeZone;
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
export function buildCalendar(now: Date, fullQuarters = 8, zone: TimeZone = timeZone()): Calendar {
  const nowMs = now.getTime();
  const { localToUtc } = zone;
  const local = new Date(zone.utcToLocal(nowMs));
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
  return { zone, days, now: nowMs, start: days[0].startUtc, fullQuarters };
}

/** Office hours: 08:00–16:00 local, Monday to Friday. */
const OPEN = 8 * HOUR;
const CLOSE = 16 * HOUR;

/**
 * Adds working hours: a complaint that arrives on Friday evening gets its call on Monday, which is
 * what makes real first-response times and SLA misses look the way they do.
 */
export function addBusinessHours(utcMs: number, hours: number, zone: TimeZone): number {
  let local = zone.utcToLocal(utcMs);
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
  return zone.localToUtc(local);
}
