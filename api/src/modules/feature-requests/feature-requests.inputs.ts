import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Segment } from '../customers/customers.type';
import { SortDirection } from '../feedback/feedback.inputs';
import { FeatureRequestStatus } from './feature-requests.type';

@InputType()
export class CreateFeatureRequestInput {
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID) productId: string;
  @Field(() => [ID], { nullable: true, description: 'feedback asking for it, linked in the same transaction (at most 20)' }) feedbackIds?: string[] | null;
}

@InputType({ description: 'Within one list the values are alternatives (OR); different fields all apply (AND).' })
export class FeatureRequestFilter {
  @Field(() => String, { nullable: true, description: 'full text over title and description, English / Norwegian / Swedish' }) search?: string | null;
  @Field(() => [ID], { nullable: true }) productIds?: string[] | null;
  @Field(() => [FeatureRequestStatus], { nullable: true }) statuses?: FeatureRequestStatus[] | null;
  @Field(() => [Segment], { nullable: true, description: 'the figures count only feedback from customers in these segments' }) segments?: Segment[] | null;
  @Field(() => [String], { nullable: true, description: 'the figures count only feedback from customers in these regions' }) regions?: string[] | null;
  @Field(() => Date, { nullable: true, description: 'the figures count only feedback received from (inclusive)' }) receivedFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: '… and before (exclusive)' }) receivedTo?: Date | null;
  @Field(() => Int, { nullable: true, description: 'only requests asked for by at least this many customers (as counted above)' }) minCustomers?: number | null;
}

export enum FeatureRequestSort { CUSTOMERS = 'CUSTOMERS', REVENUE = 'REVENUE', FEEDBACK = 'FEEDBACK', RECENT = 'RECENT' }
registerEnumType(FeatureRequestSort, {
  name: 'FeatureRequestSort',
  valuesConfig: { RECENT: { description: 'by when the latest matching feedback arrived; requests without any come last (first, ascending)' } },
});

@InputType()
export class FeatureRequestOrder {
  @Field(() => FeatureRequestSort) field: FeatureRequestSort;
  @Field(() => SortDirection) direction: SortDirection;
}
