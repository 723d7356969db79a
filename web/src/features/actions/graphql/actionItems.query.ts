import { graphql } from '@/gql';

/** A work list (my work, overdue, a department's), soonest due first, paged by cursor. */
export const ActionItemsQuery = graphql(`
  query ActionItems($filter: ActionItemFilter, $first: Int, $after: String) {
    actionItems(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ActionItemFields
        }
      }
    }
  }
`);
