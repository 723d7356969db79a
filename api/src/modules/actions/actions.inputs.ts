import { Field, ID, InputType } from 'type-graphql';
import { Priority } from './actions.type';

@InputType()
export class CreateActionItemInput {
  @Field(() => ID, { nullable: true }) feedbackId?: string | null;
  @Field(() => ID, { nullable: true }) ideaId?: string | null;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => ID, { nullable: true, description: "defaults to the feedback's or idea's department" }) departmentId?: string | null;
  @Field(() => Priority, { nullable: true }) priority?: Priority | null;
  @Field(() => Date, { nullable: true, description: "defaults to the SLA policy's target for feedback" }) dueAt?: Date | null;
}
