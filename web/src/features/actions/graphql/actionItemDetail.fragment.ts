import { graphql } from '@/gql';

/**
 * Everything the action item page shows. Every mutation on an item answers with these fields, so the
 * page (and the feedback's loop status, wherever it is shown) updates from the cache.
 */
export const ActionItemDetailFragment = graphql(`
  fragment ActionItemDetail on ActionItem {
    ...ActionItemFields
    description
    resolvedAt
    firstResponseHours
    withinSla
    feedback {
      id
      loopStatus
      receivedAt
      text
    }
    followUps {
      id
      createdAt
      contactedCustomer
      channel
      note
      author {
        id
        name
      }
    }
  }
`);
