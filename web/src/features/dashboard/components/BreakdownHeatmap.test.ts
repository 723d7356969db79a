import { mount } from '@vue/test-utils';
import { defineComponent, h, ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppI18n } from '@/app/i18n';
import { ORGANISATION_TIME_ZONE } from '@/shared/composables/useFormat';
import { emptyFilters } from '../composables/dashboardQuery';
import type { TrendSeries } from '../composables/trendData';
import BreakdownHeatmap from './BreakdownHeatmap.vue';

// happy-dom has no canvas: the chart component is replaced by one that shows the option it was given
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    props: { option: { type: Object, required: true }, theme: Object, autoresize: [Boolean, Object] },
    setup: (props) => () => h('div', { 'data-testid': 'echart', 'data-option': JSON.stringify(props.option) }),
  }),
}));

const Q2 = '2025-03-31T22:00:00.000Z';
const Q3 = '2025-06-30T22:00:00.000Z';
const point = (periodStart: string, extra: Partial<TrendSeries['points'][number]> = {}) => ({
  periodStart, value: 20, n: 80, low: 10, high: 30, change: null, significant: false, sufficient: true, ...extra,
});
const series: TrendSeries[] = [
  { segment: 'Västra Götaland', segmentKey: 'Västra Götaland', points: [point(Q2, { value: 23.2 }), point(Q3, { value: -45.2, change: -68.4, significant: true })] },
  { segment: 'Oslo', segmentKey: 'Oslo', points: [point(Q2), point(Q3, { value: null, low: null, high: null, n: 12, sufficient: false })] },
];

function render() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:rest(.*)*', name: 'feedback', component: { render: () => null } }] });
  return mount(BreakdownHeatmap, {
    props: { metric: 'NPS', interval: 'QUARTER', by: 'REGION', series, filters: { ...emptyFilters(), productIds: ['4'] } },
    global: { plugins: [createAppI18n('en'), router], provide: { [ORGANISATION_TIME_ZONE as symbol]: ref('Europe/Oslo') } },
    attachTo: document.body,
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('BreakdownHeatmap', () => {
  it('draws a cell per segment and period, a significant drop marked ▼ in a dark frame, too few responses as a pale cell', () => {
    const w = render();
    const option = JSON.parse(w.get('[data-testid="echart"]').attributes('data-option')!);
    expect(option.yAxis.data).toEqual(['Västra Götaland', 'Oslo']);
    expect(option.xAxis.data).toEqual(['2025 Q2', '2025 Q3']);
    const [values, tooFew] = option.series;
    const drop = values.data.find((d: { value: number[] }) => d.value[0] === 1 && d.value[1] === 0);
    expect(drop.value[2]).toBe(-45.2);
    expect(drop.label.formatter).toBe('▼ -45.2');
    expect(drop.itemStyle.borderWidth).toBe(3);
    expect(tooFew.data.map((d: { value: number[] }) => d.value.slice(0, 2))).toEqual([[1, 1]]);
    expect(w.text()).toContain('Significant drops: Västra Götaland 2025 Q3 (-68.4).');
  });

  it('links every row of its table to the feedback behind the cell', async () => {
    const w = render();
    await w.get('[data-testid="breakdown-chart-toggle"]').trigger('click');
    const rows = w.findAll('[data-testid="breakdown-chart-row"]');
    expect(rows).toHaveLength(4);
    const crisis = rows.find((r) => r.attributes('data-segment') === 'Västra Götaland' && r.attributes('data-period-start') === Q3)!;
    expect(crisis.attributes('data-significant')).toBe('true');
    expect(crisis.text()).toContain('significant drop');
    const href = new URL(crisis.get('a').attributes('href')!, 'http://x');
    expect(Object.fromEntries([...new Set(href.searchParams.keys())].map((k) => [k, href.searchParams.getAll(k)]))).toEqual({
      from: ['2025-07-01'],
      to: ['2025-09-30'],
      products: ['4'],
      regions: ['Västra Götaland'],
    });
    expect(rows.find((r) => r.attributes('data-segment') === 'Oslo' && r.attributes('data-period-start') === Q3)!.text()).toContain('Too few responses');
  });
});
