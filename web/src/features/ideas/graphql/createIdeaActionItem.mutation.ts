import { graphql } from '@/gql';

/** An action item made from an accepted idea; the answer carries the idea's new list of them. */
export const CreateIdeaActionItemMutation = graphql(`
  mutation CreateIdeaActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      ...IdeaActionItem
      idea {
        id
        actionItems {
          ...IdeaActionItem
        }
      }
    }
  }
`);
