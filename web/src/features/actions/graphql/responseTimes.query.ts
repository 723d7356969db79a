import { graphql } from '@/gql';

export const ResponseTimesQuery = graphql(`
  query ResponseTimes($filter: ResponseTimeFilter, $groupBy: ResponseGroup!) {
    responseTimes(filter: $filter, groupBy: $groupBy) {
      key
      label
      needingFollowUp
      responded
      resolved
      firstResponseMedianHours
      firstResponseP90Hours
      resolutionMedianHours
      resolutionP90Hours
      slaDecided
      withinSla
      slaAttainment
      recoveryN
      recoveryRate
      notFollowedUpRecoveryN
      notFollowedUpRecoveryRate
    }
  }
`);
