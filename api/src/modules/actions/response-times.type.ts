import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, MinDate } from 'class-validator';
import { ID } from 'type-graphql';
import { graphqlEnum } from '../../shared/enums';

export const ResponseGroup = graphqlEnum('ResponseGroup', ['DEPARTMENT', 'ASSIGNEE', 'QUARTER'] as const);
export type ResponseGroup = keyof typeof ResponseGroup;

@InputType()
export class ResponseTimeFilter {
  @IsOptional()
  @MinDate(new Date('0001-01-01T00:00:00Z'), { message: 'Not a valid date.' })
  @Field(() => Date, { nullable: true, description: 'feedback received from this instant (inclusive)' }) receivedFrom?: Date | null;
  @IsOptional()
  @MinDate(new Date('0001-01-01T00:00:00Z'), { message: 'Not a valid date.' })
  @Field(() => Date, { nullable: true, description: '…to this one (exclusive)' }) receivedTo?: Date | null;
  @Field(() => [ID], { nullable: true }) departmentIds?: string[] | null;
}

@ObjectType('ResponseTimeRow', { description: 'How fast a department, an assignee or a quarter answered the feedback that needed it (product.md).' })
export class ResponseTimeRowType {
  @Field(() => String, { description: "the department's or assignee's id, or the quarter's start (ISO-8601)" }) key: string;
  @Field(() => String, { description: 'its name, or the quarter as "2026 Q3"' }) label: string;
  @Field(() => Int, { description: 'feedback received in the window that needs follow-up' }) needingFollowUp: number;
  @Field(() => Int, { description: '… of which the customer has been contacted' }) responded: number;
  @Field(() => Float, { nullable: true }) firstResponseMedianHours: number | null;
  @Field(() => Float, { nullable: true }) firstResponseP90Hours: number | null;
  @Field(() => Float, { nullable: true, description: "the median's 95% interval (product.md: order statistics around n/2 ± 0.98√n), low end" })
  firstResponseMedianLowHours: number | null;
  @Field(() => Float, { nullable: true, description: '… and high end' }) firstResponseMedianHighHours: number | null;
  @Field(() => Int, { description: '… of which resolved: the n behind the resolution figures' }) resolved: number;
  @Field(() => Float, { nullable: true }) resolutionMedianHours: number | null;
  @Field(() => Float, { nullable: true }) resolutionP90Hours: number | null;
  @Field(() => Float, { nullable: true, description: "the median's 95% interval, low end" }) resolutionMedianLowHours: number | null;
  @Field(() => Float, { nullable: true, description: '… and high end' }) resolutionMedianHighHours: number | null;
  @Field(() => Int, { description: 'answered, or past the target unanswered' }) slaDecided: number;
  @Field(() => Int) withinSla: number;
  @Field(() => Float, { nullable: true, description: 'withinSla ÷ slaDecided × 100' }) slaAttainment: number | null;
  @Field(() => Int, { description: 'followed-up detractor answers whose contact answered NPS again within 180 days' }) recoveryN: number;
  @Field(() => Float, { nullable: true, description: '× 100: of those, the share whose next answer was not a detractor' }) recoveryRate: number | null;
  @Field(() => Int, { description: 'the same for detractors never followed up: the comparison that tells whether closing the loop works' })
  notFollowedUpRecoveryN: number;
  @Field(() => Float, { nullable: true }) notFollowedUpRecoveryRate: number | null;
}
