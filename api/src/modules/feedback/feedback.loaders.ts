import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Db } from '@chorus/db';
import { feedback, feedbackComments } from '@chorus/db/schema';
import { auditMany } from '../../shared/audit';
import type { Viewer } from '../../shared/auth';
import type { FeedbackType } from './feedback.type';
import { feedbackSelection } from './feedback.service';

export const feedbackLoaders = (db: Db, viewer: Viewer | null) => ({
  /** feedback by id as the viewer sees it (contact visibility computed with the row) */
  feedbackById: new DataLoader<number, FeedbackType | null>(async (ids) => {
    if (!viewer) return ids.map(() => null);
    const rows = await db.select(feedbackSelection(viewer)).from(feedback).where(inArray(feedback.id, ids as number[]));
    const byId = new Map(rows.map((r) => [r.id, r as FeedbackType]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
  /**
   * Verbatims shown with the emails and phone numbers typed into them, recorded as showing a contact
   * is (customers.loaders.ts): one statement per batch, once per item and request.
   */
  unmaskedTextShown: new DataLoader<number, true>(async (feedbackIds) => {
    if (viewer) {
      await auditMany(db, feedbackIds.map((feedbackId) => ({
        actorId: viewer.id, action: 'VIEW_UNMASKED_TEXT', entityType: 'feedback', entityId: feedbackId, detail: {},
      })));
    }
    return feedbackIds.map(() => true as const);
  }),
  /** a comment's current text, for what notifications show of it (feedback comments are never hidden) */
  feedbackCommentById: new DataLoader<number, { body: string; hidden: boolean } | null>(async (ids) => {
    const rows = await db.select({ id: feedbackComments.id, body: feedbackComments.body }).from(feedbackComments)
      .where(inArray(feedbackComments.id, ids as number[]));
    const byId = new Map(rows.map((r) => [r.id, { body: r.body, hidden: false }]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
});
