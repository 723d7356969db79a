import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { NotificationConnection, NotificationObject } from './notifications.type';
import { listNotifications, markRead, notificationExcerpt, unreadCount } from './notifications.service';

@Resolver(() => NotificationObject)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
  notifications(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean,
  ) {
    return listNotifications(ctx, { first, after, unreadOnly });
  }

  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: Context) {
    return unreadCount(ctx);
  }

  @Mutation(() => Int, { description: "Marks the viewer's notifications read, all of them when ids is null; returns how many changed." })
  markNotificationsRead(@Ctx() ctx: Context, @Arg('ids', () => [ID], { nullable: true }) ids?: string[]) {
    return markRead(ctx, ids);
  }

  @FieldResolver(() => String, { nullable: true, description: 'IDEA_COMMENT, MENTION: the start of the comment as it reads now' })
  excerpt(@Root() n: NotificationObject, @Ctx() ctx: Context) {
    return notificationExcerpt(ctx, n);
  }
}
