// Intl formatters per locale and time zone, built once: creating an Intl formatter per table cell is slow.
// Dates are shown in the browser's time zone unless a zone is given: the portal passes the
// organisation's (useFormat({ zone: 'organisation' })) wherever a time is about the organisation's
// day (due times, follow-ups, periods), so a colleague travelling sees the same 14:00 as the office.

const NONE = '—';
const cache = new Map<string, ReturnType<typeof build>>();

/** The browser's own zone: a time shown in another one says which (a traveller reads 14:00 CET, not 14:00). */
const BROWSER_ZONE = new Intl.DateTimeFormat().resolvedOptions().timeZone;

function build(locale: string, timeZone: string | undefined) {
  const zone = timeZone ? { timeZone } : {};
  const named = timeZone && timeZone !== BROWSER_ZONE ? { timeZoneName: 'short' as const } : {};
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', ...zone });
  const dateTime = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...zone,
    ...named,
  });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  let languages: Intl.DisplayNames | null = null;
  try {
    languages = new Intl.DisplayNames([locale], { type: 'language' });
  } catch {
    languages = null;
  }
  const valid = (iso: string | null | undefined) => {
    if (!iso) return null;
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? null : d;
  };
  return {
    date: (iso: string | null | undefined) => {
      const d = valid(iso);
      return d ? date.format(d) : NONE;
    },
    dateTime: (iso: string | null | undefined) => {
      const d = valid(iso);
      return d ? dateTime.format(d) : NONE;
    },
    number: (value: number | null | undefined) => (value == null ? NONE : number.format(value)),
    /** one decimal: hours, percentages */
    decimal: (value: number | null | undefined) => (value == null ? NONE : decimal.format(value)),
    /** "nb" → "Norwegian Bokmål" (in the portal's language); unknown codes are shown as they are. */
    language: (code: string | null | undefined) => {
      if (!code) return NONE;
      try {
        return languages?.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

/** A zone Intl does not know (a typo in the server's settings) falls back to the browser's. */
function knownZone(timeZone: string | null | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

export function formatters(locale: string, timeZone?: string | null) {
  const zone = knownZone(timeZone);
  const key = `${locale}|${zone ?? ''}`;
  let f = cache.get(key);
  if (!f) {
    f = build(locale, zone);
    cache.set(key, f);
  }
  return f;
}

/** The calendar date ("2026-04-01") and the parts of an instant, as a clock in `timeZone` shows it. */
export function zonedParts(instant: Date, timeZone?: string | null) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: knownZone(timeZone),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/**
 * The instant a wall-clock time in `timeZone` stands for (midnight that begins a period, 14:00 typed
 * into a form): found by correcting a UTC guess by the zone's offset, twice for a day on which the
 * offset changes.
 */
export function zonedTimeToInstant(year: number, month: number, day: number, hour = 0, minute = 0, timeZone?: string | null): Date {
  const target = Date.UTC(year, month - 1, day, hour, minute);
  let guess = target;
  for (let i = 0; i < 2; i++) {
    const p = zonedParts(new Date(guess), timeZone);
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    guess += target - shown;
  }
  return new Date(guess);
}
