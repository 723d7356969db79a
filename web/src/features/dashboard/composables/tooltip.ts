import type { Metric } from '@/gql/graphql';
import type { TrendPoint } from './headline';
import type { MetricFormat } from './useMetricFormat';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Names come from the data (a region, a product): written into the tooltip's HTML as text only. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A point's tooltip: the period (and segment), the value, its interval and n, the change. */
export function tooltipHtml(fmt: MetricFormat, t: Translate, metric: Metric, period: string, p: TrendPoint, segment?: string | null): string {
  const lines = [`<strong>${escapeHtml(segment ? `${segment}, ${period}` : period)}</strong>`];
  if (p.sufficient && p.value != null) {
    lines.push(`${escapeHtml(fmt.metricName(metric))}: <strong>${escapeHtml(fmt.value(metric, p.value))}</strong>`);
    const interval = fmt.interval(metric, p.low, p.high);
    if (interval) lines.push(escapeHtml(interval));
  } else {
    lines.push(escapeHtml(t('dashboard.tiles.tooFew')));
  }
  lines.push(escapeHtml(t('dashboard.tiles.n', { n: p.n })));
  if (p.change != null) {
    const mark = p.significant ? ` · ${t(p.change < 0 ? 'dashboard.breakdown.drop' : 'dashboard.breakdown.rise')}` : '';
    lines.push(escapeHtml(`${t('dashboard.table.change')}: ${fmt.change(metric, p.change)}${mark}`));
  }
  return lines.join('<br>');
}
