// The one masker of Chorus: emails and phone numbers a customer typed into a verbatim, hidden from
// viewers who may not see the contact (product.md). It runs when feedback is stored (ingestion, the
// seed, and `refreshDerivedText` when MASK_VERSION changes); the result is stored beside the text and
// the search document is built from it, so reads cost nothing and what is hidden cannot be searched for.
//
// Written as a single left-to-right scan rather than regular expressions: a backtracking pattern over
// customer-written text costs O(n²) on a long run without spaces (a 20,000-character verbatim took a
// second per read), and this text comes from anyone. Every character is visited a bounded number of
// times, so the cost is linear in the length, whatever the text.

/** Bump when the rules below change: stored masked texts older than this are recomputed at start-up. */
export const MASK_VERSION = 2;

export const EMAIL_MASK = '[email hidden]';
export const PHONE_MASK = '[phone hidden]';

/** Fewer digits than this is a quantity, a price or an order line; this many or more is treated as a phone number. */
const MIN_PHONE_DIGITS = 8;
/** Separator characters allowed between two digit groups of one number ("(555) 123", "30 / 123", a run of spaces). */
const MAX_SEPARATOR_RUN = 6;

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER_OR_NUMBER = /^[\p{L}\p{N}\p{M}]$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const SPACE = /^\s$/u;
// Invisible characters that can sit inside a number or an address without changing how it reads:
// zero-width spaces and joiners, soft hyphens, direction marks (format characters), and combining
// marks. Skipped over as if absent, so "912\u200b34\u200b567" is still a phone number.
const INVISIBLE = /^[\p{Cf}\p{Mn}\p{Me}]$/u;
const isInvisible = (ch: string) => ch.charCodeAt(0) >= 128 && INVISIBLE.test(ch);

function isLetterOrNumber(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? isAsciiAlnum(c) : LETTER_OR_NUMBER.test(ch);
}

/** Any script's decimal digit: ASCII, full-width (０-９), Arabic-Indic, mathematical… */
function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : DECIMAL_DIGIT.test(ch);
}

// Characters between the groups of one phone number: any white space (tab, newline, no-break and
// ideographic spaces), dots, dashes of every kind, slashes and brackets, ASCII or full-width.
const PHONE_PUNCT = new Set(['.', '-', '/', '(', ')', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFF0E', '\uFF0D', '\uFF0F', '\uFF08', '\uFF09', '\u00B7']);
function isPhoneSeparator(ch: string): boolean {
  return PHONE_PUNCT.has(ch) || (ch.charCodeAt(0) < 128 ? ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' : SPACE.test(ch) || isInvisible(ch));
}
const isPlus = (ch: string) => ch === '+' || ch === '\uFF0B';
const isOpenBracket = (ch: string) => ch === '(' || ch === '\uFF08';

/** The text as an array of code points (so a digit outside the BMP counts as one character). */
const chars = (text: string) => Array.from(text);

// ── emails ──────────────────────────────────────────────────────────────────────────────────────

// the characters of an address's local part (RFC 5322's atext, and any letter), and of its domain;
// the full-width and ideographic forms of `@` and `.` count as what they look like
const LOCAL_PUNCT = new Set([...".!#$%&'*+/=?^_`{|}~-"]);
const AT_SIGNS = new Set(['@', '\uFF20', '\uFE6B']);
const DOTS = new Set(['.', '\uFF0E', '\u3002', '\uFF61', '\uFE52']);
const isLocalChar = (ch: string) => isLetterOrNumber(ch) || LOCAL_PUNCT.has(ch) || isInvisible(ch);
const isDomainChar = (ch: string) => isLetterOrNumber(ch) || ch === '-' || DOTS.has(ch) || isInvisible(ch);
/** The longest quoted local part looked back for ("john doe"@example.com). */
const MAX_QUOTED_LOCAL = 64;

/**
 * Spans [start, end) of email addresses: a local part, `@`, and a domain of two or more labels. The
 * local part is searched backwards from each `@` only as far as the previous `@` or the previous
 * address, and the domain forwards only to the next character that cannot be in one, so no character
 * is scanned more than twice.
 */
function emailSpans(cs: string[]): [number, number][] {
  const spans: [number, number][] = [];
  let floor = 0; // nothing before this can start an address: it was scanned, or is an `@`
  for (let at = 0; at < cs.length; at++) {
    if (!AT_SIGNS.has(cs[at])) continue;
    let start = at;
    if (cs[at - 1] === '"') {
      // a quoted local part: back to its opening quote, not past what was scanned already
      let q = at - 2;
      while (q >= floor && at - q <= MAX_QUOTED_LOCAL && cs[q] !== '"') q--;
      if (q >= floor && cs[q] === '"') start = q;
    }
    if (start === at) {
      while (start > floor && isLocalChar(cs[start - 1])) start--;
      while (start < at && DOTS.has(cs[start])) start++;
    }
    let end = at + 1;
    while (end < cs.length && isDomainChar(cs[end])) end++;
    // a sentence's full stop or a dash after the address is not part of it
    while (end > at + 1 && (DOTS.has(cs[end - 1]) || cs[end - 1] === '-' || isInvisible(cs[end - 1]))) end--;
    const domain = cs.slice(at + 1, end).filter((c) => !isInvisible(c)).map((c) => (DOTS.has(c) ? '.' : c)).join('');
    const labels = domain.split('.');
    if (start < at && labels.length >= 2 && labels.every((l) => l.length > 0)) {
      spans.push([start, end]);
      floor = end;
      at = end - 1;
    } else {
      floor = at + 1;
    }
  }
  return spans;
}

// ── phone numbers ───────────────────────────────────────────────────────────────────────────────

/** Dates written the ways Scandinavians and ISO write them: they have 8 digits but are no one's number. */
const DATE_SHAPES = [/^(\d{4})[-./](\d{2})[-./](\d{2})$/, /^(\d{2})[-./](\d{2})[-./](\d{4})$/];
function isDate(candidate: string): boolean {
  for (const shape of DATE_SHAPES) {
    const m = candidate.match(shape);
    if (!m) continue;
    const [year, month, day] = shape === DATE_SHAPES[0] ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
    const mo = Number(month), d = Number(day), y = Number(year);
    if (y >= 1900 && y <= 2199 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return true;
  }
  return false;
}

/**
 * Spans of phone numbers: digit groups joined by short runs of separators, with an optional leading
 * `+` and opening bracket, holding at least MIN_PHONE_DIGITS digits. A long order number is masked
 * too (privacy errs on the safe side); a date is not.
 */
function phoneSpans(cs: string[]): [number, number][] {
  const spans: [number, number][] = [];
  let i = 0;
  while (i < cs.length) {
    if (!isDigit(cs[i])) { i++; continue; }
    // the number's start: its first digit, with a `+` and/or `(` just before it
    let start = i;
    if (start > 0 && isOpenBracket(cs[start - 1])) start--;
    if (start > 0 && isPlus(cs[start - 1])) start--;
    let digits = 0;
    let end = i; // one past the last digit taken
    let j = i;
    for (;;) {
      while (j < cs.length && isDigit(cs[j])) { digits++; j++; }
      end = j;
      // a short run of separators followed by another digit continues the number
      let k = j;
      while (k < cs.length && k - j < MAX_SEPARATOR_RUN + 1 && (isPhoneSeparator(cs[k]) || isPlus(cs[k]))) k++;
      if (k > j && k - j <= MAX_SEPARATOR_RUN && k < cs.length && isDigit(cs[k])) { j = k; continue; }
      break;
    }
    const text = cs.slice(i, end).join('');
    if (digits >= MIN_PHONE_DIGITS && !isDate(text)) spans.push([start, end]);
    // the separators just looked at are revisited once at most: from `end` on
    i = end;
  }
  return spans;
}

function replaceSpans(cs: string[], spans: [number, number][], mask: string): string[] {
  if (!spans.length) return cs;
  const out: string[] = [];
  let from = 0;
  for (const [start, end] of spans) {
    for (let k = from; k < start; k++) out.push(cs[k]);
    out.push(mask);
    from = end;
  }
  for (let k = from; k < cs.length; k++) out.push(cs[k]);
  return out;
}

/** The text with every email address and phone number replaced by a placeholder; linear time. */
export function maskText(text: string): string {
  const cs = chars(text);
  const withoutEmails = replaceSpans(cs, emailSpans(cs), EMAIL_MASK);
  // the placeholders hold no digit, so finding phone numbers on the result is safe
  return replaceSpans(withoutEmails, phoneSpans(withoutEmails), PHONE_MASK).join('');
}

/** The masked text to store beside a verbatim (null stays null). */
export const maskedOrNull = (text: string | null | undefined): string | null => (text == null ? null : maskText(text));

/** Feedback rows for a drizzle insert, each with its masked text: for tests and tools that write feedback directly. */
export function withMaskedText<T extends { text?: string | null }>(rows: T[]): (T & { textMasked: string | null; textMaskVersion: number })[] {
  return rows.map((row) => ({ ...row, textMasked: maskedOrNull(row.text), textMaskVersion: MASK_VERSION }));
}
