import { asc } from 'drizzle-orm';
import { products, themes } from '@chorus/db/schema';
import type { Context } from '../../context';
import { authorize } from '../../shared/auth';
import { mayBrowseCatalog } from './catalog.policy';

export function listProducts(ctx: Context) {
  authorize(ctx, mayBrowseCatalog);
  return ctx.db.select({ id: products.id, name: products.name }).from(products).orderBy(asc(products.name));
}

export function listThemes(ctx: Context) {
  authorize(ctx, mayBrowseCatalog);
  return ctx.db.select({ id: themes.id, name: themes.name }).from(themes).orderBy(asc(themes.name));
}
