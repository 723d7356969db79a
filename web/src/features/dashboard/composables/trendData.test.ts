import { describe, expect, it } from 'vitest';
import { trendCsv, type TrendSeries } from './trendData';

const point = (periodStart: string, extra: Partial<TrendSeries['points'][number]> = {}) => ({
  periodStart,
  value: 20.5,
  n: 120,
  low: 8.25,
  high: 32.75,
  change: -3,
  significant: false,
  sufficient: true,
  ...extra,
});

describe('a trend as CSV', () => {
  it('writes a segmented trend one line per segment and period, too few responses as empty values', () => {
    const series: TrendSeries[] = [
      {
        segment: 'Västra Götaland',
        segmentKey: 'Västra Götaland',
        points: [
          point('2025-03-31T22:00:00.000Z'),
          point('2025-06-30T22:00:00.000Z', { value: -31.2, low: -42, high: -20.4, change: -51.7, significant: true }),
        ],
      },
      { segment: 'Oslo, city', segmentKey: 'Oslo, city', points: [point('2025-03-31T22:00:00.000Z', { value: null, low: null, high: null, n: 12, change: null, sufficient: false })] },
    ];
    const labels: Record<string, string> = { '2025-03-31T22:00:00.000Z': '2025 Q2', '2025-06-30T22:00:00.000Z': '2025 Q3' };
    expect(trendCsv(series, (start) => labels[start], true).split('\r\n')).toEqual([
      'segment,segment_key,period,period_start,value,low,high,n,change,significant,sufficient',
      'Västra Götaland,Västra Götaland,2025 Q2,2025-03-31T22:00:00.000Z,20.5,8.25,32.75,120,-3,false,true',
      'Västra Götaland,Västra Götaland,2025 Q3,2025-06-30T22:00:00.000Z,-31.2,-42,-20.4,120,-51.7,true,true',
      '"Oslo, city","Oslo, city",2025 Q2,2025-03-31T22:00:00.000Z,,,,12,,false,false',
      '',
    ]);
    expect(trendCsv([series[0]], (start) => labels[start], false).split('\r\n')[0]).toBe('period,period_start,value,low,high,n,change,significant,sufficient');
  });

});
