import { computed, type Ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { MarkNotificationsReadMutation } from '../graphql/markNotificationsRead.mutation';
import { NotificationsQuery } from '../graphql/notifications.query';
import { UnreadNotificationCountQuery } from '../graphql/unreadNotificationCount.query';

export const NOTIFICATIONS_SHOWN = 20;
export const UNREAD_POLL_MS = 60_000;

/** The bell's badge, polled every minute. */
export function useUnreadCount() {
  const { result } = useQuery(UnreadNotificationCountQuery, null, { pollInterval: UNREAD_POLL_MS, fetchPolicy: 'cache-and-network' });
  return { count: computed(() => result.value?.unreadNotificationCount ?? 0) };
}

/** The latest notifications, asked for each time the menu opens. */
export function useNotifications(open: Ref<boolean>) {
  const { result, loading, error, refetch } = useQuery(NotificationsQuery, { first: NOTIFICATIONS_SHOWN }, () => ({
    enabled: open.value,
    fetchPolicy: 'cache-and-network',
  }));
  const items = computed(() => result.value?.notifications.edges.map((e) => e.node) ?? []);

  // markNotificationsRead answers a number only: the cache is told what changed, at once.
  const { mutate } = useMutation(MarkNotificationsReadMutation);
  function markRead(ids: string[] | null) {
    const targets = items.value.filter((n) => !n.read && (ids === null || ids.includes(n.id)));
    return mutate(
      { ids },
      {
        optimisticResponse: { markNotificationsRead: targets.length },
        update(cache, { data }) {
          for (const n of targets) {
            cache.modify({ id: cache.identify({ __typename: 'Notification', id: n.id }), fields: { read: () => true } });
          }
          const changed = data?.markNotificationsRead ?? 0;
          cache.modify({
            id: 'ROOT_QUERY',
            fields: { unreadNotificationCount: (count: number) => (ids === null ? 0 : Math.max(0, count - changed)) },
          });
        },
      },
    ).catch(() => null); // the optimistic change is rolled back; the next poll tells the truth
  }

  return { items, loading, error, refetch: () => refetch(), markRead };
}
