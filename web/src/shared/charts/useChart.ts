// The portal's charts: ECharts through `echarts/core` with only what they draw registered (bar and
// line on a grid, with tooltip, legend, dataset and the aria description), drawn on canvas, in the
// portal's colours. Tree-shaken this way the chart code is a fraction of full ECharts, and it is only
// ever imported by lazily loaded pages, so it never weighs on the first load.
import { computed, type MaybeRefOrGetter, ref, toValue } from 'vue';
import { type ComposeOption, use } from 'echarts/core';
import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  type AriaComponentOption,
  DatasetComponent,
  type DatasetComponentOption,
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { themeOverrides } from '@/app/theme';

use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, DatasetComponent, AriaComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | DatasetComponentOption
  | AriaComponentOption
>;

const common = themeOverrides.common ?? {};
const text = common.textColor2 ?? '#334155';
const border = common.borderColor ?? '#e2e8f0';

/** The app's theme (app/theme.ts) as an ECharts theme: brand colours first, its font, its greys. */
export const chartTheme = {
  color: [common.primaryColor, common.warningColor, common.successColor, common.infoColor, common.errorColor, '#0891b2', '#7c3aed'],
  backgroundColor: 'transparent',
  textStyle: { fontFamily: common.fontFamily, color: text },
  legend: { textStyle: { color: text } },
  tooltip: { backgroundColor: '#fff', borderColor: border, textStyle: { color: common.textColor1 ?? '#0f172a' } },
  categoryAxis: {
    axisLine: { lineStyle: { color: '#94a3b8' } },
    axisLabel: { color: text },
    splitLine: { show: false },
  },
  valueAxis: {
    axisLine: { show: false },
    axisLabel: { color: text },
    nameTextStyle: { color: text },
    splitLine: { lineStyle: { color: border } },
  },
};

/**
 * A chart's option with the theme's defaults and the accessible description set (ECharts writes it
 * as the chart's aria-label), whether its data is shown as a table instead, and the props the chart
 * component takes (autoresize: it follows its container's size through a ResizeObserver).
 */
export function useChart(option: MaybeRefOrGetter<ChartOption>, description: MaybeRefOrGetter<string>) {
  const showTable = ref(false);
  const chartOption = computed<ChartOption>(() => ({
    animationDuration: 300,
    ...toValue(option),
    aria: { enabled: true, label: { enabled: true, description: toValue(description) } },
  }));
  return {
    option: chartOption,
    theme: chartTheme,
    autoresize: { throttle: 100 } as const,
    showTable,
    toggleTable: () => {
      showTable.value = !showTable.value;
    },
  };
}
