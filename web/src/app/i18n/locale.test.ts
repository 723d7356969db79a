import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSON5 from 'json5';
import { createI18n } from 'vue-i18n';
import { describe, expect, it } from 'vitest';
import { ENUM_VALUES } from '@/shared/enums';
import { detectLocale, initialLocale, LOCALES, STORAGE_KEY, type AppLocale } from './locale';
import { isMessage, mergeMessages, type MessageTree } from './messages';
import { createAppI18n, loadMessages } from './index';
// compiled by the same build step as the portal's messages (vite.config.ts): the syntax that must survive it
import syntax from './syntax.fixture.json5';

describe('detectLocale', () => {
  it.each([
    [['nb-NO'], 'nb'],
    [['no'], 'nb'],
    [['nn-NO', 'en'], 'nb'],
    [['sv-SE'], 'sv'],
    [['sv'], 'sv'],
    [['en-US'], 'en'],
    [['de-DE'], 'en'],
    [['de-DE', 'sv-FI'], 'sv'],
    [['en-GB', 'nb'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (languages, expected) => {
    expect(detectLocale(languages)).toBe(expected);
  });
});

describe('initialLocale', () => {
  const storage = (value: string | null) => ({ getItem: (key: string) => (key === STORAGE_KEY ? value : null) });

  it('prefers the remembered choice', () => {
    expect(initialLocale({ storage: storage('sv'), languages: ['nb-NO'] })).toBe('sv');
  });
  it('ignores a remembered value it does not speak', () => {
    expect(initialLocale({ storage: storage('fi'), languages: ['nb-NO'] })).toBe('nb');
  });
  it('falls back to the browser when nothing is remembered or storage is unavailable', () => {
    expect(initialLocale({ storage: storage(null), languages: ['sv-SE'] })).toBe('sv');
    expect(initialLocale({ storage: null, languages: ['fr'] })).toBe('en');
    const throwing = { getItem: () => { throw new Error('denied'); } };
    expect(initialLocale({ storage: throwing, languages: ['no'] })).toBe('nb');
  });
});

// a group of messages (a compiled message is an object too: its AST)
const isGroup = (v: unknown): v is object => !isMessage(v);

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (isGroup(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function leaves(obj: object): string[] {
  return Object.values(obj).flatMap((v) => (typeof v === 'object' && v !== null ? leaves(v) : [v as string]));
}

// The message files as written (the imported ones are compiled): the app's, then every feature's.
const src = path.resolve(__dirname, '../..');
const read = (file: string) => JSON5.parse(readFileSync(file, 'utf8')) as MessageTree;
// a feature's own file, then those of its parts (i18n/<part>/<locale>.json5), as the bundles glob them
const featureFiles = (locale: AppLocale) =>
  readdirSync(path.join(src, 'features')).flatMap((feature) => {
    const dir = path.join(src, 'features', feature, 'i18n');
    if (!existsSync(dir)) return [];
    const parts = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(dir, d.name)).sort();
    return [dir, ...parts].map((folder) => path.join(folder, `${locale}.json5`)).filter((file) => existsSync(file));
  });
const sources = Object.fromEntries(
  LOCALES.map((locale) => [locale, [path.join(__dirname, `${locale}.json5`), ...featureFiles(locale)]]),
) as Record<AppLocale, string[]>;
const merged = (locale: AppLocale) => mergeMessages(Object.fromEntries(sources[locale].map((f) => [f, read(f)])));
const en = merged('en');
const nb = merged('nb');
const sv = merged('sv');

describe('messages', () => {
  it('nb and sv have exactly the English keys, none empty, in every file', () => {
    expect(sources.nb.map((f) => path.basename(path.dirname(f)))).toEqual(sources.en.map((f) => path.basename(path.dirname(f))));
    expect(sources.sv.map((f) => path.basename(path.dirname(f)))).toEqual(sources.en.map((f) => path.basename(path.dirname(f))));
    sources.en.forEach((file, i) => {
      expect(keys(read(sources.nb[i])).sort(), sources.nb[i]).toEqual(keys(read(file)).sort());
      expect(keys(read(sources.sv[i])).sort(), sources.sv[i]).toEqual(keys(read(file)).sort());
    });
    for (const m of [en, nb, sv]) expect(leaves(m).filter((s) => typeof s !== 'string' || !s.trim())).toEqual([]);
  });

  it('loads each language as the merge of the app\'s and every feature\'s files', async () => {
    for (const locale of LOCALES) expect(keys(await loadMessages(locale)).sort()).toEqual(keys(merged(locale)).sort());
  });

  it('translates every enum value in every language', () => {
    for (const [name, values] of Object.entries(ENUM_VALUES)) {
      for (const m of [en, nb, sv]) {
        const table = (m.enums as Record<string, Record<string, string>>)[name];
        expect(Object.keys(table).sort(), name).toEqual([...values].sort());
      }
    }
  });

  it('renders every message in every language and sets <html lang>', () => {
    for (const locale of ['en', 'nb', 'sv'] as const) {
      const i18n = createAppI18n(locale);
      expect(document.documentElement.lang).toBe(locale);
      for (const key of keys(en)) {
        const text = i18n.global.t(key, { total: 3, count: 3, name: 'X', password: 'p', email: 'e', message: 'm', customer: 'c', date: 'd', label: 'L', value: 1, min: 0, max: 10, from: 1, to: 2, language: 'l' });
        expect(text, `${locale}: ${key}`).not.toBe(key);
      }
    }
  });

  it('words every field reason the API sends, in every language', () => {
    // the codes are read from the API's source, so a reason added there without words here fails
    const api = path.resolve(__dirname, '../../../../api/src');
    const sources = readdirSync(api, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(path.join(api, f), 'utf8'));
    const GRAPHQL_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INTERNAL_SERVER_ERROR', 'BAD_REQUEST']);
    const codes = new Set(sources.flatMap((s) => [...s.matchAll(/\{ code: '([A-Z_]+)'/g)].map((m) => m[1])).filter((c) => !GRAPHQL_CODES.has(c)));
    expect(codes.size).toBeGreaterThan(10);
    for (const m of [en, nb, sv]) expect([...codes].filter((c) => !(c in (m.fieldReasons as object)))).toEqual([]);
  });

  it('pluralises the item count', () => {
    const i18n = createAppI18n('en');
    const t = i18n.global.t;
    expect(t('feedback.list.total', { total: '0' }, 0)).toBe('No items');
    expect(t('feedback.list.total', { total: '1' }, 1)).toBe('1 item');
    expect(t('feedback.list.total', { total: '1,234' }, 1234)).toBe('1,234 items');
  });
});

describe('precompiled messages', () => {
  const i18n = createI18n({ legacy: false, locale: 'en', messages: { en: {} } });
  i18n.global.setLocaleMessage('en', syntax as never);
  const { t } = i18n.global;

  it('fills in named values', () => {
    expect(t('named', { name: 'Ada', count: 3 })).toBe('Hello Ada, you have 3 new');
  });
  it('chooses the plural form by the count', () => {
    expect(t('plural', { count: 0 }, 0)).toBe('No items');
    expect(t('plural', { count: 1 }, 1)).toBe('One item');
    expect(t('plural', { count: 7 }, 7)).toBe('7 items');
  });
  it('follows linked messages, modifiers included', () => {
    expect(t('linked', { name: 'Ada', count: 2 })).toBe('Hello Ada, you have 2 new / Signed in');
    expect(t('linkedUpper')).toBe('GREETING: SIGNED IN');
  });
  it('keeps literals', () => {
    expect(t('literal')).toBe('you@company.com {braces} | pipe');
  });
  it('is compiled at build time, not at run time (vue-i18n runs without its compiler)', () => {
    // the plugin turns each message into an AST; an uncompiled one is a string
    const named = (syntax as Record<string, unknown>).named;
    expect(typeof named).toBe('object');
    expect(isMessage(named)).toBe(true);
  });
});

describe('mergeMessages', () => {
  it('deep-merges the features\' files into the app\'s, the app first', () => {
    const tree = mergeMessages({
      '/src/features/dashboard/i18n/en.json5': { dashboard: { title: 'D' }, nav: { extra: 'E' } },
      '../en.json5': { nav: { feedback: 'F' }, app: { name: 'Chorus' } },
    });
    expect(tree).toEqual({ nav: { feedback: 'F', extra: 'E' }, app: { name: 'Chorus' }, dashboard: { title: 'D' } });
    expect(Object.keys(tree)).toEqual(['nav', 'app', 'dashboard']);
  });
  it('keeps a compiled message whole', () => {
    const ast = { t: 0, b: { t: 2, i: [{ t: 3, v: 'x' }] } };
    expect(mergeMessages({ a: { x: { y: ast } }, b: { x: { z: 'z' } } })).toEqual({ x: { y: ast, z: 'z' } });
  });
  it('refuses a message defined in two files', () => {
    expect(() => mergeMessages({ '../en.json5': { nav: { feedback: 'F' } }, '/src/features/x/i18n/en.json5': { nav: { feedback: 'G' } } })).toThrow(
      /nav\.feedback is defined twice/,
    );
    expect(() => mergeMessages({ a: { nav: 'N' }, b: { nav: { x: 'y' } } })).toThrow(/nav is defined twice/);
  });
});

