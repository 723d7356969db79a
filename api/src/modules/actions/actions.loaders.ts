import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';
import type { Db } from '@chorus/db';
import { actionItems } from '@chorus/db/schema';
import { groupBy } from '../../shared/loaders';
import { actionItemColumns } from './actions.service';
import type { ActionItemType } from './actions.type';

export const actionLoaders = (db: Db) => ({
  actionItemsByIdeaId: new DataLoader<number, ActionItemType[]>(async (ids) => {
    const rows = await db.select(actionItemColumns).from(actionItems)
      .where(inArray(actionItems.ideaId, ids as number[])).orderBy(asc(actionItems.createdAt));
    return groupBy(ids, rows, (r) => r.ideaId!);
  }),
});
