// The portal's charts: ECharts through `echarts/core` with only what they draw registered (bar, line
// and heatmap on a grid, with tooltip, legend, dataset, visual map and the aria description), drawn
// on canvas, in the portal's colours. Tree-shaken this way the chart code is a fraction of full
// ECharts, and it is only ever imported by lazily loaded pages, so it never weighs on the first load.
import { computed, type MaybeRefOrGetter, ref, shallowRef, toValue } from 'vue';
import { type ComposeOption, use } from 'echarts/core';
import {
  BarChart,
  type BarSeriesOption,
  HeatmapChart,
  type HeatmapSeriesOption,
  LineChart,
  type LineSeriesOption,
} from 'echarts/charts';
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
  VisualMapContinuousComponent,
  type VisualMapComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { Exposed } from 'vue-echarts';
import { themeOverrides } from '@/app/theme';

use([
  BarChart,
  LineChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DatasetComponent,
  VisualMapContinuousComponent,
  AriaComponent,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | DatasetComponentOption
  | VisualMapComponentOption
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

/** A chart's width on an A4 page in portrait (180 mm of text width at 96 dpi, with a margin to spare). */
export const PRINT_WIDTH = 660;

/** Where a click on the plot landed, in data terms: for category axes the indices of the column and row. */
export interface ChartPick {
  x: number;
  y: number;
}

/**
 * A chart's option with the theme's defaults and the accessible description set (ECharts writes it
 * as the chart's aria-label), whether its data is shown as a table instead, the props the chart
 * component takes (autoresize: it follows its container's size through a ResizeObserver), and what
 * is done with the drawn chart through its instance (bound with `instance`): an image of it, the
 * pixel of a data point, the data under a click, its size for print.
 */
export function useChart(option: MaybeRefOrGetter<ChartOption>, description: MaybeRefOrGetter<string>) {
  const showTable = ref(false);
  const instance = shallowRef<Exposed | null>(null);
  /** counts the chart's finished renders: what is placed over the chart is placed again after each */
  const rendered = ref(0);
  /** counts the options given: a new one moves what is placed over the chart */
  let optionVersion = 0;
  const chartOption = computed<ChartOption>(() => {
    optionVersion += 1;
    return {
      animationDuration: 300,
      ...toValue(option),
      aria: { enabled: true, label: { enabled: true, description: toValue(description) } },
    };
  });

  /** The chart as a PNG data URL, on white, at twice the screen's resolution; undefined when not drawn. */
  function png(): string | undefined {
    const chart = instance.value;
    return chart?.chart ? chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }) : undefined;
  }

  /** The pixel (relative to the chart) of a data point on the first grid, or null when not drawn. */
  function toPixel(value: [number | string, number | string]): [number, number] | null {
    const chart = instance.value;
    if (!chart || !chart.chart || rendered.value === 0) return null;
    try {
      const pixel = chart.convertToPixel({ gridIndex: 0 }, value as unknown as number[]) as unknown;
      return Array.isArray(pixel) && pixel.every((n) => Number.isFinite(n)) ? [pixel[0], pixel[1]] : null;
    } catch {
      return null; // between a new option and its first layout the grid is not there yet
    }
  }

  let drawn = '';
  /** After a render: counts it when the chart, its size or its option changed, so marks over it move with it. */
  function onRendered() {
    const chart = instance.value;
    if (!chart || !chart.chart) return;
    // a chart drawn anew (after the table was shown) is a new instance with a new id
    const key = `${chart.chart.id}|${chart.chart.getWidth()}x${chart.chart.getHeight()}|${optionVersion}`;
    if (key !== drawn) {
      drawn = key;
      rendered.value++;
    }
  }

  /** The data under a pixel of the first grid (indices for category axes), or null outside the plot. */
  function fromPixel(x: number, y: number): ChartPick | null {
    const chart = instance.value;
    if (!chart || !chart.chart) return null;
    try {
      if (!chart.containPixel({ gridIndex: 0 }, [x, y])) return null;
      const value = chart.convertFromPixel({ gridIndex: 0 }, [x, y]) as unknown;
      if (!Array.isArray(value) || !value.every((n) => Number.isFinite(n))) return null;
      return { x: Math.round(value[0]), y: Math.round(value[1]) };
    } catch {
      return null;
    }
  }

  /** Printing lays the page out at A4's width: the canvas is redrawn at it, and back after. */
  function resizeForPrint(printing: boolean, height: number) {
    const chart = instance.value;
    if (!chart || !chart.chart) return;
    if (printing) chart.resize({ width: PRINT_WIDTH, height });
    else chart.resize();
  }

  return {
    option: chartOption,
    theme: chartTheme,
    autoresize: { throttle: 100 } as const,
    showTable,
    toggleTable: () => {
      showTable.value = !showTable.value;
    },
    instance,
    rendered,
    onRendered,
    png,
    toPixel,
    fromPixel,
    resizeForPrint,
  };
}
