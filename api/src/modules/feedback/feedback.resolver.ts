import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ProductType, SurveyObject, ThemeType } from '../catalog/catalog.type';
import { ContactType, CustomerType } from '../customers/customers.type';
import { DepartmentType } from '../org/org.type';
import { FeedbackFilter, FeedbackOrder } from './feedback.inputs';
import { FeedbackConnection, FeedbackType } from './feedback.type';
import { feedbackContact, feedbackText, getFeedback, listFeedback, load } from './feedback.service';

@Resolver(() => FeedbackType)
export class FeedbackResolver {
  @Query(() => FeedbackConnection, { description: 'Shared feedback, newest first unless ordered otherwise.' })
  feedback(
    @Ctx() ctx: Context,
    @Arg('filter', () => FeedbackFilter, { nullable: true }) filter?: FeedbackFilter,
    @Arg('orderBy', () => FeedbackOrder, { nullable: true }) orderBy?: FeedbackOrder,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listFeedback(ctx, { filter, orderBy, first, after });
  }

  @Query(() => FeedbackType, { nullable: true })
  feedbackItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return getFeedback(ctx, id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'the verbatim; typed-in emails and phone numbers masked unless the viewer may see the contact' })
  text(@Root() item: FeedbackType, @Ctx() ctx: Context) {
    return feedbackText(ctx, item);
  }

  @FieldResolver(() => [ThemeType])
  themes(@Root() item: FeedbackType, @Ctx() ctx: Context) {
    return load.themes(ctx, item);
  }

  @FieldResolver(() => DepartmentType, { nullable: true, description: 'the department the feedback is routed to' })
  department(@Root() item: FeedbackType, @Ctx() ctx: Context) {
    return load.department(ctx, item);
  }

  @FieldResolver(() => ProductType, { nullable: true })
  product(@Root() item: FeedbackType, @Ctx() ctx: Context) {
    return load.product(ctx, item);
  }

  @FieldResolver(() => SurveyObject, { nullable: true })
  survey(@Root() item: FeedbackType, @Ctx() ctx: Context) {
    return load.survey(ctx, item);
  }

  @FieldResolver(() => CustomerType, { nullable: true })
  customer(@Root() item: FeedbackType, @Ctx() ctx: Context) {
    return load.customer(ctx, item);
  }

  @FieldResolver(() => ContactType, { nullable: true, description: 'masked unless the viewer may see it' })
  contact(@Root() item: FeedbackType, @Ctx() ctx: Context) {
    return feedbackContact(ctx, item);
  }
}
