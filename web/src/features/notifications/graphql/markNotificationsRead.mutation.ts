import { graphql } from '@/gql';

/** ids null: all of the viewer's. Answers how many changed; the cache is updated by the caller. */
export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
