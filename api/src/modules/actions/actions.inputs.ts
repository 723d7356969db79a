import { IsOptional, MinDate } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Priority } from './actions.type';

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
