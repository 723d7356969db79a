import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IdeaStatus } from './ideas.type';

export enum IdeaSort { TOP = 'TOP', NEW = 'NEW', TRENDING = 'TRENDING' }
registerEnumType(IdeaSort, {
  name: 'IdeaSort',
  valuesConfig: {
    TOP: { description: 'most votes first' },
    NEW: { description: 'newest first' },
    TRENDING: { description: 'votes weighted by age: each counts 0.5^(days old / 7), so a vote halves in weight every week' },
  },
});

// Lengths are checked in the service, which reports every bad field at once with BAD_USER_INPUT.
@InputType()
export class PostIdeaInput {
  @Field(() => String) title: string;
  @Field(() => String, { description: 'markdown' }) body: string;
  @Field(() => ID) departmentId: string;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => [ID], { nullable: true, description: 'feedback given as evidence' }) feedbackIds?: string[] | null;
}

@InputType({ description: 'Only the author edits an idea; the earlier version is kept.' })
export class EditIdeaInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => [ID], { nullable: true, description: 'replaces the evidence when given' }) feedbackIds?: string[] | null;
}

@InputType()
export class IdeaFilter {
  @Field(() => String, { nullable: true, description: 'full text, English / Norwegian / Swedish' }) search?: string | null;
  @Field(() => [ID], { nullable: true }) departmentIds?: string[] | null;
  @Field(() => [IdeaStatus], { nullable: true }) statuses?: IdeaStatus[] | null;
  @Field(() => [ID], { nullable: true }) authorIds?: string[] | null;
}
