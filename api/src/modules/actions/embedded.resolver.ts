// What action items add to the types of other features: an idea's and a piece of feedback's action
// items, and when feedback's first response is due. Kept here so that the forum and the feedback hub
// know nothing of action items (the dependency runs one way: actions → ideas, actions → feedback).
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { FeedbackType } from '../feedback/feedback.type';
import { IdeaType } from '../ideas/ideas.type';
import { ActionItemType } from './actions.type';
import { actionItemsOfFeedback, actionItemsOfIdea } from './actions.service';
import { followUpDueAt } from './queue.service';

@Resolver(() => IdeaType)
export class IdeaActionItemsResolver {
  @FieldResolver(() => [ActionItemType])
  actionItems(@Root() idea: IdeaType, @Ctx() ctx: Context) {
    return actionItemsOfIdea(ctx, idea.id);
  }
}

@Resolver(() => FeedbackType)
export class FeedbackActionItemsResolver {
  @FieldResolver(() => [ActionItemType], { description: 'oldest first' })
  actionItems(@Root() item: FeedbackType, @Ctx() ctx: Context) {
    return actionItemsOfFeedback(ctx, item.id);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'when the first response is due by the SLA policy that applies; null when it needs no follow-up' })
  followUpDueAt(@Root() item: FeedbackType, @Ctx() ctx: Context) {
    return followUpDueAt(ctx, item);
  }
}
