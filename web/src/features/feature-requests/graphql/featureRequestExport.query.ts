import { graphql } from '@/gql';

/**
 * The CSV export's pages: the list's rows without the trend (the file has no column for it), asked
 * page after page with the list's filter and order until the last one.
 */
export const FeatureRequestExportQuery = graphql(`
  query FeatureRequestExport($filter: FeatureRequestFilter, $orderBy: FeatureRequestOrder, $first: Int, $after: String) {
    featureRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...FeatureRequestSummary
        }
      }
    }
  }
`);
