import { describe, expect, it } from 'vitest';
import { quarterOf, sparklinePoints, sparklineText } from './sparkline';

// the API's quarters begin at local midnight in the organisation's zone (Oslo: UTC+1 in winter, +2 in summer)
const quarters = [
  { start: '2025-12-31T23:00:00.000Z', feedbackCount: 4 },
  { start: '2026-03-31T22:00:00.000Z', feedbackCount: 0 },
  { start: '2026-06-30T22:00:00.000Z', feedbackCount: 1234 },
];
const words = {
  label: (q: string) => `Linked feedback per quarter: ${q}`,
  quarter: ({ year, quarter, count }: { year: number; quarter: number; count: number }) => `Q${quarter} ${year}: ${count.toLocaleString('en')}`,
  none: 'none',
};

describe('the trend sparkline', () => {
  it('names each quarter as the organisation’s calendar has it', () => {
    expect(quarterOf('2025-12-31T23:00:00.000Z', 'Europe/Oslo')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2025-12-31T23:00:00.000Z', 'UTC')).toEqual({ year: 2025, quarter: 4 });
    expect(quarterOf('2026-06-30T22:00:00.000Z', 'Europe/Oslo')).toEqual({ year: 2026, quarter: 3 });
  });

  it('says the quarters and their counts in words', () => {
    expect(sparklineText(quarters, words, 'Europe/Oslo')).toBe('Linked feedback per quarter: Q1 2026: 4, Q2 2026: 0, Q3 2026: 1,234');
    expect(sparklineText([], words, 'Europe/Oslo')).toBe('none');
  });

  it('draws the busiest quarter at the top and an empty one at the bottom', () => {
    expect(sparklinePoints([2, 0, 4], 44, 24)).toEqual([
      { x: 2, y: 12 },
      { x: 22, y: 22 },
      { x: 42, y: 2 },
    ]);
    // nothing linked yet: a flat line along the bottom, not a division by zero
    expect(sparklinePoints([0, 0], 20, 10).map((p) => p.y)).toEqual([8, 8]);
    expect(sparklinePoints([3], 20, 10)).toEqual([{ x: 10, y: 2 }]);
    expect(sparklinePoints([], 20, 10)).toEqual([]);
  });
});
