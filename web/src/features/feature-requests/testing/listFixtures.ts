// Answers shaped exactly like the API's, for the request list's component tests.
import type { MockedResponse } from '@apollo/client/testing/core';
import { FeedbackFilterOptionsQuery } from '@/shared/graphql/filterOptions.query';
import { OrganisationQuery } from '@/shared/graphql/organisation.query';
import { FeatureRequestListQuery } from '../graphql/featureRequestList.query';
import { FeatureRequestPermissionsQuery } from '../graphql/featureRequestPermissions.query';

/** Oslo's quarters from Q3 2024 to Q2 2026, as the API gives their starts */
const QUARTER_STARTS = [
  '2024-06-30T22:00:00.000Z',
  '2024-09-30T22:00:00.000Z',
  '2024-12-31T23:00:00.000Z',
  '2025-03-31T22:00:00.000Z',
  '2025-06-30T22:00:00.000Z',
  '2025-09-30T22:00:00.000Z',
  '2025-12-31T23:00:00.000Z',
  '2026-03-31T22:00:00.000Z',
];

export function requestNode(id: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'FeatureRequest',
    id,
    title: `Request ${id}`,
    status: 'PLANNED',
    feedbackCount: 14,
    customerCount: 6,
    revenue: 1234567.8,
    lastAskedAt: '2026-04-02T08:00:00.000Z',
    product: { __typename: 'Product', id: '1', name: 'Fleet app' },
    demandByQuarter: QUARTER_STARTS.map((start, i) => ({ __typename: 'FeatureRequestQuarter', start, feedbackCount: i })),
    ...extra,
  };
}

export function connection(ids: string[], totalCount: number, hasNextPage = false, extra: (id: string) => Record<string, unknown> = () => ({})) {
  return {
    featureRequests: {
      __typename: 'FeatureRequestConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: ids.length ? `c-${ids.at(-1)}` : null },
      edges: ids.map((id) => ({ __typename: 'FeatureRequestEdge', cursor: `c-${id}`, node: requestNode(id, extra(id)) })),
    },
  };
}

export const REVENUE_DESC = { field: 'REVENUE', direction: 'DESC' };

/** One page of the list: the variables the page must send, and its answer. */
export function listPage(
  filter: object,
  ids: string[],
  totalCount: number,
  options: { orderBy?: object; first?: number; after?: string | null; hasNextPage?: boolean } = {},
): MockedResponse {
  return {
    request: {
      query: FeatureRequestListQuery,
      variables: { filter, orderBy: options.orderBy ?? REVENUE_DESC, first: options.first ?? 25, after: options.after ?? null },
    },
    result: { data: connection(ids, totalCount, options.hasNextPage ?? false) },
  };
}

export const permissions = (allowed: boolean): MockedResponse => ({
  request: { query: FeatureRequestPermissionsQuery },
  result: { data: { viewerCanManageFeatureRequests: allowed } },
});

export const organisation: MockedResponse = {
  request: { query: OrganisationQuery },
  result: { data: { organisation: { __typename: 'Organisation', timeZone: 'Europe/Oslo', minResponses: 30 } } },
};

export const filterOptions: MockedResponse = {
  request: { query: FeedbackFilterOptionsQuery },
  result: {
    data: {
      departments: [{ __typename: 'Department', id: '1', name: 'Product' }],
      products: [
        { __typename: 'Product', id: '1', name: 'Fleet app' },
        { __typename: 'Product', id: '2', name: 'Customer portal' },
      ],
      themes: [],
      regions: ['Oslo', 'Västra Götaland'],
    },
  },
};
