import { describe, expect, it } from 'vitest';
import { Random, WeightedTable } from './random';
import { addBusinessHours, buildCalendar, HOUR, timeZone } from './time';

const oslo = timeZone('Europe/Oslo');
const newYork = timeZone('America/New_York');

describe('the Oslo calendar', () => {
  it('knows summer and winter time', () => {
    expect(oslo.offset(Date.UTC(2025, 0, 15))).toBe(HOUR);
    expect(oslo.offset(Date.UTC(2025, 6, 15))).toBe(2 * HOUR);
    // 2025-03-30 01:00 UTC is when Oslo moves to summer time
    expect(oslo.offset(Date.UTC(2025, 2, 30, 0, 59))).toBe(HOUR);
    expect(oslo.offset(Date.UTC(2025, 2, 30, 1, 0))).toBe(2 * HOUR);
    expect(new Date(oslo.localToUtc(Date.UTC(2025, 6, 1))).toISOString()).toBe('2025-06-30T22:00:00.000Z');
    expect(new Date(oslo.localToUtc(Date.UTC(2025, 0, 1))).toISOString()).toBe('2024-12-31T23:00:00.000Z');
    // a wall-clock time in the spring gap reads as the instant after it; every other one reads back
    expect(new Date(oslo.localToUtc(Date.UTC(2025, 2, 30, 2, 30))).toISOString()).toBe('2025-03-30T01:30:00.000Z');
    for (let t = Date.UTC(2025, 9, 25); t < Date.UTC(2025, 9, 28); t += HOUR / 4) expect(oslo.utcToLocal(oslo.localToUtc(oslo.utcToLocal(t)))).toBe(oslo.utcToLocal(t));
  });

  it('finds midnight where the clocks jump at midnight (Santiago starts summer time at 00:00 → 01:00)', () => {
    const santiago = timeZone('America/Santiago');
    // 2025-09-07 00:00 does not exist there; the day begins at 01:00 local, 04:00 UTC
    expect(new Date(santiago.localToUtc(Date.UTC(2025, 8, 7))).toISOString()).toBe('2025-09-07T04:00:00.000Z');
    expect(new Date(santiago.localToUtc(Date.UTC(2025, 8, 6))).toISOString()).toBe('2025-09-06T04:00:00.000Z');
    const days = buildCalendar(new Date('2025-09-20T12:00:00Z'), 1, santiago).days;
    const sep7 = days.find((d) => d.key === '2025-09-07')!;
    expect(sep7.length).toBe(23 * HOUR);
    expect(days.every((d, i) => i === 0 || d.startUtc === days[i - 1].startUtc + days[i - 1].length)).toBe(true);
  });

  it("is any organisation's: New York's quarters start five or four hours after UTC's", () => {
    expect(newYork.offset(Date.UTC(2025, 0, 15))).toBe(-5 * HOUR);
    // the USA moves its clocks on other days than Europe: 2025-03-09 07:00 UTC
    expect(newYork.offset(Date.UTC(2025, 2, 9, 6, 59))).toBe(-5 * HOUR);
    expect(newYork.offset(Date.UTC(2025, 2, 9, 7, 0))).toBe(-4 * HOUR);
    const calendar = buildCalendar(new Date('2026-06-15T12:00:00Z'), 8, newYork);
    expect(calendar.days[0].key).toBe('2024-04-01');
    expect(new Date(calendar.start).toISOString()).toBe('2024-04-01T04:00:00.000Z');
    const q3 = calendar.days.find((d) => d.key === '2025-07-01')!;
    expect(new Date(q3.startUtc).toISOString()).toBe('2025-07-01T04:00:00.000Z');
    // its spring gap and autumn overlap: 02:30 on 9 March 2025 does not exist (the later reading,
    // 03:30 EDT), 01:30 on 2 November 2025 happens twice (the later one, 01:30 EST)
    expect(new Date(newYork.localToUtc(Date.UTC(2025, 2, 9, 2, 30))).toISOString()).toBe('2025-03-09T07:30:00.000Z');
    expect(new Date(newYork.localToUtc(Date.UTC(2025, 10, 2, 1, 30))).toISOString()).toBe('2025-11-02T06:30:00.000Z');
    expect(new Date(newYork.localToUtc(Date.UTC(2025, 6, 1))).toISOString()).toBe('2025-07-01T04:00:00.000Z');
    // and its office hours are New York's: Friday 15:00 there + 2 working hours = Monday 09:00 there
    expect(new Date(addBusinessHours(Date.UTC(2025, 4, 16, 19), 2, newYork)).toISOString()).toBe('2025-05-19T13:00:00.000Z');
  });

  it('spans eight full Oslo quarters and the running one up to yesterday', () => {
    const calendar = buildCalendar(new Date('2026-06-15T00:00:00Z'));
    expect(calendar.days[0].key).toBe('2024-04-01');
    expect(calendar.days[0].quarter).toBe(-8);
    expect(new Date(calendar.start).toISOString()).toBe('2024-03-31T22:00:00.000Z');
    expect(calendar.days.at(-1)!.key).toBe('2026-06-14');
    expect(calendar.days.at(-1)!.quarter).toBe(0);
    expect(new Set(calendar.days.map((d) => d.quarter)).size).toBe(9);
    // on the first day of a quarter the running quarter has no days yet, and there are still eight full ones
    const early = buildCalendar(new Date('2026-07-01T00:00:00Z'));
    expect(new Set(early.days.map((d) => d.quarter)).size).toBeGreaterThanOrEqual(8);
  });

  it('adds office hours, skipping nights and weekends', () => {
    // Friday 2025-05-16 15:00 Oslo (13:00 UTC) + 2 working hours = Monday 09:00 Oslo
    expect(new Date(addBusinessHours(Date.UTC(2025, 4, 16, 13), 2, oslo)).toISOString()).toBe('2025-05-19T07:00:00.000Z');
    // Tuesday 10:00 Oslo + 3 h = 13:00 the same day
    expect(new Date(addBusinessHours(Date.UTC(2025, 4, 13, 8), 3, oslo)).toISOString()).toBe('2025-05-13T11:00:00.000Z');
  });
});

describe('the random streams', () => {
  it('repeat for the same seed and label and differ otherwise', () => {
    const draw = (r: Random) => Array.from({ length: 5 }, () => r.next());
    expect(draw(Random.derive(1, 'a'))).toEqual(draw(Random.derive(1, 'a')));
    expect(draw(Random.derive(1, 'a'))).not.toEqual(draw(Random.derive(1, 'b')));
    expect(draw(Random.derive(1, 'a'))).not.toEqual(draw(Random.derive(2, 'a')));
  });

  it('draw weighted items in proportion', () => {
    const rng = new Random(9);
    const table = new WeightedTable(['a', 'b', 'c'], [1, 2, 7]);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20_000; i++) counts[table.pick(rng) as 'a' | 'b' | 'c']++;
    expect(counts.a / 20_000).toBeCloseTo(0.1, 1);
    expect(counts.c / 20_000).toBeCloseTo(0.7, 1);
  });
});
