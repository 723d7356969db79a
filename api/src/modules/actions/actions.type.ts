import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
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
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description: string | null;
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
  assigneeId: number | null;
  departmentId: number | null;
  feedbackId: number | null;
  ideaId: number | null;
}
