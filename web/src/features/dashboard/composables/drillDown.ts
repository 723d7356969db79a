// Every point, cell and row of the dashboard opens the feedback behind it: the feedback list with
// exactly the filter that produced the figure. The list reads its filter from the URL as days
// (`from`, `to`, both included) and repeated lists (`regions=…&regions=…`): see
// features/feedback/composables/filterQuery.ts, whose parameter names these are.
import type { RouteLocationRaw } from 'vue-router';
import type { Dimension, Interval } from '@/gql/graphql';
import { DIMENSION_FILTER, type DashboardFilters, LIST_PARAMS, type ListFilter } from './dashboardQuery';
import { periodOf } from './periods';

export interface DrillDown {
  /** the point's periodStart */
  periodStart: string;
  interval: Interval;
  /** the segment of a segmented series: its dimension and segmentKey */
  segment?: { by: Dimension; key: string } | null;
  /** a theme of the rising and falling list */
  themeId?: string | null;
}

/**
 * The feedback list's URL query for a figure: the period's days (within the dashboard's own range when
 * one is set), the dashboard's filters, and the segment, which narrows its dimension to itself.
 */
export function drillDownQuery(filters: DashboardFilters, target: DrillDown, timeZone?: string | null): Record<string, string | string[]> {
  const period = periodOf(target.periodStart, target.interval, timeZone);
  const from = filters.from && filters.from > period.first ? filters.from : period.first;
  const to = filters.to && filters.to < period.last ? filters.to : period.last;
  const query: Record<string, string | string[]> = { from, to };
  const lists: Record<ListFilter, string[]> = {
    departmentIds: filters.departmentIds,
    productIds: filters.productIds,
    regions: filters.regions,
    segments: filters.segments,
    channels: filters.channels,
  };
  if (target.segment) lists[DIMENSION_FILTER[target.segment.by]] = [target.segment.key];
  for (const field of Object.keys(LIST_PARAMS) as ListFilter[]) {
    if (lists[field].length) query[LIST_PARAMS[field]] = [...lists[field]];
  }
  if (target.themeId) query.themes = [target.themeId];
  return query;
}

export function drillDownRoute(filters: DashboardFilters, target: DrillDown, timeZone?: string | null): RouteLocationRaw {
  return { name: 'feedback', query: drillDownQuery(filters, target, timeZone) };
}
