import { graphql } from '@/gql';

/** The bell's badge; polled. */
export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);
