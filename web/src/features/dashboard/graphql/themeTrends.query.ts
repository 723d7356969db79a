import { graphql } from '@/gql';

/** The themes whose share of feedback changed most between the latest period and the one before. */
export const ThemeTrendsQuery = graphql(`
  query ThemeTrends($filter: FeedbackFilter, $interval: Interval, $first: Int) {
    themeTrends(filter: $filter, interval: $interval, first: $first) {
      theme {
        id
        name
      }
      periodStart
      current
      previous
      currentShare
      previousShare
      change
      significant
      negativeShare
    }
  }
`);
