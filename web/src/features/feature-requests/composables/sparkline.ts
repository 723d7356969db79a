// The trend beside each request: linked feedback per quarter as a line small enough for a table row,
// drawn as plain SVG (no chart library on the list), and the same numbers as words for whoever cannot
// see the line.
import { zonedParts } from '@/shared/format';

export interface DemandPoint {
  start: string;
  feedbackCount: number;
}

/** The quarter a point stands for, read in the organisation's zone (where its quarters begin). */
export function quarterOf(start: string, timeZone?: string | null): { year: number; quarter: number } {
  const p = zonedParts(new Date(start), timeZone);
  return { year: p.year, quarter: Math.floor((p.month - 1) / 3) + 1 };
}

/**
 * The polyline's points in a `width` × `height` box, oldest on the left; the busiest quarter touches the
 * top and an empty one the bottom, with `pad` to spare so the stroke is not cut.
 */
export function sparklinePoints(counts: readonly number[], width: number, height: number, pad = 2): { x: number; y: number }[] {
  if (!counts.length) return [];
  const max = Math.max(...counts, 0);
  const step = counts.length > 1 ? (width - 2 * pad) / (counts.length - 1) : 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  return counts.map((n, i) => ({
    x: round(counts.length > 1 ? pad + i * step : width / 2),
    y: round(max > 0 ? height - pad - (n / max) * (height - 2 * pad) : height - pad),
  }));
}

/**
 * The trend in words: "Linked feedback per quarter: Q1 2025: 4, Q2 2025: 0, …", each quarter worded by
 * `quarter` (the viewer's language and number format).
 */
export function sparklineText(
  points: readonly DemandPoint[],
  words: { label: (quarters: string) => string; quarter: (q: { year: number; quarter: number; count: number }) => string; none: string },
  timeZone?: string | null,
): string {
  if (!points.length) return words.none;
  return words.label(points.map((p) => words.quarter({ ...quarterOf(p.start, timeZone), count: p.feedbackCount })).join(', '));
}
