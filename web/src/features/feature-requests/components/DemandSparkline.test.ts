import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/app/i18n';
import type { AppLocale } from '@/app/i18n/locale';
import DemandSparkline from './DemandSparkline.vue';

const points = [
  { start: '2025-09-30T22:00:00.000Z', feedbackCount: 3 },
  { start: '2025-12-31T23:00:00.000Z', feedbackCount: 0 },
  { start: '2026-03-31T22:00:00.000Z', feedbackCount: 1500 },
];
const render = (props: { points: typeof points }, locale: AppLocale = 'en') =>
  mount(DemandSparkline, { props: { timeZone: 'Europe/Oslo', ...props }, global: { plugins: [createAppI18n(locale)] } });

describe('DemandSparkline', () => {
  it('draws the line for the eye only and says the quarters in words', () => {
    const wrapper = render({ points });
    expect(wrapper.get('svg').attributes('aria-hidden')).toBe('true');
    expect(wrapper.get('polyline').attributes('points')).toBe('2,22 44,22 86,2');
    const text = 'Linked feedback per quarter: Q4 2025: 3, Q1 2026: 0, Q2 2026: 1,500';
    expect(wrapper.get('.visually-hidden').text()).toBe(text);
    expect(wrapper.attributes('title')).toBe(text);
  });

  it('speaks the viewer’s language and number format', () => {
    expect(render({ points }, 'nb').get('.visually-hidden').text()).toBe(
      'Tilknyttede tilbakemeldinger per kvartal: 4. kvartal 2025: 3, 1. kvartal 2026: 0, 2. kvartal 2026: 1\u00a0500',
    );
    expect(render({ points }, 'sv').get('.visually-hidden').text()).toContain('kvartal 2 2026: 1\u00a0500');
  });

  it('says so when there are no quarters', () => {
    const wrapper = render({ points: [] });
    expect(wrapper.find('svg').exists()).toBe(false);
    expect(wrapper.text()).toBe('No linked feedback per quarter yet');
  });
});
