import { ref } from 'vue';
import { mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { describe, expect, it } from 'vitest';
import { useI18n } from 'vue-i18n';
import { createAppI18n } from '@/app/i18n';
import type { AppLocale } from '@/app/i18n/locale';
import type { Metric } from '@/gql/graphql';
import { ORGANISATION_TIME_ZONE } from '@/shared/composables/useFormat';
import { headline, type TrendPoint } from './headline';
import { useMetricFormat } from './useMetricFormat';

const Q3 = '2026-06-30T22:00:00.000Z';
const point = (extra: Partial<TrendPoint> = {}): TrendPoint => ({
  periodStart: Q3,
  value: 18,
  n: 400,
  low: 10,
  high: 26,
  change: -12.3,
  significant: true,
  sufficient: true,
  ...extra,
});

/** The sentence for a point, in `locale`, as the report writes it. */
function sentence(metric: Metric, p: TrendPoint | undefined, locale: AppLocale = 'en'): string {
  let out = '';
  const Probe = defineComponent({
    setup() {
      const { t } = useI18n();
      const fmt = useMetricFormat();
      out = headline(t, fmt, metric, p, fmt.period(Q3, 'QUARTER'));
      return () => h('div');
    },
  });
  mount(Probe, { global: { plugins: [createAppI18n(locale)], provide: { [ORGANISATION_TIME_ZONE as symbol]: ref('Europe/Oslo') } } });
  return out;
}

describe('headline', () => {
  it('states a change in words', () => {
    expect(sentence('NPS', point())).toBe('NPS fell 12.3 points to 18.0 in 2026 Q3, a significant change.');
    expect(sentence('CSAT', point({ value: 84, change: 2.05, significant: false }))).toBe('CSAT rose 2.1 points to 84.0 % in 2026 Q3, within the usual variation.');
    expect(sentence('FIRST_RESPONSE_HOURS', point({ value: 14, change: -3.2 }))).toBe('First response time fell 3.2 hours to 14.0 h in 2026 Q3, a significant change.');
    expect(sentence('VOLUME', point({ value: 1450, change: 120, significant: false }))).toBe('Feedback volume rose 120 to 1,450 in 2026 Q3, within the usual variation.');
    expect(sentence('CES', point({ value: 5.4321, change: 0.001, significant: false }))).toBe('CES was unchanged at 5.43 in 2026 Q3, within the usual variation.');
  });

  it('says too few responses, no comparison, or no data', () => {
    expect(sentence('NPS', point({ value: null, sufficient: false, n: 12, change: null }))).toBe('NPS: too few responses in 2026 Q3 (n = 12).');
    expect(sentence('NPS', point({ change: null }))).toBe('NPS was 18.0 in 2026 Q3.');
    expect(sentence('NPS', undefined)).toBe('NPS: no data for 2026 Q3.');
  });

  it('speaks Norwegian and Swedish', () => {
    expect(sentence('NPS', point(), 'nb')).toBe('NPS falt 12,3 poeng til 18,0 i 2026 K3, en signifikant endring.');
    expect(sentence('NPS', point(), 'sv')).toBe('NPS föll 12,3 poäng till 18,0 under 2026 K3, en signifikant förändring.');
  });
});
