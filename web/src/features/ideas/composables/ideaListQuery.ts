// The forum's filters and order live in the URL so a view can be shared or bookmarked.
// Pure functions: URL query ⇄ filter state ⇄ GraphQL variables.
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { IdeaFilter, IdeaSort, IdeaStatus } from '@/gql/graphql';
import { IDEA_STATUSES } from '@/shared/enums';
import { isRowId } from '@/shared/ids';
import { firstValue, oneOf, queryValues as values } from '@/shared/routeQuery';

export interface IdeaFilters {
  search: string;
  departmentIds: string[];
  statuses: IdeaStatus[];
  /** only the viewer's own ideas (authorIds: [viewer id]) */
  mine: boolean;
}

export const IDEA_SORTS: readonly IdeaSort[] = ['TOP', 'NEW', 'TRENDING'];
export const DEFAULT_IDEA_SORT: IdeaSort = 'TOP';

export function emptyIdeaFilters(): IdeaFilters {
  return { search: '', departmentIds: [], statuses: [], mine: false };
}

/** `?q=…&departments=1&departments=2&statuses=NEW&mine=1&sort=trending` */
export function parseIdeaQuery(query: LocationQuery): { filters: IdeaFilters; sort: IdeaSort } {
  const sortRaw = firstValue(query.sort).toUpperCase();
  return {
    filters: {
      search: firstValue(query.q),
      departmentIds: values(query.departments).filter(isRowId),
      statuses: values(query.statuses).filter(oneOf(IDEA_STATUSES)),
      mine: firstValue(query.mine) === '1',
    },
    sort: (IDEA_SORTS as readonly string[]).includes(sortRaw) ? (sortRaw as IdeaSort) : DEFAULT_IDEA_SORT,
  };
}

export function toIdeaRouteQuery(filters: IdeaFilters, sort: IdeaSort): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  const search = filters.search.trim();
  if (search) query.q = search;
  if (filters.departmentIds.length) query.departments = [...filters.departmentIds];
  if (filters.statuses.length) query.statuses = [...filters.statuses];
  if (filters.mine) query.mine = '1';
  if (sort !== DEFAULT_IDEA_SORT) query.sort = sort.toLowerCase();
  return query;
}

/** The API's IdeaFilter, empty fields left out; "mine" needs the viewer's id (ignored without one). */
export function toIdeaFilter(filters: IdeaFilters, viewerId: string | null | undefined): IdeaFilter {
  const out: IdeaFilter = {};
  const search = filters.search.trim();
  if (search) out.search = search;
  if (filters.departmentIds.length) out.departmentIds = [...filters.departmentIds];
  if (filters.statuses.length) out.statuses = [...filters.statuses];
  if (filters.mine && viewerId) out.authorIds = [viewerId];
  return out;
}

export function countActiveIdeaFilters(filters: IdeaFilters): number {
  return (filters.search.trim() ? 1 : 0) + (filters.departmentIds.length ? 1 : 0) + (filters.statuses.length ? 1 : 0) + (filters.mine ? 1 : 0);
}
