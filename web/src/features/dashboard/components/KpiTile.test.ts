import { mount } from '@vue/test-utils';
import { ref } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppI18n } from '@/app/i18n';
import type { AppLocale } from '@/app/i18n/locale';
import { ORGANISATION_TIME_ZONE } from '@/shared/composables/useFormat';
import type { TrendPoint } from '../composables/headline';
import KpiTile from './KpiTile.vue';

const Q2 = '2026-03-31T22:00:00.000Z';
const Q3 = '2026-06-30T22:00:00.000Z';
const point = (extra: Partial<TrendPoint> = {}): TrendPoint => ({
  periodStart: Q3,
  value: 18,
  n: 412,
  low: 10.4,
  high: 25.6,
  change: -12.3,
  significant: false,
  sufficient: true,
  ...extra,
});
const previous = point({ periodStart: Q2, value: 30.3, change: null });

function render(props: Record<string, unknown>, locale: AppLocale = 'en') {
  return mount(KpiTile, {
    props: { metric: 'NPS', interval: 'QUARTER', state: 'ready', minResponses: 30, previous, ...props },
    global: { plugins: [createAppI18n(locale)], provide: { [ORGANISATION_TIME_ZONE as symbol]: ref('Europe/Oslo') } },
    attachTo: document.body,
  });
}
const text = (w: ReturnType<typeof render>, id: string) => w.get(`[data-testid="${id}"]`).text();

afterEach(() => {
  document.body.innerHTML = '';
});

describe('KpiTile', () => {
  it('shows a sufficient value with its n, interval and change, unmarked when not significant', () => {
    const w = render({ point: point() });
    expect(text(w, 'kpi-period')).toBe('2026 Q3');
    expect(text(w, 'kpi-value')).toBe('18.0');
    expect(text(w, 'kpi-n')).toBe('n = 412');
    expect(text(w, 'kpi-interval')).toBe('95 %: 10.4 to 25.6');
    expect(text(w, 'kpi-change')).toContain('-12.3 vs 2026 Q2');
    expect(w.get('[data-testid="kpi-change"]').classes()).toContain('tile__change--worse');
    expect(w.find('[data-testid="kpi-significant"]').exists()).toBe(false);
    expect(w.get('[data-testid="kpi-change"] .visually-hidden').text()).toBe('within the usual variation');
    expect(w.find('[data-testid="kpi-too-few"]').exists()).toBe(false);
  });

  it('marks a significant change, and says which way for screen readers', () => {
    const w = render({ point: point({ significant: true }) });
    const mark = w.get('[data-testid="kpi-significant"]');
    expect(mark.text()).toContain('Significant change');
    expect(mark.attributes('aria-hidden')).toBe('true');
    expect(w.get('[data-testid="kpi-change"] .visually-hidden').text()).toBe('significant fall');

    const up = render({ metric: 'CSAT', point: point({ value: 84.25, low: 80, high: 88.5, change: 4.1, significant: true }) });
    expect(up.get('[data-testid="kpi-value"]').text()).toBe('84.3 %');
    expect(up.get('[data-testid="kpi-change"]').classes()).toContain('tile__change--better');
    expect(up.get('[data-testid="kpi-change"] .visually-hidden').text()).toBe('significant rise');
  });

  it('reads a rise in response time as worse', () => {
    const w = render({ metric: 'FIRST_RESPONSE_HOURS', point: point({ value: 14.25, low: 12, high: 16, change: 3.5, significant: true }) });
    expect(text(w, 'kpi-value')).toBe('14.3 h');
    expect(w.get('[data-testid="kpi-change"]').classes()).toContain('tile__change--worse');
  });

  it('says "too few responses" under the minimum and shows no number', () => {
    const w = render({ point: point({ value: null, low: null, high: null, n: 12, change: null, sufficient: false }) });
    expect(text(w, 'kpi-too-few')).toBe('Too few responses');
    expect(w.text()).toContain('n = 12, at least 30 needed');
    expect(w.find('[data-testid="kpi-value"]').exists()).toBe(false);
    expect(w.find('[data-testid="kpi-change"]').exists()).toBe(false);
  });

  it('says when there is no earlier period, when the metric is not available and when loading failed', () => {
    expect(render({ point: point({ change: null }), previous: undefined }).find('[data-testid="kpi-no-previous"]').exists()).toBe(true);
    expect(text(render({ metric: 'RESPONSE_RATE', state: 'unavailable' }), 'kpi-unavailable')).toContain('Not available');
    const failed = render({ state: 'error' });
    expect(failed.get('[role="alert"]').text()).toContain('Could not be loaded.');
  });

  it('gives the definition in a tooltip the button is described by', () => {
    const w = render({ point: point() });
    const button = w.get('[data-testid="kpi-definition-NPS"]');
    expect(button.element.tagName).toBe('BUTTON');
    expect(button.attributes('aria-label')).toBe('What NPS means');
    const tip = w.get('[data-testid="kpi-definition-NPS-text"]');
    expect(tip.attributes('role')).toBe('tooltip');
    expect(button.attributes('aria-describedby')).toBe(tip.attributes('id'));
    expect(tip.text()).toContain('Promoters answer 9–10');
    expect(tip.text()).toContain('fewer than 30 responses');
  });

  it('speaks Swedish', () => {
    const w = render({ point: point({ significant: true }) }, 'sv');
    expect(text(w, 'kpi-period')).toBe('2026 K3');
    expect(text(w, 'kpi-value')).toBe('18,0');
    expect(text(w, 'kpi-significant')).toContain('Signifikant förändring');
  });
});
