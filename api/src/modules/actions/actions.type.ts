import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../shared/pagination';
import { actionStatusEnum, priorityEnum } from '@chorus/db/schema';
import { graphqlEnum } from '../../shared/enums';

export const ActionStatus = graphqlEnum('ActionStatus', actionStatusEnum.enumValues);
export type ActionStatus = keyof typeof ActionStatus;
export const Priority = graphqlEnum('Priority', priorityEnum.enumValues);
export type Priority = keyof typeof Priority;

@ObjectType('ActionItem')
export class ActionItemType {
  @Field(() => ID) id: number;
  @Field(() => Int, { description: 'send it back with an update; a stale one is a CONFLICT' }) version: number;
  title: string;
  description: string | null;
  @Field(() => ActionStatus) status: ActionStatus;
  @Field(() => Priority) priority: Priority;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field(() => Date, { nullable: true }) firstResponseAt: Date | null;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => Float, { nullable: true, description: 'hours from the feedback arriving to the first contact with the customer' })
  firstResponseHours: number | null;
  @Field(() => Boolean, { nullable: true, description: 'the first response came within the SLA target; null while none is due or made' })
  withinSla: boolean | null;
  @Field(() => Boolean, { description: 'open, past its due time, and the customer not contacted yet' }) overdue: boolean;
  assigneeId: number | null;
  departmentId: number | null;
  feedbackId: number | null;
  ideaId: number | null;
}

export const ActionItemConnection = Connection('ActionItem', ActionItemType);

@ObjectType('FollowUp', { description: 'One entry of an action item\'s log: what was done, and whether the customer was reached.' })
export class FollowUpType {
  @Field(() => ID) id: number;
  @Field(() => Date) createdAt: Date;
  @Field(() => Boolean) contactedCustomer: boolean;
  @Field(() => String, { nullable: true, description: 'how: phone, email, meeting…' }) channel: string | null;
  note: string;
  authorId: number | null;
  actionItemId: number;
}
