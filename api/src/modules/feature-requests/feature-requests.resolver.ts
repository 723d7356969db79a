import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../shared/auth';
import { ActionItemType } from '../actions/actions.type';
import { ProductType } from '../catalog/catalog.type';
import { customerById } from '../customers/customers.service';
import { CustomerType } from '../customers/customers.type';
import { FeedbackConnection, FeedbackType } from '../feedback/feedback.type';
import { UserType } from '../org/org.type';
import { CreateFeatureRequestInput, FeatureRequestFilter, FeatureRequestOrder } from './feature-requests.inputs';
import { nextStatuses } from './feature-requests.policy';
import {
  createFeatureRequest, getFeatureRequest, linkedFeedback, linkFeedback, listFeatureRequests, mayManage, mergeFeatureRequests, unlinkFeedback,
} from './feature-requests.service';
import {
  FeatureRequestAskerType, FeatureRequestConnection, FeatureRequestQuarterType, FeatureRequestStatus, FeatureRequestStatusChangeType,
  FeatureRequestType, MergedFeatureRequestType,
} from './feature-requests.type';
import { setFeatureRequestStatus, tellCustomers } from './status.service';

@Resolver(() => FeatureRequestType)
export class FeatureRequestResolver {
  @Query(() => FeatureRequestConnection, { description: 'Requests that are not merged, with figures following the filter; REVENUE, largest first, unless ordered otherwise.' })
  featureRequests(
    @Ctx() ctx: Context,
    @Arg('filter', () => FeatureRequestFilter, { nullable: true }) filter?: FeatureRequestFilter,
    @Arg('orderBy', () => FeatureRequestOrder, { nullable: true }) orderBy?: FeatureRequestOrder,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listFeatureRequests(ctx, { filter, orderBy, first, after });
  }

  @Query(() => FeatureRequestType, { nullable: true, description: 'A merged request’s id gives the request it was merged into.' })
  featureRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return getFeatureRequest(ctx, id);
  }

  @Query(() => Boolean, { description: 'Whether the viewer may create, merge and change the status of requests (the product team’s leads, admins).' })
  viewerCanManageFeatureRequests(@Ctx() ctx: Context) {
    return mayManage(ctx);
  }

  @Mutation(() => FeatureRequestType)
  createFeatureRequest(@Arg('input', () => CreateFeatureRequestInput) input: CreateFeatureRequestInput, @Ctx() ctx: Context) {
    return createFeatureRequest(ctx, input);
  }

  @Mutation(() => FeatureRequestType, { description: 'Anyone signed in; linking twice changes nothing; a merged request’s link goes to the request it was merged into.' })
  linkFeedback(@Arg('featureRequestId', () => ID) featureRequestId: string, @Arg('feedbackId', () => ID) feedbackId: string, @Ctx() ctx: Context) {
    return linkFeedback(ctx, featureRequestId, feedbackId);
  }

  @Mutation(() => FeatureRequestType)
  unlinkFeedback(@Arg('featureRequestId', () => ID) featureRequestId: string, @Arg('feedbackId', () => ID) feedbackId: string, @Ctx() ctx: Context) {
    return unlinkFeedback(ctx, featureRequestId, feedbackId);
  }

  @Mutation(() => FeatureRequestType, { description: 'Moves the source’s links to the target and leaves the source’s id resolving to it; returns the target.' })
  mergeFeatureRequests(@Arg('sourceId', () => ID) sourceId: string, @Arg('targetId', () => ID) targetId: string, @Ctx() ctx: Context) {
    return mergeFeatureRequests(ctx, sourceId, targetId);
  }

  @Mutation(() => FeatureRequestType, { description: 'Notifies everyone linked to the request ("you asked, we did"); DECLINED needs a note.' })
  setFeatureRequestStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => FeatureRequestStatus) status: FeatureRequestStatus,
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ) {
    return setFeatureRequestStatus(ctx, id, status, note);
  }

  @Mutation(() => FeatureRequestType, { description: 'A shipped request: one follow-up action item per customer who asked and has none yet, assigned to the lead of the department their feedback is routed to.' })
  tellFeatureRequestCustomers(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return tellCustomers(ctx, id);
  }

  @FieldResolver(() => ProductType)
  product(@Root() request: FeatureRequestType, @Ctx() ctx: Context) {
    return ctx.loaders.productById.load(request.productId);
  }

  @FieldResolver(() => FeatureRequestType, { nullable: true, description: 'null: a request read through its id is never a merged one (that id resolves to the target)' })
  mergedInto(@Root() request: FeatureRequestType, @Ctx() ctx: Context) {
    return request.mergedIntoId === null ? null : ctx.loaders.featureRequestById.load(request.mergedIntoId);
  }

  @FieldResolver(() => [MergedFeatureRequestType], { description: 'the duplicates merged into this request' })
  merged(@Root() request: FeatureRequestType, @Ctx() ctx: Context) {
    return ctx.loaders.mergedFeatureRequests.load(request.id);
  }

  @FieldResolver(() => UserType, { nullable: true })
  createdBy(@Root() request: FeatureRequestType, @Ctx() ctx: Context) {
    return request.createdById === null ? null : ctx.loaders.userById.load(request.createdById);
  }

  @FieldResolver(() => FeedbackConnection, { description: 'linked feedback, newest first (every link, whatever a list filtered)' })
  feedback(
    @Root() request: FeatureRequestType,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return linkedFeedback(ctx, request.id, { first, after });
  }

  @FieldResolver(() => [FeatureRequestStatusChangeType], { description: 'oldest first; the first entry is the creation' })
  statusChanges(@Root() request: FeatureRequestType, @Ctx() ctx: Context) {
    return ctx.loaders.featureRequestTimeline.load(request.id);
  }

  @FieldResolver(() => [FeatureRequestQuarterType], { description: 'linked feedback per quarter, the last eight, under the list’s segments and regions' })
  demandByQuarter(@Root() request: FeatureRequestType, @Ctx() ctx: Context) {
    return ctx.loaders.featureRequestDemand(request.scope).load(request.id);
  }

  @FieldResolver(() => [FeatureRequestAskerType], { description: 'the customers who asked, most feedback first (their contacts masked by the usual rules)' })
  askers(@Root() request: FeatureRequestType, @Ctx() ctx: Context) {
    return ctx.loaders.featureRequestAskers.load(request.id);
  }

  @FieldResolver(() => Boolean)
  viewerCanManage(@Ctx() ctx: Context) {
    return mayManage(ctx);
  }

  @FieldResolver(() => [FeatureRequestStatus], { description: 'where the viewer may move the request next' })
  async allowedStatuses(@Root() request: FeatureRequestType, @Ctx() ctx: Context) {
    return (await mayManage(ctx)) ? nextStatuses(request.status) : [];
  }
}

@Resolver(() => FeatureRequestStatusChangeType)
export class FeatureRequestStatusChangeResolver {
  @FieldResolver(() => UserType, { nullable: true })
  by(@Root() change: FeatureRequestStatusChangeType, @Ctx() ctx: Context) {
    return change.byId === null ? null : ctx.loaders.userById.load(change.byId);
  }
}

@Resolver(() => FeatureRequestAskerType)
export class FeatureRequestAskerResolver {
  @FieldResolver(() => CustomerType, { nullable: true })
  customer(@Root() asker: FeatureRequestAskerType, @Ctx() ctx: Context) {
    return customerById(ctx, asker.customerId);
  }

  @FieldResolver(() => FeedbackType, { description: 'their latest linked feedback (its contact shown or masked as anywhere)' })
  latestFeedback(@Root() asker: FeatureRequestAskerType, @Ctx() ctx: Context) {
    requireViewer(ctx);
    return ctx.loaders.feedbackById.load(asker.latestFeedbackId);
  }

  @FieldResolver(() => ActionItemType, { nullable: true, description: 'the action item telling them it shipped, once made' })
  followUp(@Root() asker: FeatureRequestAskerType, @Ctx() ctx: Context) {
    return asker.followUpId === null ? null : ctx.loaders.actionItemById.load(asker.followUpId);
  }
}

/** What feature requests add to feedback: the requests it is linked to, and the likeliest ones for it. */
@Resolver(() => FeedbackType)
export class FeedbackFeatureRequestsResolver {
  @FieldResolver(() => [FeatureRequestType], { description: 'the requests this feedback is linked to' })
  featureRequests(@Root() item: FeedbackType, @Ctx() ctx: Context) {
    return ctx.loaders.featureRequestsByFeedbackId.load(item.id);
  }

  @FieldResolver(() => [FeatureRequestType], { description: 'for feedback classified as FEATURE_REQUEST: the three existing requests most like it (not those it is linked to), best first; empty for other feedback' })
  async suggestedFeatureRequests(@Root() item: FeedbackType, @Ctx() ctx: Context) {
    // only feedback asking for something gets suggestions: the ranking is the costly part of the page
    if (item.category !== 'FEATURE_REQUEST') return [];
    const ids = await ctx.loaders.suggestedFeatureRequests.load(item.id);
    return (await ctx.loaders.featureRequestById.loadMany(ids)).filter((r): r is FeatureRequestType => !!r && !(r instanceof Error));
  }
}
