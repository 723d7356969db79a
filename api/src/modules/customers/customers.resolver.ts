import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { CustomerType } from './customers.type';
import { listRegions, searchCustomers } from './customers.service';

@Resolver(() => CustomerType)
export class CustomerResolver {
  @Query(() => [CustomerType], { description: 'Customers whose name contains `search`, by name.' })
  customers(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
  ) {
    return searchCustomers(ctx, search, first);
  }

  @Query(() => [String], { description: 'Every region a customer is in.' })
  regions(@Ctx() ctx: Context) {
    return listRegions(ctx);
  }
}
