// product.md: a figure computed from fewer responses than the organisation's minimum is shown as "too
// few responses", never as a bare number. Each response-time figure has its own n.
import type { ResponseTimesQuery } from '@/gql/graphql';

export type ResponseTimeRow = ResponseTimesQuery['responseTimes'][number];

/** Which figures of a row stand on too few responses. */
export function tooFew(row: ResponseTimeRow, minResponses: number) {
  return {
    first: row.responded < minResponses,
    resolution: row.resolved < minResponses,
    sla: row.slaDecided < minResponses,
    recovery: row.recoveryN < minResponses,
    recoveryNot: row.notFollowedUpRecoveryN < minResponses,
  };
}

/** The row with every figure that stands on too few responses taken out: a chart shows a gap there. */
export function withoutTooFew(row: ResponseTimeRow, minResponses: number): ResponseTimeRow {
  const few = tooFew(row, minResponses);
  return {
    ...row,
    ...(few.first ? { firstResponseMedianHours: null, firstResponseP90Hours: null, firstResponseMedianLowHours: null, firstResponseMedianHighHours: null } : {}),
    ...(few.resolution ? { resolutionMedianHours: null, resolutionP90Hours: null, resolutionMedianLowHours: null, resolutionMedianHighHours: null } : {}),
    ...(few.sla ? { slaAttainment: null } : {}),
    ...(few.recovery ? { recoveryRate: null } : {}),
    ...(few.recoveryNot ? { notFollowedUpRecoveryRate: null } : {}),
  };
}
