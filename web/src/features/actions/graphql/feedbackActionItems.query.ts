import { graphql } from '@/gql';

/** What the feedback page's action-item panel needs: the items, and who the feedback belongs to. */
export const FeedbackActionItemsQuery = graphql(`
  query FeedbackActionItems($id: ID!) {
    feedbackItem(id: $id) {
      id
      loopStatus
      text
      department {
        id
        name
      }
      customer {
        id
        name
      }
      actionItems {
        ...ActionItemFields
      }
    }
  }
`);
