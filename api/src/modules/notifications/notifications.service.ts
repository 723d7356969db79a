// Notifications in the portal: written by other features inside their transactions, read here.
import { and, count, desc, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { notifications } from '@chorus/db/schema';
import type { Db } from '@chorus/db';
import type { Context } from '../../context';
import type { Tx } from '../../shared/audit';
import { requireViewer, type Viewer } from '../../shared/auth';
import { parseIds } from '../../shared/ids';
import { decodeKeyset, keysetCursor, pageSize, toConnection } from '../../shared/pagination';
import type { NotificationObject, NotificationPayload, NotificationType } from './notifications.type';
import { maySeeHidden } from '../ideas/ideas.policy';
import { ownNotifications } from './notifications.policy';

/** Notifies each user once (the actor never notifies themselves). */
export async function notify(
  db: Db | Tx,
  userIds: Iterable<number>,
  type: `${NotificationType}`,
  payload: NotificationPayload,
): Promise<void> {
  const recipients = [...new Set(userIds)].filter((id) => id !== payload.byId);
  if (!recipients.length) return;
  await db.insert(notifications).values(recipients.map((userId) => ({ userId, type, payload })));
}

/** Many notifications of their own payloads in one statement (the actor is never told of their own act). */
export async function notifyEach(
  db: Db | Tx,
  entries: readonly { userId: number; type: `${NotificationType}`; payload: NotificationPayload }[],
): Promise<void> {
  const rows = entries.filter((e) => e.userId !== e.payload.byId);
  if (rows.length) await db.insert(notifications).values(rows.map((e) => ({ userId: e.userId, type: e.type, payload: e.payload })));
}

/**
 * Notifies the users a query selects (a column `user_id`), each once, never the actor: for rules whose
 * recipients are found in the data ("everyone who linked feedback to the request…"), however many.
 */
export async function notifyWhere(
  db: Db | Tx,
  recipients: SQL,
  type: `${NotificationType}`,
  payload: NotificationPayload,
): Promise<number> {
  const rows = await db.execute(sql`insert into notifications (user_id, type, payload)
    select distinct r.user_id, ${type}, ${JSON.stringify(payload)}::jsonb from (${recipients}) r
    where r.user_id is not null and r.user_id is distinct from ${payload.byId ?? null}::bigint
    returning id`);
  return rows.length;
}

function toObject(row: typeof notifications.$inferSelect): NotificationObject {
  const p = row.payload as NotificationPayload;
  return {
    id: row.id,
    type: row.type as NotificationType,
    createdAt: row.createdAt,
    read: row.readAt !== null,
    actorName: p.by ?? null,
    title: p.title ?? null,
    status: p.status ?? null,
    reason: p.reason ?? null,
    ideaId: p.ideaId ?? null,
    feedbackId: p.feedbackId ?? null,
    actionItemId: p.actionItemId ?? null,
    featureRequestId: p.featureRequestId ?? null,
    departmentId: p.departmentId ?? null,
    overdueCount: p.overdueCount ?? null,
    unassignedCount: p.unassignedCount ?? null,
    waitingCount: p.waitingCount ?? null,
    commentId: p.commentId ?? null,
  };
}

/**
 * Hidden content is gone for everyone but ADMINs, notifications about it included: their payload
 * carries the idea's title and the comment's start. (commentId names an idea comment only when the
 * notification is about an idea; on feedback it names a feedback comment.)
 */
function aboutVisibleContent(viewer: Viewer) {
  if (maySeeHidden(viewer)) return undefined;
  return sql`not exists (select 1 from ideas i where i.id = ("notifications"."payload"->>'ideaId')::bigint and i.hidden_at is not null)
    and not exists (select 1 from idea_comments c where "notifications"."payload" ? 'ideaId'
      and c.id = ("notifications"."payload"->>'commentId')::bigint and c.hidden_at is not null)`;
}

export async function listNotifications(ctx: Context, args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null }) {
  const viewer = requireViewer(ctx);
  const limit = pageSize(args.first, 20);
  const mine = and(ownNotifications(viewer), aboutVisibleContent(viewer), args.unreadOnly ? isNull(notifications.readAt) : undefined);
  let after;
  if (args.after) {
    // the time as PostgreSQL wrote it (microseconds): a JS Date would cut it to milliseconds
    const { key, id } = decodeKeyset(args.after, 'NEWEST', 'timestamptz');
    after = sql`("notifications"."created_at", "notifications"."id") < (${key}::timestamptz, ${id})`;
  }
  const rows = await ctx.db.select({ row: notifications, at: sql<string>`"notifications"."created_at"::text` }).from(notifications)
    .where(and(mine, after)).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(limit + 1);
  return toConnection(rows, limit, (r) => toObject(r.row), (r) => keysetCursor('NEWEST', r.at, r.row.id), async () => {
    const [{ n }] = await ctx.db.select({ n: count() }).from(notifications).where(mine);
    return n;
  });
}

export async function unreadCount(ctx: Context): Promise<number> {
  const viewer = requireViewer(ctx);
  const [{ n }] = await ctx.db.select({ n: count() }).from(notifications)
    .where(and(ownNotifications(viewer), aboutVisibleContent(viewer), isNull(notifications.readAt)));
  return n;
}

const excerpt = (body: string) => (body.length > 140 ? `${body.slice(0, 139)}…` : body);

/** The start of the comment a notification is about, as the comment reads now; null once it is hidden or gone. */
export async function notificationExcerpt(ctx: Context, n: NotificationObject): Promise<string | null> {
  if (n.commentId === null) return null;
  const comment = n.ideaId !== null
    ? await ctx.loaders.ideaCommentById.load(n.commentId)
    : await ctx.loaders.feedbackCommentById.load(n.commentId);
  return comment && !comment.hidden ? excerpt(comment.body) : null;
}

/** Marks the viewer's notifications read (all of them when ids is null); returns how many changed. */
export async function markRead(ctx: Context, ids: string[] | null | undefined): Promise<number> {
  const viewer = requireViewer(ctx);
  const only = ids ? parseIds(ids, 'ids') : undefined;
  const changed = await ctx.db.update(notifications).set({ readAt: sql`now()` })
    .where(and(ownNotifications(viewer), isNull(notifications.readAt), only ? inArray(notifications.id, only.length ? only : [0]) : undefined))
    .returning({ id: notifications.id });
  return changed.length;
}
