import DataLoader from 'dataloader';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@chorus/db';
import { feedback, ideaComments, ideaFeedback, ideaStatusChanges, ideas } from '@chorus/db/schema';
import type { Viewer } from '../../shared/auth';
import { groupBy } from '../../shared/loaders';
import { feedbackSelection } from '../feedback/feedback.service';
import type { FeedbackType } from '../feedback/feedback.type';
import { ideaColumns, visibleTo } from './ideas.query';
import type { IdeaStatusChangeType, IdeaType } from './ideas.type';

export const ideaLoaders = (db: Db, viewer: Viewer | null) => ({
  /** ideas as the viewer may see them (hidden ones only for ADMINs) */
  ideaById: new DataLoader<number, IdeaType | null>(async (ids) => {
    if (!viewer) return ids.map(() => null);
    const rows = await db.select(ideaColumns(viewer)).from(ideas).where(and(inArray(ideas.id, ids as number[]), visibleTo(viewer)));
    const byId = new Map(rows.map((r) => [r.id, r as IdeaType]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
  /** a comment's current text, for what notifications show of it */
  ideaCommentById: new DataLoader<number, { body: string; hidden: boolean } | null>(async (ids) => {
    const rows = await db.select({ id: ideaComments.id, body: ideaComments.body, hiddenAt: ideaComments.hiddenAt })
      .from(ideaComments).where(inArray(ideaComments.id, ids as number[]));
    const byId = new Map(rows.map((r) => [r.id, { body: r.body, hidden: r.hiddenAt !== null }]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
  timelineByIdeaId: new DataLoader<number, IdeaStatusChangeType[]>(async (ids) => {
    const rows = await db.select().from(ideaStatusChanges).where(inArray(ideaStatusChanges.ideaId, ids as number[]))
      .orderBy(asc(ideaStatusChanges.createdAt), asc(ideaStatusChanges.id));
    return groupBy(ids, rows, (r) => r.ideaId);
  }),
  /** the feedback given as evidence, as the viewer may see it */
  evidenceByIdeaId: new DataLoader<number, FeedbackType[]>(async (ids) => {
    if (!viewer) return ids.map(() => []);
    const rows = await db.select({ ideaId: ideaFeedback.ideaId, ...feedbackSelection(viewer) }).from(ideaFeedback)
      .innerJoin(feedback, eq(feedback.id, ideaFeedback.feedbackId))
      .where(inArray(ideaFeedback.ideaId, ids as number[])).orderBy(asc(feedback.receivedAt));
    return groupBy(ids, rows, (r) => r.ideaId).map((list) => list.map(({ ideaId, ...f }) => f as FeedbackType));
  }),
});
