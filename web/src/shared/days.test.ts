import { describe, expect, it } from 'vitest';
import { addDays, dayStartInstant, isDay, localDay } from './days';

describe('days', () => {
  it('knows a calendar day from a malformed or impossible one', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-2-1')).toBe(false);
    expect(isDay(null)).toBe(false);
  });

  it('counts days across months and years', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('reads days and their starts in the organisation’s zone, not the browser’s', () => {
    expect(localDay('2025-06-30T22:30:00Z', 'Europe/Oslo')).toBe('2025-07-01');
    expect(localDay(new Date('2025-06-30T22:30:00Z'), 'UTC')).toBe('2025-06-30');
    expect(dayStartInstant('2025-07-01', 'Europe/Oslo')).toBe('2025-06-30T22:00:00.000Z');
    // an exclusive end: the day after begins, across the month's end
    expect(dayStartInstant('2025-07-31', 'Europe/Oslo', true)).toBe('2025-07-31T22:00:00.000Z');
  });
});
