// The text banks without a database: same shape in every language, every theme sentence carries one
// of its theme's keywords, and composed texts fill every slot.
import { describe, expect, it } from 'vitest';
import { matchesTheme, THEME_BY_KEY, THEMES } from '../catalog';
import { FEATURE_REQUESTS } from '../feature-requests';
import { Random } from '../random';
import { composeText, fill, type SlotValues } from './compose';
import { BANKS, LANGS, THEME_KEYS, type Bucket } from './index';

function values(lang: (typeof LANGS)[number], rng = new Random(1)): SlotValues {
  return {
    rng, lang, product: 'Route Planner', customer: 'Nordvik Logistikk AS', city: 'Bergen', erp: 'Visma', version: '5.0.1', month: 3,
    staff: ['Anna', 'Jonas'], first: 'Kari', email: 'kari.nilsen@nordvik.no', phone: '+47 912 34 567',
  };
}

describe('language banks', () => {
  it('have the same keys and list lengths that are never empty', () => {
    const shape = (x: unknown): unknown => (Array.isArray(x) ? 'list' : typeof x === 'object' && x ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, shape(v)])) : typeof x);
    for (const lang of LANGS) expect(shape(BANKS[lang]), lang).toEqual(shape(BANKS.en));
    const lists = (x: unknown): unknown[][] => (Array.isArray(x) ? [x] : typeof x === 'object' && x ? Object.values(x).flatMap(lists) : []);
    for (const lang of LANGS) for (const list of lists(BANKS[lang])) expect(list.length).toBeGreaterThan(0);
  });

  it('put one of the theme’s keywords in every theme sentence, in every language', () => {
    const misses: string[] = [];
    for (const lang of LANGS) {
      for (const key of THEME_KEYS) {
        for (const [bucket, list] of Object.entries(BANKS[lang].themes[key]) as [Bucket, string[]][]) {
          for (const template of list) {
            if (!matchesTheme(fill(template, values(lang)), THEME_BY_KEY.get(key)!)) misses.push(`${lang}/${key}/${bucket}: ${template}`);
          }
        }
      }
      for (const s of BANKS[lang].story.crisis) if (!matchesTheme(s, THEME_BY_KEY.get('delivery_delays')!)) misses.push(`${lang}/crisis: ${s}`);
      for (const s of BANKS[lang].story.appRelease) if (!matchesTheme(s, THEME_BY_KEY.get('mobile_app')!)) misses.push(`${lang}/app: ${s}`);
    }
    expect(misses).toEqual([]);
  });

  it('give every feature request a phrase with its theme’s keyword in each language', () => {
    for (const fr of FEATURE_REQUESTS) {
      for (const lang of LANGS) {
        expect(fr.phrase[lang].length).toBeGreaterThan(10);
        if (fr.theme) expect(matchesTheme(fr.phrase[lang], THEME_BY_KEY.get(fr.theme)!), `${fr.title} (${lang})`).toBe(true);
      }
    }
  });

  it('keep the keywords lower-case and unique within a theme', () => {
    for (const theme of THEMES) {
      expect(new Set(theme.keywords).size).toBe(theme.keywords.length);
      for (const k of theme.keywords) expect(k).toMatch(/^[\p{Ll}\d]+$/u);
    }
  });

  it('compose texts with every slot filled, framed for the channel', () => {
    const rng = new Random(42);
    for (const lang of LANGS) {
      for (let i = 0; i < 200; i++) {
        const text = composeText({
          values: values(lang, rng), channel: rng.pick(['SUPPORT_TICKET', 'SOCIAL', 'COMMUNITY', 'REVIEW', 'PHONE_INTERVIEW', 'SURVEY_EMAIL'] as const),
          tone: 'negative', bucket: 'complaint', primary: rng.pick(THEME_KEYS), secondary: null, secondaryBucket: 'complaint',
          story: rng.pick([null, 'crisis', 'app'] as const), feature: null, contactLine: rng.pick([null, 'email', 'phone'] as const), hasSignature: true,
        });
        expect(text).not.toMatch(/[{}]/);
        expect(text.trim()).toBe(text);
        expect(text.length).toBeGreaterThan(15);
      }
    }
  });
});
