import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';
import type { Db } from '@chorus/db';
import { actionItems, followUps, slaPolicies } from '@chorus/db/schema';
import { groupBy } from '../../shared/loaders';
import { actionItemColumns } from './actions.service';
import type { ActionItemType, FollowUpType } from './actions.type';

export type SlaPolicyRow = typeof slaPolicies.$inferSelect;

export function actionLoaders(db: Db) {
  let policies: Promise<SlaPolicyRow[]> | undefined;
  return {
    /** the SLA policies, read once per request however many items need them */
    slaPolicies: () => (policies ??= db.select().from(slaPolicies).execute()),
    actionItemById: new DataLoader<number, ActionItemType | null>(async (ids) => {
      const rows = await db.select(actionItemColumns).from(actionItems).where(inArray(actionItems.id, ids as number[]));
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    actionItemsByIdeaId: new DataLoader<number, ActionItemType[]>(async (ids) => {
      const rows = await db.select(actionItemColumns).from(actionItems)
        .where(inArray(actionItems.ideaId, ids as number[])).orderBy(asc(actionItems.createdAt), asc(actionItems.id));
      return groupBy(ids, rows, (r) => r.ideaId!);
    }),
    actionItemsByFeedbackId: new DataLoader<number, ActionItemType[]>(async (ids) => {
      const rows = await db.select(actionItemColumns).from(actionItems)
        .where(inArray(actionItems.feedbackId, ids as number[])).orderBy(asc(actionItems.createdAt), asc(actionItems.id));
      return groupBy(ids, rows, (r) => r.feedbackId!);
    }),
    /** an item's log, oldest first: it reads as what happened */
    followUpsByActionItemId: new DataLoader<number, FollowUpType[]>(async (ids) => {
      const rows = await db.select().from(followUps).where(inArray(followUps.actionItemId, ids as number[]))
        .orderBy(asc(followUps.createdAt), asc(followUps.id));
      return groupBy(ids, rows, (r) => r.actionItemId);
    }),
  };
}
