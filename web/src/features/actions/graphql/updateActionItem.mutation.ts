import { graphql } from '@/gql';

/** Sends the version read; a stale one is a CONFLICT and changes nothing. */
export const UpdateActionItemMutation = graphql(`
  mutation UpdateActionItem($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      ...ActionItemDetail
    }
  }
`);
