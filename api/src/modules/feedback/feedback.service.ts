import { and, asc, count, desc, sql } from 'drizzle-orm';
import { feedback } from '@chorus/db/schema';
import type { Context } from '../../context';
import { requireViewer, type Viewer } from '../../shared/auth';
import { parseId } from '../../shared/ids';
import { decodeKeyset, keysetCursor, pageSize, toConnection, type ConnectionShape } from '../../shared/pagination';
import { contactFor, customerById } from '../customers/customers.service';
import { departmentOf } from '../org/org.service';
import { mayViewContact } from '../customers/customers.policy';
import { SortDirection, type FeedbackFilter, type FeedbackOrder } from './feedback.inputs';
import { afterCursor, feedbackConditions, feedbackSort } from './feedback.query';
import type { FeedbackType } from './feedback.type';

// Every column but the search document, which is large and never sent out.
export const feedbackColumns = {
  id: feedback.id, receivedAt: feedback.receivedAt, channel: feedback.channel, kind: feedback.kind,
  category: feedback.category, npsScore: feedback.npsScore, csatScore: feedback.csatScore,
  cesScore: feedback.cesScore, repurchaseScore: feedback.repurchaseScore, crossBuyScore: feedback.crossBuyScore,
  npsGroup: feedback.npsGroup, text: feedback.text, textMasked: feedback.textMasked, language: feedback.language, sentiment: feedback.sentiment,
  loopStatus: feedback.loopStatus, source: feedback.source, customerId: feedback.customerId,
  contactId: feedback.contactId, productId: feedback.productId, surveyId: feedback.surveyId,
  departmentId: feedback.departmentId,
};

/** Computed with the row so that deciding who sees the contact costs no statement of its own. */
// (Qualified by hand: drizzle leaves columns of a one-table select unqualified, which inside the
// subquery would mean action_items.id.)
export const viewerIsAssignee = (viewer: Viewer) => sql<boolean>`exists (
  select 1 from action_items ai where ai.feedback_id = "feedback"."id"
  and ai.assignee_id = ${viewer.id} and ai.status in ('OPEN', 'IN_PROGRESS'))`;

/** What every read of feedback selects for a viewer, wherever it happens (list, item, loaders). */
export const feedbackSelection = (viewer: Viewer) => ({ ...feedbackColumns, viewerIsAssignee: viewerIsAssignee(viewer) });

export async function listFeedback(
  ctx: Context,
  args: { filter?: FeedbackFilter | null; orderBy?: FeedbackOrder | null; first?: number | null; after?: string | null },
): Promise<ConnectionShape<FeedbackType>> {
  const viewer = requireViewer(ctx);
  const limit = pageSize(args.first);
  const where = feedbackConditions(args.filter);
  const sort = feedbackSort(args.orderBy, args.filter?.search?.trim() || undefined);
  let cursorCond;
  if (args.after) {
    const { key, id } = decodeKeyset(args.after, sort.name, sort.cast);
    cursorCond = afterCursor(sort, key, id);
  }
  const dir = sort.direction === SortDirection.DESC ? desc : asc;
  const rows = await ctx.db
    .select({ ...feedbackSelection(viewer), sortKey: sql<string>`(${sort.key})::text` })
    .from(feedback)
    .where(and(where, cursorCond))
    .orderBy(dir(sort.key), dir(feedback.id))
    .limit(limit + 1);
  return toConnection(
    rows,
    limit,
    ({ sortKey, ...row }) => row,
    (row) => keysetCursor(sort.name, row.sortKey, row.id),
    async () => {
      const [{ n }] = await ctx.db.select({ n: count() }).from(feedback).where(where);
      return n;
    },
  );
}

export async function getFeedback(ctx: Context, idArg: string): Promise<FeedbackType | null> {
  requireViewer(ctx);
  return ctx.loaders.feedbackById.load(parseId(idArg, 'id'));
}

/**
 * The verbatim, with typed-in emails and phone numbers masked for those who may not see contacts: the
 * masked form was computed when the feedback was stored, so reading it costs nothing.
 */
export async function feedbackText(ctx: Context, item: FeedbackType): Promise<string | null> {
  const viewer = requireViewer(ctx);
  if (!mayViewContact(viewer, item)) return item.textMasked;
  // a verbatim with personal data typed into it: showing it is recorded, as showing a contact is
  if (item.text !== item.textMasked) await ctx.loaders.unmaskedTextShown.load(item.id);
  return item.text;
}

export function feedbackContact(ctx: Context, item: FeedbackType) {
  return contactFor(ctx, item.contactId, item);
}

export const load = {
  themes: (ctx: Context, item: FeedbackType) => ctx.loaders.themesByFeedbackId.load(item.id),
  department: (ctx: Context, item: FeedbackType) => departmentOf(ctx, item.departmentId),
  product: (ctx: Context, item: FeedbackType) => item.productId === null ? null : ctx.loaders.productById.load(item.productId),
  survey: (ctx: Context, item: FeedbackType) => item.surveyId === null ? null : ctx.loaders.surveyById.load(item.surveyId),
  customer: (ctx: Context, item: FeedbackType) => customerById(ctx, item.customerId),
};
