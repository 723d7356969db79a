// The arithmetic of a trend point, against product.md's worked example and figures done by hand.
import { describe, expect, it } from 'vitest';
import { ZERO_SUMS, ces, cli, median, nps, share, significantChange, significantShareChange } from './statistics';

describe('statistics', () => {
  it("reproduces product.md's worked NPS example: p 0.50, d 0.20, n 400 → 30 ± 7.7", () => {
    const e = nps({ ...ZERO_SUMS, promoters: 200, passives: 120, detractors: 80 });
    expect(e.n).toBe(400);
    expect(e.value).toBeCloseTo(30, 10);
    expect(e.se!).toBeCloseTo(3.905, 3);
    expect(e.high! - e.value!).toBeCloseTo(7.65, 2);
  });

  it('clamps an interval to the range of the metric', () => {
    const e = share(29, 30);
    expect(e.high).toBe(100);
    expect(nps({ ...ZERO_SUMS, promoters: 30 }).high).toBe(100);
    expect(nps({ ...ZERO_SUMS, promoters: 30 }).se).toBe(0);
  });

  it('takes the sample standard deviation for a mean: CES 1, 4, 7 → 4 ± 1.96 × 3/√3', () => {
    const e = ces({ ...ZERO_SUMS, cesN: 3, cesSum: 12, cesSumSq: 1 + 16 + 49 });
    expect(e.value).toBe(4);
    expect(e.se!).toBeCloseTo(3 / Math.sqrt(3), 12);
    expect(e.low).toBe(1);
    // one answer has a value but no interval
    expect(ces({ ...ZERO_SUMS, cesN: 1, cesSum: 5, cesSumSq: 25 })).toMatchObject({ value: 5, low: null, high: null });
  });

  it("scales each response's three loyalty answers to a CLI of 0–100", () => {
    // (9 + 9 + 9)/3 × 10 = 90 and (3 + 6 + 6)/3 × 10 = 50: mean 70, s = √800 ≈ 28.28
    const e = cli({ ...ZERO_SUMS, cliN: 2, cliSum: 27 + 15, cliSumSq: 27 ** 2 + 15 ** 2 });
    expect(e.value).toBeCloseTo(70, 10);
    expect(e.se!).toBeCloseTo(Math.sqrt(800) / Math.sqrt(2), 10);
  });

  it('reads a median’s SE back from its interval', () => {
    expect(median(100, 10, 6.08, 13.92).se).toBeCloseTo(2, 10);
    expect(median(0, null, null, null).value).toBeNull();
  });

  it('calls a change significant beyond 1.96 × √(SE₁² + SE₂²)', () => {
    expect(significantChange(5.6, 2, 2)).toBe(true);
    expect(significantChange(5.5, 2, 2)).toBe(false);
    expect(significantChange(50, null, 2)).toBe(false);
  });

  it('tests two shares with the pooled proportion', () => {
    // 60/200 against 40/200: pooled 0.25, SE 0.0433, difference 0.1 → z 2.31
    expect(significantShareChange(60, 200, 40, 200)).toBe(true);
    expect(significantShareChange(50, 200, 40, 200)).toBe(false);
    expect(significantShareChange(5, 0, 4, 10)).toBe(false);
  });
});
