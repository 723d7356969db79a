import { graphql } from '@/gql';

/**
 * One page of requests under the list's filter and order: the list and each column of the board ask
 * it (a column adds its status to the filter). The trend is the last eight quarters under the filter's
 * segments and regions, whatever its period, so a request's momentum shows beside its totals.
 */
export const FeatureRequestListQuery = graphql(`
  query FeatureRequestList($filter: FeatureRequestFilter, $orderBy: FeatureRequestOrder, $first: Int, $after: String) {
    featureRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...FeatureRequestSummary
          demandByQuarter {
            start
            feedbackCount
          }
        }
      }
    }
  }
`);
