import { graphql } from '@/gql';

/** A notification carries data, not text: the portal words it in the viewer's language. */
export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    type
    createdAt
    read
    actorName
    title
    status
    reason
    excerpt
    ideaId
    feedbackId
    actionItemId
    featureRequestId
    departmentId
    overdueCount
    unassignedCount
    waitingCount
  }
`);
