import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENUM_VALUES } from '@/shared/enums';
import en from './en';
import nb from './nb';
import sv from './sv';
import { detectLocale, initialLocale, STORAGE_KEY } from './locale';
import { createAppI18n } from './index';

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

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function leaves(obj: object): string[] {
  return Object.values(obj).flatMap((v) => (typeof v === 'object' && v !== null ? leaves(v) : [v as string]));
}

describe('messages', () => {
  it('nb and sv have exactly the English keys, none empty', () => {
    expect(keys(nb).sort()).toEqual(keys(en).sort());
    expect(keys(sv).sort()).toEqual(keys(en).sort());
    for (const m of [en, nb, sv]) expect(leaves(m).filter((s) => !s.trim())).toEqual([]);
  });

  it('translates every enum value in every language', () => {
    for (const [name, values] of Object.entries(ENUM_VALUES)) {
      for (const m of [en, nb, sv]) {
        const table = (m.enums as Record<string, Record<string, string>>)[name];
        expect(Object.keys(table).sort(), name).toEqual([...values].sort());
      }
    }
  });

  it('compiles every message in every language and sets <html lang>', () => {
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
    for (const m of [en, nb, sv]) expect([...codes].filter((c) => !(c in m.fieldReasons))).toEqual([]);
  });

  it('pluralises the item count', () => {
    const i18n = createAppI18n('en');
    const t = i18n.global.t;
    expect(t('feedback.list.total', { total: '0' }, 0)).toBe('No items');
    expect(t('feedback.list.total', { total: '1' }, 1)).toBe('1 item');
    expect(t('feedback.list.total', { total: '1,234' }, 1234)).toBe('1,234 items');
  });
});
