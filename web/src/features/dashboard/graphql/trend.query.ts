import { graphql } from '@/gql';

/**
 * One metric per local period (the organisation's time zone), whole or one series per segment.
 * TrendSeries and TrendPoint have no id: they live in the cache under the query's arguments.
 */
export const TrendQuery = graphql(`
  query Trend($metric: Metric!, $interval: Interval, $filter: FeedbackFilter, $segmentBy: Dimension) {
    trend(metric: $metric, interval: $interval, filter: $filter, segmentBy: $segmentBy) {
      segment
      segmentKey
      points {
        periodStart
        value
        n
        low
        high
        change
        significant
        sufficient
      }
    }
  }
`);
