import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { DepartmentType, OrganisationType, UserType } from './org.type';
import { departmentOf, listDepartments, organisation, searchUsers } from './org.service';

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => [UserType], { description: 'Colleagues whose name contains search, by name (for @mentions and pickers).' })
  users(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first?: number,
    @Arg('departmentId', () => ID, { nullable: true, description: 'only its members' }) departmentId?: string,
  ) {
    return searchUsers(ctx, search, first, departmentId);
  }

  @FieldResolver(() => DepartmentType, { nullable: true })
  department(@Root() user: UserType, @Ctx() ctx: Context) {
    return departmentOf(ctx, user.departmentId);
  }
}

@Resolver(() => DepartmentType)
export class DepartmentResolver {
  @Query(() => OrganisationType)
  organisation(@Ctx() ctx: Context) {
    return organisation(ctx);
  }

  @Query(() => [DepartmentType], { description: 'Every department, by name.' })
  departments(@Ctx() ctx: Context) {
    return listDepartments(ctx);
  }
}
