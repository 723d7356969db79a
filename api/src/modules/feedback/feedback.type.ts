import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  categoryEnum, channelEnum, feedbackKindEnum, loopStatusEnum, npsGroupEnum, sentimentEnum,
} from '@chorus/db/schema';
import { graphqlEnum } from '../../shared/enums';
import { Connection } from '../../shared/pagination';

export const Channel = graphqlEnum('Channel', channelEnum.enumValues);
export type Channel = keyof typeof Channel;
export const FeedbackKind = graphqlEnum('FeedbackKind', feedbackKindEnum.enumValues);
export type FeedbackKind = keyof typeof FeedbackKind;
export const Category = graphqlEnum('Category', categoryEnum.enumValues);
export type Category = keyof typeof Category;
export const Sentiment = graphqlEnum('Sentiment', sentimentEnum.enumValues);
export type Sentiment = keyof typeof Sentiment;
export const LoopStatus = graphqlEnum('LoopStatus', loopStatusEnum.enumValues);
export type LoopStatus = keyof typeof LoopStatus;
export const NpsGroup = graphqlEnum('NpsGroup', npsGroupEnum.enumValues);
export type NpsGroup = keyof typeof NpsGroup;

/** A feedback row as services hand it to resolvers; the nested objects are resolved by loaders. */
@ObjectType('Feedback')
export class FeedbackType {
  @Field(() => ID) id: number;
  @Field(() => Date) receivedAt: Date;
  @Field(() => Channel) channel: Channel;
  @Field(() => FeedbackKind) kind: FeedbackKind;
  @Field(() => Category) category: Category;
  @Field(() => Int, { nullable: true, description: '0–10' }) npsScore: number | null;
  @Field(() => Int, { nullable: true, description: '1–5' }) csatScore: number | null;
  @Field(() => Int, { nullable: true, description: '1–7' }) cesScore: number | null;
  @Field(() => Int, { nullable: true, description: 'likely to buy again, 0–10' }) repurchaseScore: number | null;
  @Field(() => Int, { nullable: true, description: 'likely to try other products, 0–10' }) crossBuyScore: number | null;
  @Field(() => NpsGroup, { nullable: true }) npsGroup: NpsGroup | null;
  @Field(() => String, { nullable: true, description: 'ISO 639-1 (en, nb, sv, …)' }) language: string | null;
  @Field(() => Sentiment, { nullable: true }) sentiment: Sentiment | null;
  @Field(() => LoopStatus) loopStatus: LoopStatus;
  @Field(() => String, { description: 'the system the feedback came from' }) source: string;
  text: string | null;
  /** the text as viewers who may not see the contact read it (db/src/derived/mask.ts) */
  textMasked: string | null;
  customerId: number | null;
  contactId: number | null;
  productId: number | null;
  surveyId: number | null;
  departmentId: number | null;
  /** the viewer is the assignee of an open action item on this feedback (computed in the list query) */
  viewerIsAssignee: boolean;
}

export const FeedbackConnection = Connection('Feedback', FeedbackType);
