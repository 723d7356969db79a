// The masker against generated texts: emails and phone numbers in many shapes, hidden in filler that
// holds no digit and no `@`, so "nothing is left" can be checked exactly: after masking, not one
// digit and not one `@` may remain. Then the same texts go into PostgreSQL and every hidden value is
// searched for the way the API searches: none may be found.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/index';
import { EMAIL_MASK, MASK_VERSION, PHONE_MASK, maskText } from './mask';

// ── generators ──────────────────────────────────────────────────────────────────────────────────

const letters = 'abcdefghijklmnopqrstuvwxyzæøåäöéüABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅÄÖ';
const letter = fc.constantFrom(...letters);
const word = fc.array(letter, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
const FILLER_WORDS = ['leveransen', 'kom', 'sent', 'igjen', 'ring', 'meg', 'mitt', 'nummer', 'är', 'the', 'invoice', 'was', 'wrong',
  'kontakt', 'på', 'or', 'eller', 'takk', 'tack', 'please', 'call', 'back', 'asap', 'skriv', 'til'];
// filler: ordinary words, punctuation and, now and then, a long run without spaces (the shape that
// made the old patterns backtrack)
const filler = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...FILLER_WORDS), { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' ')) },
  { weight: 2, arbitrary: fc.constantFrom(' ', ', ', '. ', '!\n', ' – ', ': ', '\t', '\u00a0', ' (', ') ') },
  { weight: 1, arbitrary: fc.tuple(letter, fc.integer({ min: 200, max: 3000 })).map(([c, n]) => c.repeat(n)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a.', 'a-', '.-', 'ab_'), fc.integer({ min: 100, max: 1500 })).map(([c, n]) => c.repeat(n)) },
);

const label = fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789æøå'), { minLength: 1, maxLength: 10 }).map((cs) => cs.join(''));
const email = fc.record({
  local: fc.oneof(
    fc.array(fc.oneof(word, fc.constantFrom('.', '_', '+', '-', '%', '&', "'", '1', '42', '\u200b')), { minLength: 1, maxLength: 5 })
      .map((parts) => parts.join('').replace(/^[._%+&'\u200b-]+/, '') || 'x'),
    // a quoted local part, with a space in it
    fc.tuple(word, word).map(([a, b]) => `"${a} ${b}"`),
  ),
  at: fc.constantFrom('@', '@', '@', '\uFF20', '\uFE6B'),
  dot: fc.constantFrom('.', '.', '.', '\uFF0E'),
  labels: fc.array(label, { minLength: 1, maxLength: 3 }),
  tld: fc.constantFrom('no', 'se', 'dk', 'fi', 'com', 'co.uk', 'io', 'NO'),
  wrap: fc.constantFrom(['', ''], ['<', '>'], ['mailto:', ''], ['(', ')'], ['"', '"'], ['', '.'], ['', ','], ['', '!']),
}).map(({ local, at, dot, labels, tld, wrap }) => ({ value: `${local}${at}${labels.join(dot)}${dot}${tld}`, wrap }));

// Phone numbers as people in the Nordics and abroad write them, with the separators they really use
// (and the ones that slip in when text is pasted: tabs, newlines, no-break and narrow spaces).
const SEPARATORS = [' ', ' ', '-', '.', '/', '\t', '\n', '\u00a0', '\u202f', '\u2009', ' - ', '\u2013', '     ',
  // invisible ones, that a number keeps reading as a number with: zero-width space and joiner, word
  // joiner, soft hyphen, a direction mark, a combining accent
  '\u200b', '\u200d', '\u2060', '\u00ad', '\u200e', '\u0301'];
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((ds) => ds.join(''));
const FORMATS = [
  '+47 ### ## ###', '########', '### ## ###', '0047 ## ## ## ##', '+47 ## ## ## ##', // Norway
  '07#-### ## ##', '+46 7# ### ## ##', '08-### ### ##', '+46 (0)8 ### ### ##', // Sweden
  '+45 ## ## ## ##', '+358 ## ### ####', '+354 ### ####', // Denmark, Finland, Iceland
  '(###) ###-####', '+1 ### ### ####', '###.###.####', '+1-###-###-####', // North America
  '0049/##/#######', '+49 (0)## #######', '+44 ## #### ####', '+33 # ## ## ## ##', '+48 ### ### ###', // Europe
];
const formatted = fc.tuple(fc.constantFrom(...FORMATS), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 16, maxLength: 16 }))
  .map(([format, ds]) => { let k = 0; return format.replace(/#/g, () => String(ds[k++])); });
const freeform = fc.tuple(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 3, maxLength: 5 }), fc.constantFrom(...SEPARATORS), fc.boolean())
  .chain(([groups, sep, plus]) => fc.tuple(...groups.map((g) => digits(g))).map((parts) => (plus ? '+' : '') + parts.join(sep)))
  .filter((p) => p.replace(/\D/g, '').length >= 8);
const withSeparators = fc.tuple(formatted, fc.constantFrom(...SEPARATORS)).map(([p, sep]) => p.replace(/ /g, sep));
// full-width digits, as some Asian keyboards and some PDFs give them
const fullWidth = formatted.map((p) => p.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/\+/g, '＋'));
const phone = fc.oneof(formatted, withSeparators, freeform, fullWidth).map((value) => ({ value, wrap: ['', ''] as [string, string] }));

const verbatim = fc.array(fc.oneof({ weight: 3, arbitrary: filler.map((f) => ({ filler: f })) }, { weight: 1, arbitrary: email.map((e) => ({ email: e })) },
  { weight: 1, arbitrary: phone.map((p) => ({ phone: p })) }), { minLength: 1, maxLength: 12 })
  .map((parts) => {
    const hidden: string[] = [];
    // a space between parts, as people write: a value glued to a word is tested by the long runs
    const text = parts.map((p) => {
      if ('filler' in p) return p.filler;
      const { value, wrap } = 'email' in p ? p.email : p.phone;
      hidden.push(value);
      return `${wrap[0]}${value}${wrap[1]}`;
    }).join(' ');
    return { text, hidden };
  });

// ── the masker on its own ───────────────────────────────────────────────────────────────────────

describe('maskText', () => {
  it('hides emails and phone numbers in their usual shapes, and leaves dates and quantities', () => {
    expect(maskText('Ring meg på +47 912 34 567 eller 004791234567.')).toBe(`Ring meg på ${PHONE_MASK} eller ${PHONE_MASK}.`);
    expect(maskText('Mitt nummer är 070-123 45 67')).toBe(`Mitt nummer är ${PHONE_MASK}`);
    expect(maskText('Skriv til åse.øvrebø@firma.no, takk')).toBe(`Skriv til ${EMAIL_MASK}, takk`);
    expect(maskText('912\t34\t567, 912\n34\n567, 912\u00a034\u00a0567')).toBe(`${PHONE_MASK}, ${PHONE_MASK}, ${PHONE_MASK}`);
    expect(maskText('(555) 123-4567, 0049/30/1234567 and ９１２ ３４ ５６７')).toBe(`${PHONE_MASK}, ${PHONE_MASK} and ${PHONE_MASK}`);
    expect(maskText('Order 12345 arrived on 2026-03-01, paid 1 200 000 kr on 01.03.2026')).toBe('Order 12345 arrived on 2026-03-01, paid 1 200 000 kr on 01.03.2026');
    expect(maskText('mail OLA.Nordmann+tag@Firma.co.uk.')).toBe(`mail ${EMAIL_MASK}.`);
  });

  it('sees through invisible characters, quoted local parts and look-alike @ and dots', () => {
    expect(maskText('912\u200b34\u200b567, 9\u00ad1\u00ad2 34 567, 912     34     567')).toBe(`${PHONE_MASK}, ${PHONE_MASK}, ${PHONE_MASK}`);
    expect(maskText('"john doe"@example.com, user@example\uFF0Ecom, user\uFE6Bexample.com, john&jane@x.com, jo\u200bhn@x.no'))
      .toBe(Array(5).fill(EMAIL_MASK).join(', '));
  });

  it('leaves no digit and no @ of any generated email or phone number in the text', () => {
    fc.assert(fc.property(verbatim, ({ text }) => {
      const masked = maskText(text);
      expect(masked).not.toMatch(/\p{Nd}|[@\uFF20\uFE6B]/u);
    }), { numRuns: 400, seed: 6 });
  });

  it('takes linear time: under a millisecond per kilobyte, on the texts that made the old patterns backtrack', () => {
    const n = 20_000;
    const hostile = ['a'.repeat(n), 'a@'.repeat(n / 2), '1-'.repeat(n / 2), 'a.'.repeat(n / 2), `${'a.'.repeat(n / 2 - 1)}@`,
      '@a.'.repeat(n / 3), '1 '.repeat(n / 2), `+${'1'.repeat(n - 1)}`, 'æ'.repeat(n), `${'x'.repeat(n - 20)}@example.com`];
    for (const text of hostile) maskText(text); // warm up the JIT
    let kilobytes = 0;
    const started = performance.now();
    for (let round = 0; round < 5; round++) for (const text of hostile) { maskText(text); kilobytes += text.length / 1000; }
    const msPerKb = (performance.now() - started) / kilobytes;
    console.log(`maskText: ${msPerKb.toFixed(4)} ms per kB over ${kilobytes.toFixed(0)} kB of hostile text`);
    expect(msPerKb).toBeLessThan(1);
  });
});

// ── what the database can find ──────────────────────────────────────────────────────────────────

describe('search over masked feedback', () => {
  let t: TestDatabase;
  beforeAll(async () => { t = await createTestDatabase(); });
  afterAll(async () => { await t.drop(); });

  it('finds no hidden value, searched for as typed or by its digits', async () => {
    const samples = fc.sample(verbatim, { numRuns: 300, seed: 7 });
    const languages = ['en', 'nb', 'sv', null];
    const rows = samples.map((s, i) => ({ i, text: s.text, masked: maskText(s.text), language: languages[i % 4] }));
    await t.sql`insert into feedback (source, external_id, received_at, channel, kind, text, text_masked, text_mask_version, language)
      select 'prop', i::text, now(), 'SUPPORT_TICKET', 'INDIRECT', text, masked, ${MASK_VERSION}, language
      from unnest(${rows.map((r) => r.i)}::int[], ${rows.map((r) => r.text)}::text[], ${rows.map((r) => r.masked)}::text[],
        ${rows.map((r) => r.language)}::text[]) as x(i, text, masked, language)`;
    const searches = [...new Set(samples.flatMap((s) => s.hidden.flatMap((v) => {
      const groups = v.normalize('NFKC').match(/\d+/g) ?? [];
      return [v, groups.join(' '), groups.join('')].filter((q) => q.trim());
    })))];
    expect(searches.length).toBeGreaterThan(200);
    // the API's search: the words parsed by every stemmer, OR-ed (api/src/shared/search.ts)
    const found = await t.sql<{ q: string; n: number }[]>`
      select q, (select count(*)::int from feedback where search_doc @@ (websearch_to_tsquery('english', q)
        || websearch_to_tsquery('norwegian', q) || websearch_to_tsquery('swedish', q) || websearch_to_tsquery('simple', q))) as n
      from unnest(${searches}::text[]) as q`;
    expect(found.filter((r) => r.n > 0)).toEqual([]);
  });
});
