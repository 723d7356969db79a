import { mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { describe, expect, it, vi } from 'vitest';
import { createAppI18n } from '@/app/i18n';
import { themeOverrides } from '@/app/theme';
import ChartFrame from './ChartFrame.vue';
import { chartTheme, useChart } from './useChart';

// happy-dom has no canvas: the chart component is replaced by one that shows the option it was given
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    props: { option: { type: Object, required: true }, theme: Object, autoresize: [Boolean, Object] },
    setup: (props) => () => h('div', { 'data-testid': 'echart', 'data-option': JSON.stringify(props.option), 'data-autoresize': JSON.stringify(props.autoresize) }),
  }),
}));

const option = { xAxis: { type: 'category' as const }, yAxis: { type: 'value' as const }, dataset: { source: [{ q: '2026 Q1', v: 3 }] }, series: [{ type: 'bar' as const }] };

function render() {
  return mount(ChartFrame, {
    props: {
      title: 'First response',
      description: 'Median first response by quarter: fastest 2026 Q1 at 3 h.',
      option,
      columns: [
        { key: 'q', label: 'Quarter' },
        { key: 'v', label: 'Hours', numeric: true },
      ],
      rows: [
        { q: '2026 Q1', v: '3.0' },
        { q: '2026 Q2', v: null },
      ],
      testId: 'chart',
    },
    global: { plugins: [createAppI18n('en')] },
    attachTo: document.body,
  });
}

describe('useChart', () => {
  it('sets the accessible description and leaves the option as given', () => {
    const chart = useChart(option, 'Three hours.');
    expect(chart.option.value.aria).toEqual({ enabled: true, label: { enabled: true, description: 'Three hours.' } });
    expect(chart.option.value.series).toEqual(option.series);
    expect(chart.autoresize).toBeTruthy();
  });

  it('draws in the app theme’s colours', () => {
    expect(chartTheme.color[0]).toBe(themeOverrides.common?.primaryColor);
    expect(chartTheme.textStyle.fontFamily).toBe(themeOverrides.common?.fontFamily);
  });

  it('toggles between the chart and a table of the same numbers', async () => {
    const w = render();
    const canvas = w.get('[data-testid="chart-canvas"]');
    expect(canvas.attributes('role')).toBe('img');
    expect(canvas.attributes('aria-label')).toBe('Median first response by quarter: fastest 2026 Q1 at 3 h.');
    expect(JSON.parse(w.get('[data-testid="echart"]').attributes('data-option')!).aria.label.description).toContain('fastest 2026 Q1');
    expect(w.find('[data-testid="chart-table"]').exists()).toBe(false);
    const toggle = w.get('[data-testid="chart-toggle"]');
    expect(toggle.text()).toBe('Show as table');
    expect(toggle.attributes('aria-pressed')).toBe('false');

    await toggle.trigger('click');
    expect(w.find('[data-testid="echart"]').exists()).toBe(false);
    const table = w.get('[data-testid="chart-table"]');
    expect(table.findAll('thead th').map((c) => c.text())).toEqual(['Quarter', 'Hours']);
    expect(table.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()))).toEqual([
      ['2026 Q1', '3.0'],
      ['2026 Q2', '—'],
    ]);
    expect(w.get('[data-testid="chart-toggle"]').text()).toBe('Show as chart');
    expect(w.get('[data-testid="chart-toggle"]').attributes('aria-pressed')).toBe('true');

    await w.get('[data-testid="chart-toggle"]').trigger('click');
    expect(w.find('[data-testid="echart"]').exists()).toBe(true);
    w.unmount();
  });

  it('links each table row where it leads, marks rows, and gives the buttons beside the toggle the chart’s image', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:rest(.*)*', component: { render: () => null } }] });
    let png: (() => string | undefined) | undefined;
    const w = mount(ChartFrame, {
      props: {
        title: 'NPS',
        description: 'NPS per quarter.',
        option,
        columns: [
          { key: 'q', label: 'Quarter' },
          { key: 'v', label: 'NPS', numeric: true },
        ],
        rows: [
          { q: '2025 Q3', v: '-45.2' },
          { q: '2025 Q4', v: '22.5' },
        ],
        rowLink: (row: Record<string, string | number | null>) => ({ path: '/feedback', query: { quarter: String(row.q) } }),
        rowAttrs: (_row: Record<string, string | number | null>, i: number) => ({ 'data-significant': String(i === 0) }),
        testId: 'chart',
      },
      slots: {
        actions: (props: { png: (() => string | undefined) | undefined }) => {
          png = props.png;
          return h('button', { 'data-testid': 'export' }, 'CSV');
        },
      },
      global: { plugins: [createAppI18n('en'), router] },
      attachTo: document.body,
    });
    expect(w.find('[data-testid="export"]').exists()).toBe(true);
    // happy-dom draws no chart: there is no image to give yet
    expect(png?.()).toBeUndefined();
    await w.get('[data-testid="chart-toggle"]').trigger('click');
    const rows = w.findAll('[data-testid="chart-row"]');
    expect(rows.map((r) => r.attributes('data-significant'))).toEqual(['true', 'false']);
    const links = w.findAll('[data-testid="chart-link"]');
    expect(links.map((a) => a.attributes('href'))).toEqual(['/feedback?quarter=2025+Q3', '/feedback?quarter=2025+Q4']);
    expect(links[0].text()).toBe('2025 Q3');
    w.unmount();
  });
});
