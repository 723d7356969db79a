// The work lists: action items by assignee, department, status and overdue, soonest due first (those
// without a due time last), with keyset paging on (due time, id).
import { and, asc, count, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { actionItems } from '@chorus/db/schema';
import type { Context } from '../../context';
import { authorize } from '../../shared/auth';
import { mayBrowseActionItems } from './actions.policy';
import { parseIds } from '../../shared/ids';
import { decodeKeyset, keysetCursor, pageSize, toConnection, type ConnectionShape } from '../../shared/pagination';
import { FieldErrors } from '../../shared/validate';
import type { ActionItemFilter } from './actions.inputs';
import { actionItemColumns } from './actions.service';
import type { ActionItemType } from './actions.type';

const ORDER = 'DUE';
// the sort key: an item with no due time sorts after every real one
const dueKey = sql`coalesce(${actionItems.dueAt}, '9999-12-31T00:00:00Z'::timestamptz)`;

export function actionItemConditions(filter: ActionItemFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  const errors = new FieldErrors();
  errors.filter(filter);
  errors.throwIfAny();
  const assigneeIds = parseIds(filter.assigneeIds, 'filter.assigneeIds');
  const departmentIds = parseIds(filter.departmentIds, 'filter.departmentIds');
  return and(
    assigneeIds?.length ? inArray(actionItems.assigneeId, assigneeIds) : undefined,
    departmentIds?.length ? inArray(actionItems.departmentId, departmentIds) : undefined,
    filter.statuses?.length ? inArray(actionItems.status, filter.statuses) : undefined,
    // the filter means exactly what the field says
    filter.overdue == null ? undefined : filter.overdue ? actionItemColumns.overdue : sql`not ${actionItemColumns.overdue}`,
    filter.unassigned == null ? undefined : filter.unassigned ? isNull(actionItems.assigneeId) : isNotNull(actionItems.assigneeId),
  );
}

/** The work lists (mayBrowseActionItems: sharing is the point); the contacts behind them follow their own rule. */
export async function listActionItems(
  ctx: Context,
  args: { filter?: ActionItemFilter | null; first?: number | null; after?: string | null },
): Promise<ConnectionShape<ActionItemType>> {
  authorize(ctx, mayBrowseActionItems);
  const limit = pageSize(args.first);
  const where = actionItemConditions(args.filter);
  let after: SQL | undefined;
  if (args.after) {
    // the due time as PostgreSQL wrote it (microseconds): a JS Date would cut it to milliseconds
    const { key, id } = decodeKeyset(args.after, ORDER, 'timestamptz');
    after = sql`(${dueKey}, ${actionItems.id}) > (${key}::timestamptz, ${id})`;
  }
  const rows = await ctx.db.select({ ...actionItemColumns, sortKey: sql<string>`(${dueKey})::text` }).from(actionItems)
    .where(and(where, after)).orderBy(asc(dueKey), asc(actionItems.id)).limit(limit + 1);
  return toConnection(rows, limit, ({ sortKey, ...item }) => item, (r) => keysetCursor(ORDER, r.sortKey, r.id), async () => {
    const [{ n }] = await ctx.db.select({ n: count() }).from(actionItems).where(where);
    return n;
  });
}
