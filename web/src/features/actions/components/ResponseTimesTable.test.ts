import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/app/i18n';
import type { AppLocale } from '@/app/i18n/locale';
import ResponseTimesTable from './ResponseTimesTable.vue';

const row = (key: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'ResponseTimeRow' as const,
  key,
  label: `Dept ${key}`,
  needingFollowUp: 1234,
  responded: 1200,
  resolved: 1100,
  firstResponseMedianHours: 3.25,
  firstResponseP90Hours: 26,
  firstResponseMedianLowHours: 2.9,
  firstResponseMedianHighHours: 3.61,
  resolutionMedianHours: 40.04,
  resolutionP90Hours: 120,
  resolutionMedianLowHours: 38,
  resolutionMedianHighHours: 42,
  slaDecided: 1150,
  withinSla: 1000,
  slaAttainment: 86.9565,
  recoveryN: 40,
  recoveryRate: 62.5,
  notFollowedUpRecoveryN: 12,
  notFollowedUpRecoveryRate: 25,
  ...extra,
});

// a small minimum, so the figures of these rows are shown; the test of the rule sets its own
function render(rows: ReturnType<typeof row>[], locale: AppLocale = 'en', minResponses = 10) {
  return mount(ResponseTimesTable, { props: { rows, groupLabel: 'Department', minResponses }, global: { plugins: [createAppI18n(locale)] } });
}
const cell = (w: ReturnType<typeof render>, id: string, index = 0) => w.findAll(`[data-testid="${id}"]`)[index].text();

describe('ResponseTimesTable', () => {
  it('shows hours and rates with one decimal, each beside the counts behind it', () => {
    const w = render([row('1')]);
    expect(cell(w, 'rt-label')).toBe('Dept 1');
    expect(cell(w, 'rt-needing')).toBe('1,234');
    expect(cell(w, 'rt-responded')).toBe('1,200');
    expect(cell(w, 'rt-first-median')).toBe('3.3 h');
    expect(cell(w, 'rt-first-p90')).toBe('26.0 h');
    expect(cell(w, 'rt-first-interval')).toBe('95 %: 2.9–3.6 h');
    expect(cell(w, 'rt-resolution-interval')).toBe('95 %: 38.0–42.0 h');
    expect(cell(w, 'rt-resolution-median')).toBe('40.0 h');
    expect(cell(w, 'rt-resolution-p90')).toBe('120.0 h');
    expect(cell(w, 'rt-resolved')).toBe('n = 1,100');
    expect(cell(w, 'rt-sla')).toBe('87.0 % 1,000 of 1,150');
    expect(cell(w, 'rt-recovery')).toBe('62.5 % n = 40');
    expect(cell(w, 'rt-recovery-not')).toBe('25.0 % n = 12');
  });

  it('never shows 0 for a figure with nothing behind it, and shows a real 0 as 0', () => {
    const w = render([
      row('2', {
        responded: 0,
        resolved: 0,
        firstResponseMedianHours: null,
        firstResponseP90Hours: null,
        resolutionMedianHours: null,
        resolutionP90Hours: null,
        slaDecided: 0,
        withinSla: 0,
        slaAttainment: null,
        recoveryN: 0,
        recoveryRate: null,
        notFollowedUpRecoveryN: 3,
        notFollowedUpRecoveryRate: 0,
      }),
    ], 'en', 1);
    expect(cell(w, 'rt-responded')).toBe('0');
    expect(cell(w, 'rt-first-median')).toBe('too few responses');
    expect(w.find('[data-testid="rt-first-p90"]').exists()).toBe(false);
    expect(cell(w, 'rt-resolution-median')).toBe('too few responses');
    expect(cell(w, 'rt-resolved')).toBe('n = 0');
    expect(cell(w, 'rt-sla')).toBe('too few responses 0 of 0');
    expect(cell(w, 'rt-recovery')).toBe('too few responses n = 0');
    expect(cell(w, 'rt-recovery-not')).toBe('0.0 % n = 3');
  });

  it('writes numbers as Norwegians and Swedes do', () => {
    expect(cell(render([row('1')], 'nb'), 'rt-first-median')).toBe('3,3 t');
    const sv = render([row('1')], 'sv');
    // Swedish groups thousands with a (non-breaking) space
    expect(cell(sv, 'rt-sla')).toMatch(/^87,0 % 1\s000 av 1\s150$/);
  });

  it('says "too few responses" instead of a figure built on fewer than the minimum, each by its own n', () => {
    // 30 by default: the first response (n = 1,200) stands, the not-followed-up recovery (n = 12) does not
    const w = render([row('1', { resolved: 29 })], 'en', 30);
    expect(cell(w, 'rt-first-median')).toBe('3.3 h');
    expect(cell(w, 'rt-resolution-median')).toBe('too few responses');
    expect(w.find('[data-testid="rt-resolution-interval"]').exists()).toBe(false);
    expect(cell(w, 'rt-resolved')).toBe('n = 29');
    expect(cell(w, 'rt-recovery')).toBe('62.5 % n = 40');
    expect(cell(w, 'rt-recovery-not')).toBe('too few responses n = 12');
    expect(cell(render([row('1')], 'nb', 30), 'rt-recovery-not')).toBe('for få svar n = 12');
  });
});
