import { Field, ID, Int, ObjectType } from 'type-graphql';
import { roleEnum } from '@chorus/db/schema';
import { graphqlEnum } from '../../shared/enums';

export const Role = graphqlEnum('Role', roleEnum.enumValues);
export type Role = keyof typeof Role;

/** The portal's languages: English, Norwegian (bokmål), Swedish. */
export const PortalLocale = graphqlEnum('PortalLocale', ['en', 'nb', 'sv'] as const);
export type PortalLocale = keyof typeof PortalLocale;

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

@ObjectType('Organisation')
export class OrganisationType {
  @Field(() => String, { description: 'IANA time zone (CHORUS_TIME_ZONE): periods, digests and due times are local to it' })
  timeZone: string;
  @Field(() => Int, { description: 'CHORUS_MIN_RESPONSES: a figure computed from fewer responses is shown as "too few responses"' })
  minResponses: number;
}
