import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ProductType, ThemeType } from './catalog.type';
import { listProducts, listThemes } from './catalog.service';

@Resolver()
export class CatalogResolver {
  @Query(() => [ProductType], { description: 'Every product, by name.' })
  products(@Ctx() ctx: Context) {
    return listProducts(ctx);
  }

  @Query(() => [ThemeType], { description: 'Every theme, by name.' })
  themes(@Ctx() ctx: Context) {
    return listThemes(ctx);
  }
}
