import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { DepartmentType, UserType } from './org.type';
import { departmentOf, listDepartments, searchUsers } from './org.service';

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => [UserType], { description: 'Colleagues whose name contains search, by name (for @mentions and pickers).' })
  users(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first?: number,
  ) {
    return searchUsers(ctx, search, first);
  }

  @FieldResolver(() => DepartmentType, { nullable: true })
  department(@Root() user: UserType, @Ctx() ctx: Context) {
    return departmentOf(ctx, user.departmentId);
  }
}

@Resolver(() => DepartmentType)
export class DepartmentResolver {
  @Query(() => [DepartmentType], { description: 'Every department, by name.' })
  departments(@Ctx() ctx: Context) {
    return listDepartments(ctx);
  }
}
