import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { FeedbackType } from '../feedback/feedback.type';
import { IdeaType } from '../ideas/ideas.type';
import { DepartmentType, UserType } from '../org/org.type';
import { CreateActionItemInput } from './actions.inputs';
import { ActionItemType } from './actions.type';
import { createActionItem } from './actions.service';
import { ideaOf } from '../ideas/ideas.service';

@Resolver(() => ActionItemType)
export class ActionItemResolver {
  @Mutation(() => ActionItemType, { description: "ADMINs, and LEADs of the feedback's or idea's department; from feedback the due time follows the SLA policy." })
  createActionItem(@Arg('input', () => CreateActionItemInput) input: CreateActionItemInput, @Ctx() ctx: Context) {
    return createActionItem(ctx, input);
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
