import { and, asc, eq, ilike, isNull } from 'drizzle-orm';
import { departments, users } from '@chorus/db/schema';
import type { Context } from '../../context';
import { authorize } from '../../shared/auth';
import { parseId } from '../../shared/ids';
import { pageSize } from '../../shared/pagination';
import { containsPattern } from '../../shared/search';
import { publicUserColumns } from './org.loaders';
import { mayBrowseOrganisation } from './org.policy';

export async function listDepartments(ctx: Context) {
  authorize(ctx, mayBrowseOrganisation);
  return ctx.db.select({ id: departments.id, name: departments.name }).from(departments).orderBy(asc(departments.name));
}

export async function departmentOf(ctx: Context, departmentId: number | null) {
  return departmentId === null ? null : ctx.loaders.departmentById.load(departmentId);
}

/** Colleagues whose name contains `search` (for @mentions and assignee pickers); disabled users left out. */
export async function searchUsers(
  ctx: Context,
  search: string | null | undefined,
  first: number | null | undefined,
  departmentId?: string | null,
) {
  authorize(ctx, mayBrowseOrganisation);
  const pattern = containsPattern(search);
  const department = departmentId == null ? null : parseId(departmentId, 'departmentId');
  return ctx.db
    .select(publicUserColumns)
    .from(users)
    .where(and(isNull(users.disabledAt), pattern ? ilike(users.name, pattern) : undefined,
      department === null ? undefined : eq(users.departmentId, department)))
    .orderBy(asc(users.name))
    .limit(pageSize(first, 10));
}

/** The organisation as the portal needs to know it: the time zone its days and due times are read in, and how many responses a figure needs. */
export function organisation(ctx: Context) {
  authorize(ctx, mayBrowseOrganisation);
  return { timeZone: ctx.config.timeZone, minResponses: ctx.config.minResponses };
}
