// The forum's ideas: listing, reading, posting, editing (the earlier version kept) and voting.
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { departments, feedback, ideaFeedback, ideaRevisions, ideaStatusChanges, ideaVotes, ideas } from '@chorus/db/schema';
import type { Context } from '../../context';
import { requireViewer } from '../../shared/auth';
import { badInput, forbidden, notFound } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { detectLanguage } from '../../shared/language';
import { RENDER_VERSION, renderMarkdown } from '@chorus/db';
import { decodeKeyset, keysetCursor, pageSize, toConnection } from '../../shared/pagination';
import { FieldErrors } from '../../shared/validate';
import type { EditIdeaInput, IdeaFilter, IdeaSort, PostIdeaInput } from './ideas.inputs';
import { afterIdeaCursor, ideaColumns, ideaConditions, ideaSort, visibleTo } from './ideas.query';
import { LIMITS, isAuthor, mayBecomeActionItem, mayChangeStatus } from './ideas.policy';
import type { IdeaType } from './ideas.type';

export async function listIdeas(
  ctx: Context,
  args: { filter?: IdeaFilter | null; orderBy?: IdeaSort | null; first?: number | null; after?: string | null },
) {
  const viewer = requireViewer(ctx);
  const limit = pageSize(args.first);
  let asOf = new Date();
  let cursor;
  if (args.after) {
    const provisional = ideaSort(args.orderBy, asOf);
    cursor = decodeKeyset(args.after, provisional.name, provisional.cast, 1);
    // TRENDING is computed as of the first page, so paging does not reshuffle
    asOf = new Date(cursor.extra[0]);
    // a cursor lives for a browsing session, not for weeks, and never comes from the future
    const age = Date.now() - asOf.getTime();
    if (Number.isNaN(age) || age < -60_000 || age > 7 * 86_400_000) throw badInput({ after: 'This cursor has expired; start from the first page.' });
  }
  const sort = ideaSort(args.orderBy, asOf);
  const where = and(visibleTo(viewer), ideaConditions(args.filter));
  const rows = await ctx.db
    .select({ ...ideaColumns(viewer), sortKey: sql<string>`(${sort.key})::text` })
    .from(ideas)
    .where(and(where, cursor ? afterIdeaCursor(sort, cursor.key, cursor.id) : undefined))
    .orderBy(desc(sort.key), desc(ideas.id))
    .limit(limit + 1);
  return toConnection(rows, limit, ({ sortKey, ...idea }) => idea as IdeaType, (r) => keysetCursor(sort.name, r.sortKey, r.id, asOf.toISOString()), async () => {
    const [{ n }] = await ctx.db.select({ n: count() }).from(ideas).where(where);
    return n;
  });
}

/** The idea as the viewer may see it, or null (unknown, or hidden from them). */
export async function getIdea(ctx: Context, id: number): Promise<IdeaType | null> {
  const viewer = requireViewer(ctx);
  const [row] = await ctx.db.select(ideaColumns(viewer)).from(ideas).where(and(eq(ideas.id, id), visibleTo(viewer)));
  return (row as IdeaType | undefined) ?? null;
}

/**
 * The idea a mutation acts on. A hidden idea can still be read by ADMINs but no longer changed,
 * voted on or commented on: that would notify people about content that is gone for them.
 */
export async function findIdea(ctx: Context, idArg: string, field = 'id'): Promise<IdeaType> {
  const idea = await getIdea(ctx, parseId(idArg, field));
  if (!idea) throw notFound('The idea');
  if (idea.hidden) throw forbidden('A hidden idea cannot be changed.');
  return idea;
}

/** Feedback ids given as evidence, each checked to exist. */
async function evidence(ctx: Context, ids: string[] | null | undefined, errors: FieldErrors): Promise<number[]> {
  if (!ids?.length) return [];
  if (ids.length > LIMITS.evidence) {
    errors.add('feedbackIds', `At most ${LIMITS.evidence} feedback items.`, { code: 'TOO_MANY', max: LIMITS.evidence });
    return [];
  }
  const parsed = ids.map((v, i) => errors.id(v, `feedbackIds.${i}`) ?? 0);
  const found = new Set((await ctx.db.select({ id: feedback.id }).from(feedback).where(inArray(feedback.id, parsed.filter(Boolean))))
    .map((r) => r.id));
  parsed.forEach((id, i) => { if (id && !found.has(id)) errors.add(`feedbackIds.${i}`, 'Unknown feedback.', { code: 'UNKNOWN_FEEDBACK', id }); });
  return [...new Set(parsed.filter((id) => found.has(id)))];
}

export async function postIdea(ctx: Context, input: PostIdeaInput): Promise<IdeaType> {
  const viewer = requireViewer(ctx);
  const errors = new FieldErrors();
  const title = errors.text(input.title, 'title', { max: LIMITS.title, required: true });
  const body = errors.text(input.body, 'body', { max: LIMITS.body, required: true });
  const category = errors.text(input.category, 'category', { max: LIMITS.category });
  let departmentId = 0;
  const departmentKey = errors.id(input.departmentId, 'departmentId');
  if (departmentKey !== null) {
    const [dep] = await ctx.db.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentKey));
    if (dep) departmentId = dep.id;
    else errors.add('departmentId', 'Unknown department.', { code: 'UNKNOWN_DEPARTMENT' });
  }
  const feedbackIds = await evidence(ctx, input.feedbackIds, errors);
  errors.throwIfAny();

  const id = await ctx.db.transaction(async (tx) => {
    const [idea] = await tx.insert(ideas).values({
      title: title!, body: body!, bodyHtml: renderMarkdown(body!), htmlVersion: RENDER_VERSION, category, departmentId, authorId: viewer.id, language: detectLanguage(`${title} ${body}`),
    }).returning({ id: ideas.id });
    // the posting opens the timeline
    await tx.insert(ideaStatusChanges).values({ ideaId: idea.id, fromStatus: null, toStatus: 'NEW', changedById: viewer.id });
    if (feedbackIds.length) await tx.insert(ideaFeedback).values(feedbackIds.map((feedbackId) => ({ ideaId: idea.id, feedbackId })));
    return idea.id;
  });
  return (await getIdea(ctx, id))!;
}

export async function editIdea(ctx: Context, input: EditIdeaInput): Promise<IdeaType> {
  const viewer = requireViewer(ctx);
  const idea = await findIdea(ctx, input.id);
  if (!isAuthor(viewer, idea)) throw forbidden('Only the author can edit an idea.');
  const errors = new FieldErrors();
  const title = input.title == null ? idea.title : errors.text(input.title, 'title', { max: LIMITS.title, required: true });
  const body = input.body == null ? idea.body : errors.text(input.body, 'body', { max: LIMITS.body, required: true });
  const category = input.category === undefined ? idea.category : errors.text(input.category, 'category', { max: LIMITS.category });
  const feedbackIds = input.feedbackIds ? await evidence(ctx, input.feedbackIds, errors) : null;
  errors.throwIfAny();

  await ctx.db.transaction(async (tx) => {
    // the version being replaced, read under a row lock: concurrent edits each keep the one before
    const [current] = await tx.select({ title: ideas.title, body: ideas.body }).from(ideas).where(eq(ideas.id, idea.id)).for('update');
    if (title !== current.title || body !== current.body) {
      await tx.insert(ideaRevisions).values({ ideaId: idea.id, title: current.title, body: current.body, editedById: viewer.id });
    }
    await tx.update(ideas).set({ title: title!, body: body!, bodyHtml: renderMarkdown(body!), htmlVersion: RENDER_VERSION, category, language: detectLanguage(`${title} ${body}`), updatedAt: sql`now()` })
      .where(eq(ideas.id, idea.id));
    if (feedbackIds) {
      await tx.delete(ideaFeedback).where(eq(ideaFeedback.ideaId, idea.id));
      if (feedbackIds.length) await tx.insert(ideaFeedback).values(feedbackIds.map((feedbackId) => ({ ideaId: idea.id, feedbackId })));
    }
  });
  return (await getIdea(ctx, idea.id))!;
}

/** One vote per person, whatever the concurrency: the primary key (idea, user) decides. */
export async function vote(ctx: Context, idArg: string, on: boolean): Promise<IdeaType> {
  const viewer = requireViewer(ctx);
  const idea = await findIdea(ctx, idArg);
  if (on) await ctx.db.insert(ideaVotes).values({ ideaId: idea.id, userId: viewer.id }).onConflictDoNothing();
  else await ctx.db.delete(ideaVotes).where(and(eq(ideaVotes.ideaId, idea.id), eq(ideaVotes.userId, viewer.id)));
  return (await getIdea(ctx, idea.id))!;
}

/** An idea referred to from elsewhere (an action item), as the viewer may see it. */
export function ideaOf(ctx: Context, id: number | null): Promise<IdeaType | null> | null {
  return id === null ? null : ctx.loaders.ideaById.load(id);
}

// Requests that have asked for a preview: rendering is the one markdown work left on a read path, so
// aliases must not multiply it.
const previewed = new WeakSet<object>();

/** The editor's preview: rendered exactly as bodyHtml will be, within the body's limit, once per request. */
export function previewMarkdown(ctx: Context, markdown: string): string {
  requireViewer(ctx);
  const errors = new FieldErrors();
  errors.text(markdown, 'markdown', { max: LIMITS.body });
  if (previewed.has(ctx.req)) errors.add('markdown', 'One preview per request.', { code: 'ONE_PER_REQUEST' });
  errors.throwIfAny();
  previewed.add(ctx.req);
  return renderMarkdown(markdown);
}

/**
 * The idea an action item is made from: visible, still changeable, decided on by the viewer (a LEAD
 * of its department or an ADMIN, else FORBIDDEN) and accepted (else a reason on `field`).
 */
export async function ideaForActionItem(ctx: Context, idArg: string, field: string, errors: FieldErrors): Promise<IdeaType> {
  const viewer = requireViewer(ctx);
  const idea = await findIdea(ctx, idArg, field);
  if (!mayChangeStatus(viewer, idea)) throw forbidden("Only a lead of the idea's department or an admin can act on it.");
  if (!mayBecomeActionItem(idea.status)) errors.add(field, 'Only an accepted idea becomes an action item.', { code: 'NOT_ACCEPTED' });
  return idea;
}
