import { describe, expect, it } from 'vitest';
import { countActiveIdeaFilters, emptyIdeaFilters, parseIdeaQuery, toIdeaFilter, toIdeaRouteQuery } from './ideaListQuery';

describe('forum filters ⇄ URL query', () => {
  it('reads every field and drops what is not valid', () => {
    const { filters, sort } = parseIdeaQuery({ q: ' refunds ', departments: ['1', 'x y', 'abc', '0', '1'], statuses: ['NEW', 'NOPE'], mine: '1', sort: 'trending' });
    expect(sort).toBe('TRENDING');
    expect(filters).toEqual({ search: 'refunds', departmentIds: ['1'], statuses: ['NEW'], mine: true });
    expect(parseIdeaQuery({ sort: 'random' }).sort).toBe('TOP');
  });

  it('round-trips and keeps the URL clean', () => {
    const filters = { search: 'kö', departmentIds: ['2'], statuses: ['ACCEPTED' as const], mine: true };
    const query = toIdeaRouteQuery(filters, 'NEW');
    expect(query).toEqual({ q: 'kö', departments: ['2'], statuses: ['ACCEPTED'], mine: '1', sort: 'new' });
    expect(parseIdeaQuery(query as Parameters<typeof parseIdeaQuery>[0])).toEqual({ filters, sort: 'NEW' });
    expect(toIdeaRouteQuery(emptyIdeaFilters(), 'TOP')).toEqual({});
  });

  it('turns "mine" into the viewer as author', () => {
    expect(toIdeaFilter({ ...emptyIdeaFilters(), mine: true }, 'u7')).toEqual({ authorIds: ['u7'] });
    expect(toIdeaFilter({ ...emptyIdeaFilters(), mine: true }, null)).toEqual({});
    expect(toIdeaFilter(emptyIdeaFilters(), 'u7')).toEqual({});
    expect(countActiveIdeaFilters({ search: 'x', departmentIds: [], statuses: ['NEW'], mine: true })).toBe(3);
  });
});
