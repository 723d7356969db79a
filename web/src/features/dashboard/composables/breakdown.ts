// A segmented trend as the cells of a period × segment grid: column x is a period, row y a series.
import type { TrendPoint } from './headline';
import type { TrendSeries } from './trendData';

export interface Cell {
  index: number;
  x: number;
  y: number;
  point: TrendPoint;
  /** the value is shown (sufficient); else the cell says "too few responses" */
  shown: boolean;
}

export function breakdownCells(series: readonly TrendSeries[]) {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.periodStart)))].sort((a, b) => Date.parse(a) - Date.parse(b));
  const column = new Map(periods.map((start, i) => [start, i]));
  const cells: Cell[] = [];
  const byPosition = new Map<string, Cell>();
  series.forEach((s, y) => {
    for (const point of s.points) {
      const cell: Cell = { index: cells.length, x: column.get(point.periodStart)!, y, point, shown: point.sufficient && point.value != null };
      cells.push(cell);
      byPosition.set(`${cell.x},${y}`, cell);
    }
  });
  return { periods, cells, at: (x: number, y: number) => byPosition.get(`${x},${y}`) };
}
