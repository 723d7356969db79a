import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/app/i18n';
import type { AppLocale } from '@/app/i18n/locale';
import { dueState, dueText, span } from './dueText';

const NOW = Date.parse('2026-03-10T12:00:00.000Z');
const at = (hoursFromNow: number) => new Date(NOW + hoursFromNow * 3_600_000).toISOString();
const say = (locale: AppLocale, item: Parameters<typeof dueText>[0]) => {
  const { t } = createAppI18n(locale).global;
  return dueText(item, NOW, (key, params) => t(key, params ?? {}));
};

describe('due wording', () => {
  it('counts down to the due time, in the unit a person would say', () => {
    expect(say('en', { dueAt: at(3.5) })).toBe('due in 3 h');
    expect(say('en', { dueAt: at(0.25) })).toBe('due in 15 min');
    expect(say('en', { dueAt: at(47) })).toBe('due in 47 h');
    expect(say('en', { dueAt: at(80) })).toBe('due in 3 d');
  });

  it('says how late an item is once the due time has passed', () => {
    expect(say('en', { dueAt: at(-5) })).toBe('overdue by 5 h');
    expect(say('en', { dueAt: at(-0.01) })).toBe('overdue by 1 min');
    expect(say('en', { dueAt: at(-72) })).toBe('overdue by 3 d');
  });

  it('stops counting once the customer is contacted or the item is closed', () => {
    expect(say('en', { dueAt: at(-5), firstResponseAt: at(-6) })).toBe('customer contacted');
    expect(say('en', { dueAt: at(-5), status: 'DONE' })).toBe('closed');
    expect(say('en', { dueAt: null })).toBe('no due time');
    expect(dueState({ dueAt: at(-5), status: 'IN_PROGRESS' }, NOW)).toBe('overdue');
  });

  it('speaks Norwegian and Swedish', () => {
    expect(say('nb', { dueAt: at(3.5) })).toBe('forfaller om 3 t');
    expect(say('nb', { dueAt: at(-5) })).toBe('forfalt for 5 t siden');
    expect(say('sv', { dueAt: at(3.5) })).toBe('förfaller om 3 tim');
    expect(say('sv', { dueAt: at(-50) })).toBe('försenad med 2 d');
  });

  it('rounds down, and never says 0', () => {
    expect(span(59 * 60_000)).toEqual({ n: 59, unit: 'minutes' });
    expect(span(10_000)).toEqual({ n: 1, unit: 'minutes' });
    expect(span(-2 * 24 * 3_600_000)).toEqual({ n: 2, unit: 'days' });
  });
});
