import { describe, expect, it } from 'vitest';
import { emptyFilters, parseDashboardQuery, toDashboardQuery, toFeedbackFilter } from './dashboardQuery';

describe('the dashboard’s URL', () => {
  it('reads a shared view and writes it back the same', () => {
    const query = {
      metric: 'CSAT',
      interval: 'MONTH',
      by: 'REGION',
      from: '2025-01-01',
      to: '2025-12-31',
      departments: ['2', '3'],
      products: '4',
      regions: ['Västra Götaland'],
      segments: 'SMB',
      channels: ['REVIEW', 'SOCIAL'],
    };
    const state = parseDashboardQuery(query);
    expect(state).toEqual({
      metric: 'CSAT',
      interval: 'MONTH',
      by: 'REGION',
      filters: { from: '2025-01-01', to: '2025-12-31', departmentIds: ['2', '3'], productIds: ['4'], regions: ['Västra Götaland'], segments: ['SMB'], channels: ['REVIEW', 'SOCIAL'] },
    });
    expect(toDashboardQuery(state)).toEqual({ ...query, products: ['4'], segments: ['SMB'] });
  });

  it('drops what it does not know and leaves the defaults out', () => {
    const state = parseDashboardQuery({ metric: 'HAPPINESS', interval: 'DAY', by: 'COLOUR', from: '2025-02-30', departments: ['x', '7'], segments: ['GIANT'], channels: 'FAX' });
    expect(state).toEqual({ metric: 'NPS', interval: 'QUARTER', by: 'DEPARTMENT', filters: { ...emptyFilters(), departmentIds: ['7'] } });
    expect(toDashboardQuery(state)).toEqual({ departments: ['7'] });
    expect(toDashboardQuery(parseDashboardQuery({}))).toEqual({});
  });

  it('asks the API for the days in the organisation’s zone, the last day included', () => {
    expect(toFeedbackFilter({ ...emptyFilters(), from: '2025-07-01', to: '2025-09-30', regions: ['Oslo'] }, 'Europe/Oslo')).toEqual({
      receivedFrom: '2025-06-30T22:00:00.000Z',
      receivedTo: '2025-09-30T22:00:00.000Z',
      regions: ['Oslo'],
    });
    expect(toFeedbackFilter(emptyFilters(), 'Europe/Oslo')).toEqual({});
  });
});

describe('a range typed backwards', () => {
  it('is read as the days between the two', () => {
    expect(parseDashboardQuery({ from: '2025-12-31', to: '2025-01-01' }).filters).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
  });
});
