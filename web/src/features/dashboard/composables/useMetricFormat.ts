import { useI18n } from 'vue-i18n';
import type { Interval, Metric } from '@/gql/graphql';
import { useFormat } from '@/shared/composables/useFormat';
import { METRIC_INFO } from './metrics';
import { periodParts } from './periods';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, digits: number, signed: boolean): Intl.NumberFormat {
  const key = `${locale}|${digits}|${signed}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto' });
    numberFormats.set(key, f);
  }
  return f;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();
function monthFormat(locale: string, timeZone?: string | null): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}`;
  let f = monthFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', ...(timeZone ? { timeZone } : {}) });
    monthFormats.set(key, f);
  }
  return f;
}

/** A metric's numbers and periods in words of the viewer's language; periods in the organisation's zone. */
export function useMetricFormat() {
  const { t, locale } = useI18n({ useScope: 'global' });
  const { timeZone } = useFormat({ zone: 'organisation' });

  const number = (metric: Metric, value: number, signed = false) => numberFormat(locale.value, METRIC_INFO[metric].digits, signed).format(value);

  function withUnit(metric: Metric, text: string): string {
    const unit = METRIC_INFO[metric].unit;
    return unit === 'percent' ? t('dashboard.units.percent', { value: text }) : unit === 'hours' ? t('dashboard.units.hours', { value: text }) : text;
  }

  return {
    timeZone,
    metricName: (metric: Metric) => t(`dashboard.metrics.${metric}`),
    /** "18.0", "84.2 %", "14.5 h", "1,204"; a dash for no value */
    value: (metric: Metric, value: number | null | undefined) => (value == null ? '—' : withUnit(metric, number(metric, value))),
    /** the bare number, for charts' axes and labels */
    plain: (metric: Metric, value: number | null | undefined, signed = false) => (value == null ? '—' : number(metric, value, signed)),
    /** "+3.2", "−12.3 h", "+1.2 pts" (a change of a share is in percentage points, not per cent) */
    change: (metric: Metric, change: number) => {
      const text = number(metric, change, true);
      return METRIC_INFO[metric].unit === 'percent' ? t('dashboard.units.points', { value: text }) : withUnit(metric, text);
    },
    /** the size of a change in words: "12.3 points", "3.1 hours" */
    changeWords: (metric: Metric, change: number) =>
      t(`dashboard.changeUnits.${METRIC_INFO[metric].unit}`, { value: number(metric, Math.abs(change)) }),
    interval: (metric: Metric, low: number | null | undefined, high: number | null | undefined) =>
      low == null || high == null ? '' : t('dashboard.tiles.interval', { low: number(metric, low), high: withUnit(metric, number(metric, high)) }),
    period: (periodStart: string, interval: Interval) => {
      const p = periodParts(periodStart, interval, timeZone.value);
      if (interval === 'MONTH') return monthFormat(locale.value, timeZone.value).format(new Date(periodStart));
      if (interval === 'WEEK') return t('dashboard.period.week', { year: p.year, week: p.week });
      if (interval === 'QUARTER') return t('dashboard.period.quarter', { year: p.year, quarter: p.quarter });
      return String(p.year);
    },
  };
}

export type MetricFormat = ReturnType<typeof useMetricFormat>;
