import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { DepartmentType, UserType } from './org.type';
import { departmentOf, listDepartments } from './org.service';

@Resolver(() => UserType)
export class UserResolver {
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
