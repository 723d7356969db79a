// Intl formatters per locale, built once: creating an Intl formatter per table cell is slow.

const NONE = '—';
const cache = new Map<string, ReturnType<typeof build>>();

function build(locale: string) {
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
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

export function formatters(locale: string) {
  let f = cache.get(locale);
  if (!f) {
    f = build(locale);
    cache.set(locale, f);
  }
  return f;
}
