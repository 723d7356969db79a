// Ideas as SQL: the columns a page needs (vote state and counts computed with the rows, so a page
// costs one statement), the filter, and the three orders with their keyset cursors.
import { and, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { ideas } from '@chorus/db/schema';
import type { Viewer } from '../../shared/auth';
import { parseIds } from '../../shared/ids';
import type { KeyCast } from '../../shared/pagination';
import { searchQuery } from '../../shared/search';
import { FieldErrors } from '../../shared/validate';
import { maySeeHidden } from './ideas.policy';
import { IdeaSort, type IdeaFilter } from './ideas.inputs';

// Written against "ideas"."id" by hand: drizzle leaves the columns of a one-table select unqualified,
// which inside these subqueries would name the subquery's own id.
const votesOf = sql<number>`(select count(*)::int from idea_votes v where v.idea_id = "ideas"."id")`;

/**
 * TRENDING: every vote counts 0.5^(age in days / 7) at the moment `asOf`: a vote cast today counts 1,
 * one from last week ½, one from a month ago about 1/20. An idea gathering votes now outranks an older
 * one with more votes in total. `asOf` travels in the cursor, and votes cast after it do not count, so
 * paging does not reshuffle.
 */
export const trendingScore = (asOf: Date) => sql<number>`(select coalesce(sum(power(0.5,
  extract(epoch from (${asOf.toISOString()}::timestamptz - v.created_at)) / 604800.0)), 0)::float8
  from idea_votes v where v.idea_id = "ideas"."id" and v.created_at <= ${asOf.toISOString()}::timestamptz)`;

export function ideaColumns(viewer: Viewer) {
  const seesHidden = maySeeHidden(viewer);
  return {
    id: ideas.id, title: ideas.title, body: ideas.body, bodyHtml: ideas.bodyHtml, category: ideas.category, status: ideas.status,
    statusReason: ideas.statusReason, createdAt: ideas.createdAt, updatedAt: ideas.updatedAt,
    authorId: ideas.authorId, departmentId: ideas.departmentId, hiddenReason: ideas.hiddenReason,
    hidden: sql<boolean>`("ideas"."hidden_at" is not null)`,
    edited: sql<boolean>`exists (select 1 from idea_revisions r where r.idea_id = "ideas"."id")`,
    votes: votesOf,
    viewerHasVoted: sql<boolean>`exists (select 1 from idea_votes v where v.idea_id = "ideas"."id" and v.user_id = ${viewer.id})`,
    commentCount: sql<number>`(select count(*)::int from idea_comments c where c.idea_id = "ideas"."id"
      and (c.hidden_at is null or ${seesHidden}))`,
  };
}

/** Hidden ideas exist only for those who may see hidden content (ADMINs). */
export const visibleTo = (viewer: Viewer): SQL | undefined => (maySeeHidden(viewer) ? undefined : isNull(ideas.hiddenAt));

/** The filter's sizes, before any SQL and all at once. */
function checkSizes(filter: IdeaFilter): void {
  const errors = new FieldErrors();
  errors.filter(filter);
  errors.throwIfAny();
}

export function ideaConditions(filter: IdeaFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  checkSizes(filter);
  const departmentIds = parseIds(filter.departmentIds, 'filter.departmentIds');
  const authorIds = parseIds(filter.authorIds, 'filter.authorIds');
  const search = filter.search?.trim();
  return and(
    search ? sql`${ideas.searchDoc} @@ ${searchQuery(search)}` : undefined,
    departmentIds?.length ? inArray(ideas.departmentId, departmentIds) : undefined,
    authorIds?.length ? inArray(ideas.authorId, authorIds) : undefined,
    filter.statuses?.length ? inArray(ideas.status, filter.statuses) : undefined,
  );
}

export interface IdeaSortSpec { name: IdeaSort; key: SQL; cast: KeyCast }

export function ideaSort(sort: IdeaSort | null | undefined, asOf: Date): IdeaSortSpec {
  const name = sort ?? IdeaSort.TOP;
  switch (name) {
    case IdeaSort.NEW: return { name, key: sql`"ideas"."created_at"`, cast: 'timestamptz' };
    case IdeaSort.TRENDING: return { name, key: trendingScore(asOf), cast: 'float8' };
    default: return { name, key: votesOf, cast: 'int' };
  }
}

/** Every order is descending: rows strictly after the cursor's (key, id). */
export const afterIdeaCursor = (sort: IdeaSortSpec, key: string, id: number): SQL =>
  sql`(${sort.key}, "ideas"."id") < (${key}::${sql.raw(sort.cast)}, ${id})`;
