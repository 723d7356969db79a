// The figures of a trend point from the sums of its period (product.md, "Metrics"): value, standard
// error and 95% interval per metric, and when a change between two periods is significant. Pure
// arithmetic, so the rollup and the raw rows, which give the same sums, give the same points.

/** Sums of a period's feedback: the rollup's measures (db/src/schema/rollups.ts), or the same from raw rows. */
export interface Sums {
  volume: number;
  promoters: number; passives: number; detractors: number;
  csatN: number; csatTop2: number;
  cesN: number; cesSum: number; cesSumSq: number;
  cliN: number; cliSum: number; cliSumSq: number;
}
export const ZERO_SUMS: Sums = {
  volume: 0, promoters: 0, passives: 0, detractors: 0, csatN: 0, csatTop2: 0,
  cesN: 0, cesSum: 0, cesSumSq: 0, cliN: 0, cliSum: 0, cliSumSq: 0,
};

/** A metric's estimate: value and standard error (null where none), n, and the range it is clamped to. */
export interface Estimate {
  n: number;
  value: number | null;
  se: number | null;
  low: number | null;
  high: number | null;
}

const Z = 1.96;
const clamp = (x: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, x));

function withInterval(n: number, value: number | null, se: number | null, range: readonly [number, number]): Estimate {
  if (value === null) return { n, value: null, se: null, low: null, high: null };
  if (se === null) return { n, value, se: null, low: null, high: null };
  return { n, value, se, low: clamp(value - Z * se, range), high: clamp(value + Z * se, range) };
}

/** NPS = %promoters − %detractors; SE = 100·√((p + d − (p − d)²)/n). */
export function nps(s: Sums): Estimate {
  const n = s.promoters + s.passives + s.detractors;
  if (!n) return withInterval(0, null, null, [-100, 100]);
  const p = s.promoters / n, d = s.detractors / n;
  return withInterval(n, (p - d) * 100, 100 * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / n), [-100, 100]);
}

/** A share × 100 of `n` with the binomial SE = 100·√(p(1 − p)/n). */
export function share(part: number, n: number): Estimate {
  if (!n) return withInterval(0, null, null, [0, 100]);
  const p = part / n;
  return withInterval(n, p * 100, 100 * Math.sqrt(Math.max(0, p * (1 - p)) / n), [0, 100]);
}

/** A mean from the sum and sum of squares of n answers; SE = s/√n with s the sample standard deviation. */
export function mean(n: number, sum: number, sumSq: number, range: readonly [number, number], scale = 1): Estimate {
  if (!n) return withInterval(0, null, null, range);
  const m = sum / n;
  if (n < 2) return withInterval(n, m * scale, null, range);
  // Σ(x − m)² = Σx² − n·m², exact in integers before the division
  const variance = Math.max(0, (sumSq - sum * m) / (n - 1));
  return withInterval(n, m * scale, (Math.sqrt(variance) / Math.sqrt(n)) * scale, range);
}

export const csat = (s: Sums) => share(s.csatTop2, s.csatN);
export const ces = (s: Sums) => mean(s.cesN, s.cesSum, s.cesSumSq, [1, 7]);
// each answer's CLI is (nps + repurchase + cross-buy) / 3 × 10: the sums hold the three-score totals
export const cli = (s: Sums) => mean(s.cliN, s.cliSum, s.cliSumSq, [0, 100], 10 / 3);
export const volume = (s: Sums): Estimate => ({ n: s.volume, value: s.volume, se: null, low: null, high: null });

/**
 * A median and its distribution-free interval (computed in SQL from the order statistics); its SE for
 * the significance test is read back from the interval: (high − low) / (2 × 1.96).
 */
export function median(n: number, value: number | null, low: number | null, high: number | null): Estimate {
  if (!n || value === null) return { n, value: null, se: null, low: null, high: null };
  return { n, value, low, high, se: low !== null && high !== null ? (high - low) / (2 * Z) : null };
}

/** |Δ| > 1.96·√(SE₁² + SE₂²) */
export function significantChange(change: number, se1: number | null, se2: number | null): boolean {
  if (se1 === null || se2 === null) return false;
  return Math.abs(change) > Z * Math.sqrt(se1 ** 2 + se2 ** 2);
}

/** Two-proportion test at 95% with the pooled share (themeTrends). */
export function significantShareChange(x1: number, n1: number, x2: number, n2: number): boolean {
  if (!n1 || !n2) return false;
  const pooled = (x1 + x2) / (n1 + n2);
  if (pooled <= 0 || pooled >= 1) return false;
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return Math.abs(x1 / n1 - x2 / n2) > Z * se;
}
