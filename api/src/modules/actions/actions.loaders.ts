import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';
import type { Db } from '@chorus/db';
import { actionItems, followUps } from '@chorus/db/schema';
import { groupBy } from '../../shared/loaders';
import { actionItemColumns } from './actions.service';
import type { ActionItemType, FollowUpType } from './actions.type';

export const actionLoaders = (db: Db) => ({
  actionItemById: new DataLoader<number, ActionItemType | null>(async (ids) => {
    const rows = await db.select(actionItemColumns).from(actionItems).where(inArray(actionItems.id, ids as number[]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
  actionItemsByIdeaId: new DataLoader<number, ActionItemType[]>(async (ids) => {
    const rows = await db.select(actionItemColumns).from(actionItems)
      .where(inArray(actionItems.ideaId, ids as number[])).orderBy(asc(actionItems.createdAt));
    return groupBy(ids, rows, (r) => r.ideaId!);
  }),
  /** an item's log, oldest first: it reads as what happened */
  followUpsByActionItemId: new DataLoader<number, FollowUpType[]>(async (ids) => {
    const rows = await db.select().from(followUps).where(inArray(followUps.actionItemId, ids as number[]))
      .orderBy(asc(followUps.createdAt), asc(followUps.id));
    return groupBy(ids, rows, (r) => r.actionItemId);
  }),
});
