import { graphql } from '@/gql';

/**
 * An action item on feedback, on an idea, or on its own. The answer carries the new list of items of
 * its feedback or idea (and the feedback's loop status), so every page showing them updates itself.
 */
export const CreateActionItemMutation = graphql(`
  mutation CreateActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      ...ActionItemFields
      feedback {
        id
        loopStatus
        actionItems {
          ...ActionItemFields
        }
      }
      idea {
        id
        actionItems {
          ...ActionItemFields
        }
      }
    }
  }
`);
