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
      firstResponseMedianLowHours
      firstResponseMedianHighHours
      resolutionMedianHours
      resolutionP90Hours
      resolutionMedianLowHours
      resolutionMedianHighHours
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
