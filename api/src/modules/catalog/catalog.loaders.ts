import DataLoader from 'dataloader';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@chorus/db';
import { feedbackThemes, products, surveys, themes } from '@chorus/db/schema';
import { byIdLoader, groupBy } from '../../shared/loaders';

export const catalogLoaders = (db: Db) => ({
  productById: byIdLoader(db, products),
  surveyById: byIdLoader(db, surveys),
  themeById: byIdLoader(db, themes),
  /** the themes of many feedback items in one statement */
  themesByFeedbackId: new DataLoader<number, { id: number; name: string }[]>(async (ids) => {
    const rows = await db
      .select({ feedbackId: feedbackThemes.feedbackId, id: themes.id, name: themes.name })
      .from(feedbackThemes)
      .innerJoin(themes, eq(themes.id, feedbackThemes.themeId))
      .where(inArray(feedbackThemes.feedbackId, ids as number[]))
      .orderBy(themes.name);
    return groupBy(ids, rows, (r) => r.feedbackId).map((list) => list.map(({ id, name }) => ({ id, name })));
  }),
});
