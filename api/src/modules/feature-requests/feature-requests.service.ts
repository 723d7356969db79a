// Feature requests: the list product teams rank by demand, one request (a merged one resolves to the
// request it went into), creating, linking feedback, and merging duplicates. Status changes and "tell
// the customers" are in status.service.ts; who may do what is feature-requests.policy.ts's to say.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { featureRequestFeedback, featureRequests, featureRequestStatusChanges, feedback, products } from '@chorus/db/schema';
import type { Context } from '../../context';
import { audit } from '../../shared/audit';
import { authorize, requireViewer, type Viewer } from '../../shared/auth';
import { badInput, forbidden, notFound } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { decodeKeyset, keysetCursor, pageSize, toConnection } from '../../shared/pagination';
import { FieldErrors } from '../../shared/validate';
import type { CreateFeatureRequestInput, FeatureRequestFilter, FeatureRequestOrder } from './feature-requests.inputs';
import { LIMITS, mayLinkFeedback, mayManageFeatureRequests, mayReadFeatureRequests } from './feature-requests.policy';
import {
  afterRequestCursor, checkFilter, requestConditions, requestSort, requestsWithFigures, scopeOf, toRequest, type RequestRow,
} from './feature-requests.query';
import type { FeatureRequestType } from './feature-requests.type';

export async function listFeatureRequests(
  ctx: Context,
  args: { filter?: FeatureRequestFilter | null; orderBy?: FeatureRequestOrder | null; first?: number | null; after?: string | null },
) {
  authorize(ctx, mayReadFeatureRequests);
  const limit = pageSize(args.first);
  if (args.filter) checkFilter(args.filter);
  const sort = requestSort(args.orderBy);
  const cursor = args.after ? decodeKeyset(args.after, sort.name, sort.cast) : null;
  const scope = scopeOf(args.filter);
  const table = requestsWithFigures(requestConditions(args.filter), scope);
  const min = args.filter?.minCustomers ? sql`customer_count >= ${args.filter.minCustomers}` : undefined;
  const dir = sql.raw(sort.direction);
  const rows = await ctx.db.execute<RequestRow & { sort_key: string }>(sql`
    select *, (${sort.key})::text as sort_key from ${table} t
    where ${and(min, cursor ? afterRequestCursor(sort, cursor.key, cursor.id) : undefined) ?? sql`true`}
    order by ${sort.key} ${dir}, id ${dir} limit ${limit + 1}`);
  return toConnection([...rows], limit, (r) => toRequest(r, scope), (r) => keysetCursor(sort.name, r.sort_key, Number(r.id)), async () => {
    const [{ n }] = await ctx.db.execute<{ n: number }>(sql`select count(*)::int as n from ${table} t where ${min ?? sql`true`}`);
    return n;
  });
}

/** Requests by id with every link counted, for loaders; a merged id gives the request it went into. */
export async function requestsByIds(ctx: Pick<Context, 'db'>, ids: readonly number[]): Promise<Map<number, FeatureRequestType>> {
  if (!ids.length) return new Map();
  const rows = await ctx.db.execute<RequestRow & { asked: string }>(sql`
    select t.*, a.asked from (select id as asked, coalesce(merged_into_id, id) as resolved from feature_requests
      where ${inArray(sql`id`, [...ids])}) a
    join ${requestsWithFigures(sql`r.id in (select coalesce(merged_into_id, id) from feature_requests where ${inArray(sql`id`, [...ids])})`, {})} t
      on t.id = a.resolved`);
  return new Map(rows.map((r) => [Number(r.asked), toRequest(r, {})]));
}

/** The request (or the one it was merged into), or null. */
export async function getFeatureRequest(ctx: Context, idArg: string, field = 'id'): Promise<FeatureRequestType | null> {
  authorize(ctx, mayReadFeatureRequests);
  return ctx.loaders.featureRequestById.load(parseId(idArg, field));
}

/** The request a mutation acts on (a merged id acts on the request it went into), else NOT_FOUND. */
export async function findFeatureRequest(ctx: Context, idArg: string, field = 'id'): Promise<FeatureRequestType> {
  const request = await getFeatureRequest(ctx, idArg, field);
  if (!request) throw notFound('The feature request');
  return request;
}

/** Whether the viewer decides on requests: their own department says if they are the product team. */
export async function mayManage(ctx: Context, viewer: Viewer = requireViewer(ctx)): Promise<boolean> {
  const department = viewer.departmentId === null ? null : await ctx.loaders.departmentById.load(viewer.departmentId);
  return mayManageFeatureRequests(viewer, department);
}

/** The viewer, when they may decide on requests; FORBIDDEN before anything is read otherwise. */
export async function authorizeManage(ctx: Context, message = 'Only the product team’s leads or an admin can do this.'): Promise<Viewer> {
  const viewer = requireViewer(ctx);
  if (!(await mayManage(ctx, viewer))) throw forbidden(message);
  return viewer;
}

export async function createFeatureRequest(ctx: Context, input: CreateFeatureRequestInput): Promise<FeatureRequestType> {
  const viewer = await authorizeManage(ctx);
  const errors = new FieldErrors();
  const title = errors.text(input.title, 'title', { max: LIMITS.title, required: true });
  const description = errors.text(input.description, 'description', { max: LIMITS.description });
  const productId = errors.id(input.productId, 'productId');
  if (productId !== null && !(await ctx.db.select({ id: products.id }).from(products).where(eq(products.id, productId))).length) {
    errors.add('productId', 'Unknown product.', { code: 'UNKNOWN_PRODUCT' });
  }
  const feedbackIds = await knownFeedback(ctx, input.feedbackIds, errors);
  errors.throwIfAny();
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(featureRequests).values({ title: title!, description, productId: productId!, createdById: viewer.id })
      .returning({ id: featureRequests.id });
    // the creation opens the timeline
    await tx.insert(featureRequestStatusChanges).values({ featureRequestId: row.id, fromStatus: null, toStatus: 'UNDER_REVIEW', changedById: viewer.id });
    // made from the feedback asking for it ("create new" on the feedback page): linked in the same breath
    if (feedbackIds.length) {
      await tx.execute(sql`insert into feature_request_feedback (feature_request_id, feedback_id, linked_by_id)
        select ${row.id}, id, ${viewer.id} from unnest(${sql`array[${sql.join(feedbackIds.map((id) => sql`${id}`), sql`, `)}]::bigint[]`}) as id`);
    }
    await audit(tx, { actorId: viewer.id, action: 'CREATE_FEATURE_REQUEST', entityType: 'feature_request', entityId: row.id, detail: { title, feedbackIds } });
    return row.id;
  });
  return (await requestsByIds(ctx, [id])).get(id)!;
}

/** Feedback ids given with a new request, each checked to exist (a reason on `feedbackIds.<i>` otherwise). */
async function knownFeedback(ctx: Context, ids: string[] | null | undefined, errors: FieldErrors): Promise<number[]> {
  if (!ids?.length) return [];
  if (ids.length > LIMITS.feedbackIds) {
    errors.add('feedbackIds', `At most ${LIMITS.feedbackIds} feedback items.`, { code: 'TOO_MANY', max: LIMITS.feedbackIds });
    return [];
  }
  const parsed = ids.map((v, i) => errors.id(v, `feedbackIds.${i}`) ?? 0);
  const found = new Set((await ctx.db.select({ id: feedback.id }).from(feedback).where(inArray(feedback.id, parsed.filter(Boolean)))).map((r) => r.id));
  parsed.forEach((id, i) => { if (id && !found.has(id)) errors.add(`feedbackIds.${i}`, 'Unknown feedback.', { code: 'UNKNOWN_FEEDBACK', id }); });
  return [...new Set(parsed.filter((id) => found.has(id)))];
}

/** The feedback a link names, or a reason on `feedbackId`. */
async function linkableFeedback(ctx: Context, idArg: string): Promise<number> {
  const errors = new FieldErrors();
  const id = errors.id(idArg, 'feedbackId');
  if (id !== null && !(await ctx.db.select({ id: feedback.id }).from(feedback).where(eq(feedback.id, id))).length) {
    errors.add('feedbackId', 'Unknown feedback.', { code: 'UNKNOWN_FEEDBACK', id });
  }
  errors.throwIfAny();
  return id!;
}

/** Links feedback to the request (to the one it was merged into, if it was); linking twice changes nothing. */
export async function linkFeedback(ctx: Context, requestArg: string, feedbackArg: string): Promise<FeatureRequestType> {
  const viewer = authorize(ctx, mayLinkFeedback);
  const request = await findFeatureRequest(ctx, requestArg, 'featureRequestId');
  const feedbackId = await linkableFeedback(ctx, feedbackArg);
  await ctx.db.transaction(async (tx) => {
    // the request's row lock orders this against a merge of it, which moves its links
    const [current] = await tx.select({ mergedIntoId: featureRequests.mergedIntoId }).from(featureRequests)
      .where(eq(featureRequests.id, request.id)).for('update');
    const target = current.mergedIntoId ?? request.id;
    const added = await tx.execute(sql`insert into feature_request_feedback (feature_request_id, feedback_id, linked_by_id)
      values (${target}, ${feedbackId}, ${viewer.id}) on conflict do nothing returning feedback_id`);
    if (added.length) await audit(tx, { actorId: viewer.id, action: 'LINK_FEATURE_REQUEST', entityType: 'feature_request', entityId: target, detail: { feedbackId } });
  });
  return (await requestsByIds(ctx, [request.id])).get(request.id)!;
}

export async function unlinkFeedback(ctx: Context, requestArg: string, feedbackArg: string): Promise<FeatureRequestType> {
  const viewer = authorize(ctx, mayLinkFeedback);
  const request = await findFeatureRequest(ctx, requestArg, 'featureRequestId');
  const errors = new FieldErrors();
  const feedbackId = errors.id(feedbackArg, 'feedbackId');
  errors.throwIfAny();
  await ctx.db.transaction(async (tx) => {
    // as linking: after a merge that committed meanwhile, the link is the target's
    const [current] = await tx.select({ mergedIntoId: featureRequests.mergedIntoId }).from(featureRequests)
      .where(eq(featureRequests.id, request.id)).for('update');
    const target = current.mergedIntoId ?? request.id;
    const removed = await tx.delete(featureRequestFeedback)
      .where(and(eq(featureRequestFeedback.featureRequestId, target), eq(featureRequestFeedback.feedbackId, feedbackId!)))
      .returning({ feedbackId: featureRequestFeedback.feedbackId });
    if (removed.length) await audit(tx, { actorId: viewer.id, action: 'UNLINK_FEATURE_REQUEST', entityType: 'feature_request', entityId: target, detail: { feedbackId } });
  });
  return (await requestsByIds(ctx, [request.id])).get(request.id)!;
}

const mergeRefused = (field: 'sourceId' | 'targetId', message: string, code: string) => badInput({ [field]: message }, { [field]: { code } });

/**
 * Moves the source's links to the target (a feedback linked to both is then linked once), marks the
 * source merged into the target, and re-points requests merged into the source earlier, so an id
 * always resolves in one step. Both rows are locked in id order: two merges never deadlock, and a
 * merge racing another sees what the other left.
 */
export async function mergeFeatureRequests(ctx: Context, sourceArg: string, targetArg: string): Promise<FeatureRequestType> {
  const viewer = await authorizeManage(ctx);
  const errors = new FieldErrors();
  const sourceId = errors.id(sourceArg, 'sourceId');
  const targetId = errors.id(targetArg, 'targetId');
  errors.throwIfAny();
  if (sourceId === targetId) throw mergeRefused('targetId', 'A request cannot be merged into itself.', 'SAME_REQUEST');
  await ctx.db.transaction(async (tx) => {
    const rows = await tx.select({ id: featureRequests.id, mergedIntoId: featureRequests.mergedIntoId, title: featureRequests.title })
      .from(featureRequests).where(inArray(featureRequests.id, [sourceId!, targetId!])).orderBy(featureRequests.id).for('update');
    const source = rows.find((r) => r.id === sourceId);
    const target = rows.find((r) => r.id === targetId);
    if (!source) throw notFound('The source request');
    if (!target) throw notFound('The target request');
    if (source.mergedIntoId !== null) throw mergeRefused('sourceId', 'This request was already merged into another.', 'ALREADY_MERGED');
    if (target.mergedIntoId !== null) throw mergeRefused('targetId', 'This request was merged into another: merge into that one.', 'ALREADY_MERGED');
    await tx.execute(sql`insert into feature_request_feedback (feature_request_id, feedback_id, linked_by_id, linked_at)
      select ${target.id}, feedback_id, linked_by_id, linked_at from feature_request_feedback where feature_request_id = ${source.id}
      on conflict do nothing`);
    await tx.delete(featureRequestFeedback).where(eq(featureRequestFeedback.featureRequestId, source.id));
    await tx.update(featureRequests).set({ mergedIntoId: target.id, mergedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(featureRequests.id, source.id));
    await tx.update(featureRequests).set({ mergedIntoId: target.id }).where(eq(featureRequests.mergedIntoId, source.id));
    await tx.update(featureRequests).set({ updatedAt: sql`now()` }).where(eq(featureRequests.id, target.id));
    await audit(tx, { actorId: viewer.id, action: 'MERGE_FEATURE_REQUEST', entityType: 'feature_request', entityId: target.id, detail: { sourceId: source.id, sourceTitle: source.title } });
  });
  return (await requestsByIds(ctx, [targetId!])).get(targetId!)!;
}

/** Cursors of the linked feedback are the inbox's newest-first cursors (the same key, the same order). */
const LINKED_ORDER = 'RECEIVED_AT:DESC';

/** A request's linked feedback, newest first: a page for many requests costs the same few statements. */
export async function linkedFeedback(ctx: Context, requestId: number, args: { first?: number | null; after?: string | null }) {
  authorize(ctx, mayReadFeatureRequests);
  const limit = pageSize(args.first);
  const after = args.after ? decodeKeyset(args.after, LINKED_ORDER, 'timestamptz') : null;
  const page = await ctx.loaders.linkedFeedbackPage(limit, after && { key: after.key, id: after.id }).load(requestId);
  return toConnection(page.rows, limit, (r) => r.node, (r) => keysetCursor(LINKED_ORDER, r.sortKey, r.feedbackId), async () => page.total);
}
