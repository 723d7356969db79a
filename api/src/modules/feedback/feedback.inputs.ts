import { Field, ID, InputType } from 'type-graphql';
import { registerEnumType } from 'type-graphql';
import { Segment } from '../customers/customers.type';
import { Category, Channel, FeedbackKind, LoopStatus, NpsGroup, Sentiment } from './feedback.type';

export enum FeedbackSort { RECEIVED_AT = 'RECEIVED_AT', SCORE = 'SCORE', RELEVANCE = 'RELEVANCE' }
registerEnumType(FeedbackSort, {
  name: 'FeedbackSort',
  valuesConfig: {
    SCORE: { description: "the item's NPS, else CSAT, else CES, scaled to 0–10" },
    RELEVANCE: { description: 'full-text rank of `search`; newest first without a search' },
  },
});
export enum SortDirection { ASC = 'ASC', DESC = 'DESC' }
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType({ description: 'Within one list the values are alternatives (OR); different fields all apply (AND).' })
export class FeedbackFilter {
  @Field(() => String, { nullable: true, description: 'full text, English / Norwegian / Swedish' })
  search?: string;
  @Field(() => Date, { nullable: true, description: 'inclusive' }) receivedFrom?: Date;
  @Field(() => Date, { nullable: true, description: 'exclusive' }) receivedTo?: Date;
  @Field(() => [ID], { nullable: true }) departmentIds?: string[];
  @Field(() => [ID], { nullable: true }) productIds?: string[];
  @Field(() => [ID], { nullable: true }) customerIds?: string[];
  @Field(() => [ID], { nullable: true }) themeIds?: string[];
  @Field(() => [Channel], { nullable: true }) channels?: Channel[];
  @Field(() => [FeedbackKind], { nullable: true }) kinds?: FeedbackKind[];
  @Field(() => [Category], { nullable: true }) categories?: Category[];
  @Field(() => [NpsGroup], { nullable: true }) npsGroups?: NpsGroup[];
  @Field(() => [Sentiment], { nullable: true }) sentiments?: Sentiment[];
  @Field(() => [String], { nullable: true }) regions?: string[];
  @Field(() => [Segment], { nullable: true }) segments?: Segment[];
  @Field(() => [LoopStatus], { nullable: true }) loopStatuses?: LoopStatus[];
  @Field(() => [ID], { nullable: true, description: 'feedback linked to any of these feature requests' }) featureRequestIds?: string[];
}

@InputType()
export class FeedbackOrder {
  @Field(() => FeedbackSort) field: FeedbackSort;
  @Field(() => SortDirection) direction: SortDirection;
}
