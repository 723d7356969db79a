import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { featureRequestStatusEnum } from '@chorus/db/schema';
import { graphqlEnum } from '../../shared/enums';
import { Connection } from '../../shared/pagination';

export const FeatureRequestStatus = graphqlEnum('FeatureRequestStatus', featureRequestStatusEnum.enumValues);
export type FeatureRequestStatus = keyof typeof FeatureRequestStatus;

/** The part of a list's filter the figures follow (segments, regions, period); empty for a single request. */
export interface DemandScope {
  segments?: string[] | null;
  regions?: string[] | null;
  receivedFrom?: Date | null;
  receivedTo?: Date | null;
}

/**
 * A request as services hand it to resolvers, with its figures computed in the same statement: in a
 * list they follow the filter's segments, regions and period; read alone they count every link.
 */
@ObjectType('FeatureRequest')
export class FeatureRequestType {
  @Field(() => ID) id: number;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => FeatureRequestStatus) status: FeatureRequestStatus;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int, { description: 'linked feedback (matching the list filter’s segments, regions and period)' }) feedbackCount: number;
  @Field(() => Int, { description: 'distinct customers of that feedback' }) customerCount: number;
  @Field(() => Float, { description: 'those customers’ annual revenue summed, each customer once' }) revenue: number;
  @Field(() => Date, { nullable: true, description: 'when the latest of that feedback arrived' }) lastAskedAt: Date | null;
  productId: number;
  mergedIntoId: number | null;
  createdById: number | null;
  /** what the figures were counted over, for the fields that count more (demand by quarter) */
  scope: DemandScope;
}

@ObjectType('FeatureRequestStatusChange')
export class FeatureRequestStatusChangeType {
  @Field(() => ID) id: number;
  @Field(() => FeatureRequestStatus, { nullable: true, description: 'null for the creation' }) from: FeatureRequestStatus | null;
  @Field(() => FeatureRequestStatus) to: FeatureRequestStatus;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Date) at: Date;
  byId: number | null;
}

@ObjectType('FeatureRequestQuarter', { description: 'Linked feedback that arrived in one quarter of the organisation’s time zone.' })
export class FeatureRequestQuarterType {
  @Field(() => Date) start: Date;
  @Field(() => Int) feedbackCount: number;
}

@ObjectType('FeatureRequestAsker', { description: 'A customer who asked (or a contact without an account): their latest linked feedback, and the follow-up telling them.' })
export class FeatureRequestAskerType {
  @Field(() => ID, { description: '"customer:<id>", or "contact:<id>" for feedback without an account' }) key: string;
  @Field(() => Int) feedbackCount: number;
  customerId: number | null;
  latestFeedbackId: number;
  followUpId: number | null;
}

@ObjectType('MergedFeatureRequest', { description: 'A duplicate merged into a request: its id now resolves to that request.' })
export class MergedFeatureRequestType {
  @Field(() => ID) id: number;
  @Field(() => String) title: string;
  @Field(() => Date, { nullable: true }) mergedAt: Date | null;
}

export const FeatureRequestConnection = Connection('FeatureRequest', FeatureRequestType);
