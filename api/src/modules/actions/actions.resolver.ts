import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { FeedbackConnection, FeedbackType } from '../feedback/feedback.type';
import { IdeaType } from '../ideas/ideas.type';
import { DepartmentType, UserType } from '../org/org.type';
import { parseId } from '../../shared/ids';
import { ActionItemFilter, CreateActionItemInput, LogFollowUpInput, UpdateActionItemInput } from './actions.inputs';
import { listActionItems } from './actions.query';
import { ActionItemConnection, ActionItemType, FollowUpType } from './actions.type';
import { createActionItem, followUpNote, getActionItem, logFollowUp, textAboutFeedback, updateActionItem } from './actions.service';
import { followUpQueue } from './queue.service';
import { responseTimes } from './response-times.service';
import { ResponseGroup, ResponseTimeFilter, ResponseTimeRowType } from './response-times.type';
import { ideaOf } from '../ideas/ideas.service';

@Resolver(() => ActionItemType)
export class ActionItemResolver {
  @Mutation(() => ActionItemType, { description: "Anyone, of their own; on feedback its department's people and ADMINs, on an idea its department's LEAD and ADMINs. From feedback the due time follows the SLA policy." })
  createActionItem(@Arg('input', () => CreateActionItemInput) input: CreateActionItemInput, @Ctx() ctx: Context) {
    return createActionItem(ctx, input);
  }

  @Mutation(() => ActionItemType, { description: 'Its assignee, a LEAD of its department, an ADMIN; CONFLICT when version is stale.' })
  updateActionItem(@Arg('input', () => UpdateActionItemInput) input: UpdateActionItemInput, @Ctx() ctx: Context) {
    return updateActionItem(ctx, input);
  }

  @Mutation(() => ActionItemType, { description: 'Its assignee, a LEAD of its department, an ADMIN; the first contact with the customer is the first response.' })
  logFollowUp(@Arg('input', () => LogFollowUpInput) input: LogFollowUpInput, @Ctx() ctx: Context) {
    return logFollowUp(ctx, input);
  }

  @Query(() => ActionItemType, { nullable: true })
  actionItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return getActionItem(ctx, parseId(id, 'id'));
  }

  @Query(() => ActionItemConnection, { description: 'Soonest due first; items without a due time last.' })
  actionItems(
    @Ctx() ctx: Context,
    @Arg('filter', () => ActionItemFilter, { nullable: true }) filter?: ActionItemFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listActionItems(ctx, { filter, first, after });
  }

  @Query(() => FeedbackConnection, { description: "Feedback routed to the department (the viewer's own when absent) that needs follow-up and has no action item, received in the last 30 days, soonest due first. Its members and ADMINs." })
  followUpQueue(
    @Ctx() ctx: Context,
    @Arg('departmentId', () => ID, { nullable: true }) departmentId?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return followUpQueue(ctx, { departmentId, first, after });
  }

  @Query(() => [ResponseTimeRowType], { description: 'First response, resolution, SLA attainment and recovery of the feedback that needs follow-up (product.md).' })
  responseTimes(
    @Ctx() ctx: Context,
    @Arg('groupBy', () => ResponseGroup) groupBy: ResponseGroup,
    @Arg('filter', () => ResponseTimeFilter, { nullable: true }) filter?: ResponseTimeFilter,
  ) {
    return responseTimes(ctx, filter, groupBy);
  }

  @FieldResolver(() => String, { description: "typed-in emails and phone numbers masked unless the viewer may see the feedback's contact" })
  async title(@Root() item: ActionItemType, @Ctx() ctx: Context) {
    return (await textAboutFeedback(ctx, item.feedbackId, item.title)) ?? '';
  }

  @FieldResolver(() => String, { nullable: true, description: "typed-in emails and phone numbers masked unless the viewer may see the feedback's contact" })
  description(@Root() item: ActionItemType, @Ctx() ctx: Context) {
    return textAboutFeedback(ctx, item.feedbackId, item.description);
  }

  @FieldResolver(() => [FollowUpType], { description: 'the log, oldest first' })
  followUps(@Root() item: ActionItemType, @Ctx() ctx: Context) {
    return ctx.loaders.followUpsByActionItemId.load(item.id);
  }

  @FieldResolver(() => UserType, { nullable: true })
  assignee(@Root() item: ActionItemType, @Ctx() ctx: Context) {
    return item.assigneeId === null ? null : ctx.loaders.userById.load(item.assigneeId);
  }

  @FieldResolver(() => DepartmentType, { nullable: true })
  department(@Root() item: ActionItemType, @Ctx() ctx: Context) {
    return item.departmentId === null ? null : ctx.loaders.departmentById.load(item.departmentId);
  }

  @FieldResolver(() => FeedbackType, { nullable: true })
  feedback(@Root() item: ActionItemType, @Ctx() ctx: Context) {
    return item.feedbackId === null ? null : ctx.loaders.feedbackById.load(item.feedbackId);
  }

  @FieldResolver(() => IdeaType, { nullable: true })
  idea(@Root() item: ActionItemType, @Ctx() ctx: Context) {
    return ideaOf(ctx, item.ideaId);
  }
}

@Resolver(() => FollowUpType)
export class FollowUpResolver {
  @FieldResolver(() => String, { description: "typed-in emails and phone numbers masked unless the viewer may see the feedback's contact" })
  note(@Root() entry: FollowUpType, @Ctx() ctx: Context) {
    return followUpNote(ctx, entry);
  }

  @FieldResolver(() => UserType, { nullable: true })
  author(@Root() entry: FollowUpType, @Ctx() ctx: Context) {
    return entry.authorId === null ? null : ctx.loaders.userById.load(entry.authorId);
  }
}
