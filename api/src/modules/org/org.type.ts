import { Field, ID, ObjectType } from 'type-graphql';
import { roleEnum } from '@chorus/db/schema';
import { graphqlEnum } from '../../shared/enums';

export const Role = graphqlEnum('Role', roleEnum.enumValues);
export type Role = keyof typeof Role;

@ObjectType('Department')
export class DepartmentType {
  @Field(() => ID) id: number;
  @Field(() => String) name: string;
}

@ObjectType('User')
export class UserType {
  @Field(() => ID) id: number;
  @Field(() => String) name: string;
  @Field(() => String) email: string;
  @Field(() => Role) role: Role;
  departmentId: number | null;
}
