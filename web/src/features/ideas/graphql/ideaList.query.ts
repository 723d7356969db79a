import { graphql } from '@/gql';

/** One page of the forum; "Load more" asks for the next one after endCursor (merged in the cache). */
export const IdeaListQuery = graphql(`
  query IdeaList($filter: IdeaFilter, $orderBy: IdeaSort, $first: Int, $after: String) {
    ideas(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...IdeaCard
        }
      }
    }
  }
`);
