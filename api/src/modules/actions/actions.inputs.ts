import { IsOptional, MinDate } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ActionStatus, Priority } from './actions.type';

// Lengths are checked in the service, which reports every bad field at once with BAD_USER_INPUT.
@InputType()
export class CreateActionItemInput {
  @Field(() => ID, { nullable: true }) feedbackId?: string | null;
  @Field(() => ID, { nullable: true }) ideaId?: string | null;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => ID, { nullable: true, description: "defaults to the feedback's or idea's department" }) departmentId?: string | null;
  @Field(() => Priority, { nullable: true }) priority?: Priority | null;
  // the DateTime scalar takes year 0, which PostgreSQL does not have: the insert would fail as a 500
  @IsOptional()
  @MinDate(new Date('0001-01-01T00:00:00Z'), { message: 'Not a valid date.' })
  @Field(() => Date, { nullable: true, description: "defaults to the SLA policy's target for feedback" }) dueAt?: Date | null;
}

@InputType()
export class UpdateActionItemInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'the version read; a stale one is a CONFLICT and changes nothing' }) version: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => ActionStatus, { nullable: true }) status?: ActionStatus | null;
  @Field(() => Priority, { nullable: true }) priority?: Priority | null;
  @IsOptional()
  @MinDate(new Date('0001-01-01T00:00:00Z'), { message: 'Not a valid date.' })
  @Field(() => Date, { nullable: true }) dueAt?: Date | null;
}

@InputType()
export class LogFollowUpInput {
  @Field(() => ID) actionItemId: string;
  @Field(() => Boolean, { description: 'the customer was reached: the first such entry is the first response' }) contactedCustomer: boolean;
  @Field(() => String, { nullable: true }) channel?: string | null;
  @Field(() => String) note: string;
}

@InputType()
export class ActionItemFilter {
  @Field(() => [ID], { nullable: true }) assigneeIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) departmentIds?: string[] | null;
  @Field(() => [ActionStatus], { nullable: true }) statuses?: ActionStatus[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only overdue items; false: none of them' }) overdue?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only items nobody is assigned to; false: only assigned ones' }) unassigned?: boolean | null;
}
