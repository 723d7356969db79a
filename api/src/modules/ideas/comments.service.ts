// Comments on ideas: reading, writing (with @mentions), editing one's own, and hiding by an ADMIN.
import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { RENDER_VERSION, renderMarkdown } from '@chorus/db';
import { ideaComments, ideaRevisions, ideas, users } from '@chorus/db/schema';
import type { Context } from '../../context';
import { audit, type Tx } from '../../shared/audit';
import { authorize, requireViewer, type Viewer } from '../../shared/auth';
import { forbidden, notFound } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { decodeKeyset, keysetCursor, pageSize, toConnection } from '../../shared/pagination';
import { FieldErrors } from '../../shared/validate';
import { notify } from '../notifications/notifications.service';
import { findIdea, getIdea } from './ideas.service';
import { LIMITS, isAuthor, mayModerate, maySeeHidden } from './ideas.policy';
import type { IdeaCommentType, IdeaType } from './ideas.type';

const columns = {
  id: ideaComments.id, ideaId: ideaComments.ideaId, authorId: ideaComments.authorId, body: ideaComments.body, bodyHtml: ideaComments.bodyHtml,
  createdAt: ideaComments.createdAt, updatedAt: ideaComments.updatedAt, hiddenReason: ideaComments.hiddenReason,
  hidden: sql<boolean>`("idea_comments"."hidden_at" is not null)`,
  edited: sql<boolean>`exists (select 1 from idea_revisions r where r.comment_id = "idea_comments"."id")`,
};
const visibleTo = (viewer: Viewer) => (maySeeHidden(viewer) ? undefined : isNull(ideaComments.hiddenAt));
// `@Name` at the start of a word: the @ inside an email address (kari@acme.no) mentions nobody
const MENTION = /(?<![\p{L}\p{N}._%+-])@([\p{L}][\p{L}'-]*)(?:\s+([\p{L}][\p{L}'-]*))?/gu;

/** Oldest first: a conversation reads from the top. */
export async function listComments(ctx: Context, idea: IdeaType, args: { first?: number | null; after?: string | null }) {
  const viewer = requireViewer(ctx);
  const limit = pageSize(args.first, 50);
  const where = and(eq(ideaComments.ideaId, idea.id), visibleTo(viewer));
  let after;
  if (args.after) {
    // the time as PostgreSQL wrote it (microseconds): a JS Date would cut it to milliseconds
    const { key, id } = decodeKeyset(args.after, 'OLDEST', 'timestamptz');
    after = sql`("idea_comments"."created_at", "idea_comments"."id") > (${key}::timestamptz, ${id})`;
  }
  const rows = await ctx.db.select({ ...columns, at: sql<string>`"idea_comments"."created_at"::text` }).from(ideaComments)
    .where(and(where, after)).orderBy(asc(ideaComments.createdAt), asc(ideaComments.id)).limit(limit + 1);
  return toConnection(rows, limit, ({ at, ...r }) => r as IdeaCommentType, (r) => keysetCursor('OLDEST', r.at, r.id), async () => {
    const [{ n }] = await ctx.db.select({ n: count() }).from(ideaComments).where(where);
    return n;
  });
}

async function findComment(ctx: Context, idArg: string): Promise<IdeaCommentType> {
  const viewer = requireViewer(ctx);
  const [row] = await ctx.db.select(columns).from(ideaComments)
    .innerJoin(ideas, eq(ideas.id, ideaComments.ideaId))
    .where(and(eq(ideaComments.id, parseId(idArg, 'id')), visibleTo(viewer), maySeeHidden(viewer) ? undefined : isNull(ideas.hiddenAt)));
  if (!row) throw notFound('The comment');
  return row as IdeaCommentType;
}

/** A comment may name at most LIMITS.mentions colleagues: one comment must not be able to notify everyone. */
function checkMentions(body: string | null, errors: FieldErrors): void {
  const mentions = body?.match(MENTION)?.length ?? 0;
  if (mentions > LIMITS.mentions) {
    errors.add('body', `At most ${LIMITS.mentions} @mentions in one comment.`, { code: 'TOO_MANY_MENTIONS', max: LIMITS.mentions });
  }
}

/** Colleagues named as `@First Last` (or `@First` when that is someone's whole name). */
async function mentionedUsers(tx: Tx, body: string): Promise<number[]> {
  const names = new Set<string>();
  for (const m of body.matchAll(MENTION)) {
    names.add(m[1].toLowerCase());
    if (m[2]) names.add(`${m[1]} ${m[2]}`.toLowerCase());
  }
  if (!names.size) return [];
  const found = await tx.select({ id: users.id }).from(users)
    .where(and(inArray(sql`lower(${users.name})`, [...names]), isNull(users.disabledAt)));
  return found.map((u) => u.id);
}

export async function commentOnIdea(ctx: Context, idArg: string, bodyArg: string): Promise<IdeaType> {
  const viewer = requireViewer(ctx);
  const idea = await findIdea(ctx, idArg);
  const errors = new FieldErrors();
  const body = errors.text(bodyArg, 'body', { max: LIMITS.comment, required: true });
  checkMentions(body, errors);
  errors.throwIfAny();
  await ctx.db.transaction(async (tx) => {
    const [comment] = await tx.insert(ideaComments)
      .values({ ideaId: idea.id, authorId: viewer.id, body: body!, bodyHtml: renderMarkdown(body!), htmlVersion: RENDER_VERSION })
      .returning({ id: ideaComments.id });
    // the comment's id, not its words: the notification shows the comment as it is now (edited, or
    // hidden) rather than a copy of its first text
    const about = { by: viewer.name, byId: viewer.id, ideaId: idea.id, commentId: comment.id, title: idea.title };
    const mentioned = await mentionedUsers(tx, body!);
    await notify(tx, mentioned, 'MENTION', about);
    // the author hears of the comment unless the mention already told them
    if (!mentioned.includes(idea.authorId)) await notify(tx, [idea.authorId], 'IDEA_COMMENT', about);
    await tx.update(ideas).set({ updatedAt: sql`now()` }).where(eq(ideas.id, idea.id));
  });
  return (await getIdea(ctx, idea.id))!;
}

export async function editComment(ctx: Context, idArg: string, bodyArg: string): Promise<IdeaCommentType> {
  const viewer = requireViewer(ctx);
  const comment = await findComment(ctx, idArg);
  if (!isAuthor(viewer, comment)) throw forbidden('Only the author can edit a comment.');
  const errors = new FieldErrors();
  const body = errors.text(bodyArg, 'body', { max: LIMITS.comment, required: true });
  checkMentions(body, errors);
  errors.throwIfAny();
  await ctx.db.transaction(async (tx) => {
    // the text being replaced, read under a row lock: concurrent edits each keep the one before
    const [current] = await tx.select({ body: ideaComments.body }).from(ideaComments).where(eq(ideaComments.id, comment.id)).for('update');
    if (body === current.body) return;
    await tx.insert(ideaRevisions).values({ commentId: comment.id, body: current.body, editedById: viewer.id });
    await tx.update(ideaComments).set({ body: body!, bodyHtml: renderMarkdown(body!), htmlVersion: RENDER_VERSION, updatedAt: sql`now()` })
      .where(eq(ideaComments.id, comment.id));
  });
  return findComment(ctx, String(comment.id));
}

export async function hideComment(ctx: Context, idArg: string, reasonArg: string): Promise<IdeaCommentType> {
  const viewer = authorize(ctx, mayModerate);
  const comment = await findComment(ctx, idArg);
  const errors = new FieldErrors();
  const reason = errors.text(reasonArg, 'reason', { max: LIMITS.reason, required: true });
  errors.throwIfAny();
  await ctx.db.transaction(async (tx) => {
    await tx.update(ideaComments).set({ hiddenAt: sql`now()`, hiddenReason: reason }).where(eq(ideaComments.id, comment.id));
    await audit(tx, { actorId: viewer.id, action: 'HIDE_IDEA_COMMENT', entityType: 'idea_comment', entityId: comment.id, detail: { reason, ideaId: comment.ideaId, body: comment.body } });
  });
  return findComment(ctx, String(comment.id));
}
