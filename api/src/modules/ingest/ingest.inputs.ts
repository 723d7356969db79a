import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Segment } from '../customers/customers.type';
import { Category, Channel, FeedbackKind } from '../feedback/feedback.type';

// Rows are validated one by one in the service (a bad row is reported, the rest stored), so this
// input carries no class-validator rules: those would reject the whole batch.
@InputType()
export class FeedbackInput {
  @Field(() => String, { description: 'the sending system; with externalId the idempotency key' }) source: string;
  @Field(() => String) externalId: string;
  @Field(() => Date) receivedAt: Date;
  @Field(() => Channel) channel: Channel;
  @Field(() => FeedbackKind, { nullable: true, description: 'derived from the channel when absent' }) kind?: FeedbackKind | null;
  @Field(() => String, { nullable: true }) customerExternalId?: string | null;
  @Field(() => String, { nullable: true }) customerName?: string | null;
  @Field(() => Segment, { nullable: true }) segment?: Segment | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => String, { nullable: true }) contactName?: string | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field(() => String, { nullable: true }) productName?: string | null;
  @Field(() => String, { nullable: true }) surveyName?: string | null;
  @Field(() => Int, { nullable: true, description: '0–10' }) npsScore?: number | null;
  @Field(() => Int, { nullable: true, description: '1–5' }) csatScore?: number | null;
  @Field(() => Int, { nullable: true, description: '1–7' }) cesScore?: number | null;
  @Field(() => Int, { nullable: true, description: '0–10' }) repurchaseScore?: number | null;
  @Field(() => Int, { nullable: true, description: '0–10' }) crossBuyScore?: number | null;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => Category, { nullable: true, description: 'derived from the scores and text when absent' }) category?: Category | null;
}

@ObjectType()
export class IngestRejection {
  @Field(() => Int, { description: "the row's position in the input, from 0" }) index: number;
  @Field(() => String) field: string;
  @Field(() => String) message: string;
}

@ObjectType()
export class IngestResult {
  @Field(() => Int) created: number;
  @Field(() => Int, { description: 'rows whose (source, externalId) was already stored' }) duplicates: number;
  @Field(() => [IngestRejection]) rejected: IngestRejection[];
}
