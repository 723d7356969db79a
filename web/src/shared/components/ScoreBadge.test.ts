import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/app/i18n';
import { primaryScore, scoreBand } from '@/shared/scores';
import ScoreBadge from './ScoreBadge.vue';

describe('scoreBand', () => {
  it.each([
    ['NPS', 0, 'bad'],
    ['NPS', 6, 'bad'],
    ['NPS', 7, 'neutral'],
    ['NPS', 8, 'neutral'],
    ['NPS', 9, 'good'],
    ['NPS', 10, 'good'],
    ['CSAT', 1, 'bad'],
    ['CSAT', 2, 'bad'],
    ['CSAT', 3, 'neutral'],
    ['CSAT', 4, 'good'],
    ['CES', 3, 'bad'],
    ['CES', 4, 'neutral'],
    ['CES', 5, 'good'],
    ['CES', 7, 'good'],
  ] as const)('%s %i is %s', (kind, value, band) => {
    expect(scoreBand(kind, value)).toBe(band);
  });

  it('shows NPS before CSAT before CES', () => {
    expect(primaryScore({ npsScore: 3, csatScore: 5, cesScore: 7 })).toEqual({ kind: 'NPS', value: 3 });
    expect(primaryScore({ npsScore: null, csatScore: 5, cesScore: 7 })).toEqual({ kind: 'CSAT', value: 5 });
    expect(primaryScore({ npsScore: null, csatScore: null, cesScore: 2 })).toEqual({ kind: 'CES', value: 2 });
    expect(primaryScore({ npsScore: 0 })).toEqual({ kind: 'NPS', value: 0 });
    expect(primaryScore({})).toBeNull();
  });
});

describe('ScoreBadge', () => {
  const render = (props: InstanceType<typeof ScoreBadge>['$props'], locale: 'en' | 'nb' | 'sv' = 'en') =>
    mount(ScoreBadge, { props, global: { plugins: [createAppI18n(locale)] } });

  it('shows the kind and value, coloured by band', () => {
    const w = render({ kind: 'NPS', value: 9 });
    expect(w.text()).toBe('NPS9');
    expect(w.classes()).toContain('score-badge--good');
    expect(w.attributes('data-band')).toBe('good');
  });

  it('marks a detractor, a low CSAT and a hard CES as needing follow-up', () => {
    expect(render({ kind: 'NPS', value: 4 }).classes()).toContain('score-badge--bad');
    expect(render({ kind: 'CSAT', value: 2 }).classes()).toContain('score-badge--bad');
    expect(render({ kind: 'CES', value: 3 }).classes()).toContain('score-badge--bad');
    expect(render({ kind: 'CSAT', value: 3 }).classes()).toContain('score-badge--neutral');
  });

  it('describes the score and its scale for screen readers, in the portal language', () => {
    expect(render({ kind: 'CSAT', value: 2 }).attributes('aria-label')).toBe('CSAT 2 on a scale of 1 to 5 (needs follow-up)');
    expect(render({ kind: 'NPS', value: 10 }, 'nb').attributes('aria-label')).toBe('NPS 10 på en skala fra 0 til 10 (bra)');
    expect(render({ kind: 'CES', value: 4 }, 'sv').attributes('aria-label')).toBe('CES 4 på en skala från 1 till 7 (neutral)');
  });

  it('can hide the kind label', () => {
    expect(render({ kind: 'CES', value: 6, showKind: false }).text()).toBe('6');
  });
});
