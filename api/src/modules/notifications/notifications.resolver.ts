import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { NotificationConnection } from './notifications.type';
import { listNotifications, markRead, unreadCount } from './notifications.service';

@Resolver()
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
}
