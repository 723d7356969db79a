import { graphql } from '@/gql';

export const ActionItemQuery = graphql(`
  query ActionItem($id: ID!) {
    actionItem(id: $id) {
      ...ActionItemDetail
    }
  }
`);
