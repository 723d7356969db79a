import { graphql } from '@/gql';

/** The latest notifications for the header menu, with the unread count refreshed alongside. */
export const NotificationsQuery = graphql(`
  query Notifications($first: Int) {
    unreadNotificationCount
    notifications(first: $first) {
      totalCount
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
    }
  }
`);
