import { Field, Float, ID, ObjectType } from 'type-graphql';
import { segmentEnum } from '@chorus/db/schema';
import { graphqlEnum } from '../../shared/enums';

export const Segment = graphqlEnum('Segment', segmentEnum.enumValues);
export type Segment = keyof typeof Segment;

@ObjectType('Customer')
export class CustomerType {
  @Field(() => ID) id: number;
  @Field(() => String) name: string;
  @Field(() => Segment) segment: Segment;
  @Field(() => String) region: string;
  @Field(() => Float, { nullable: true }) annualRevenue: number | null;
}

@ObjectType('Contact', { description: 'Personal data: every field is null and masked true unless the viewer may see it.' })
export class ContactType {
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => Boolean) masked: boolean;
}
