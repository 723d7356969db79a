// Answers shaped exactly like the API's, for the request page's and the link panel's component tests.
import type { MockedResponse } from '@apollo/client/testing/core';
import { FeatureRequestAskersQuery } from '../../graphql/request/featureRequestAskers.query';
import { FeatureRequestLinkedFeedbackQuery } from '../../graphql/request/featureRequestLinkedFeedback.query';
import { FeatureRequestPageQuery } from '../../graphql/request/featureRequestPage.query';

export const user = (id: string, name: string) => ({ __typename: 'User', id, name });
export const product = (id = 'p1', name = 'Chorus Cloud') => ({ __typename: 'Product', id, name });

export function requestDetail(id: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'FeatureRequest',
    id,
    title: `Request ${id}`,
    description: 'Export the dashboard as CSV.',
    status: 'UNDER_REVIEW',
    createdAt: '2026-01-10T09:00:00.000Z',
    createdBy: user('u3', 'Lena Lead'),
    product: product(),
    feedbackCount: 3,
    customerCount: 2,
    revenue: 4_500_000,
    viewerCanManage: false,
    allowedStatuses: [],
    merged: [],
    statusChanges: [
      { __typename: 'FeatureRequestStatusChange', id: 's1', from: null, to: 'UNDER_REVIEW', note: null, at: '2026-01-10T09:00:00.000Z', by: user('u3', 'Lena Lead') },
    ],
    ...extra,
  };
}

export function requestSummary(id: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'FeatureRequest',
    id,
    title: `Request ${id}`,
    status: 'UNDER_REVIEW',
    feedbackCount: 2,
    customerCount: 2,
    revenue: 1_000_000,
    lastAskedAt: '2026-02-01T09:00:00.000Z',
    product: product(),
    ...extra,
  };
}

export function linkedFeedback(id: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Feedback',
    id,
    receivedAt: '2026-02-01T09:00:00.000Z',
    text: `We need CSV export (${id}).`,
    language: 'en',
    npsScore: 6,
    csatScore: null,
    cesScore: null,
    customer: { __typename: 'Customer', id: `c${id}`, name: `Customer ${id}`, segment: 'ENTERPRISE', region: 'Norway' },
    ...extra,
  };
}

export function feedbackPage(requestId: string, ids: string[], { after = null as string | null, hasNextPage = false, total = ids.length } = {}): MockedResponse {
  return {
    request: { query: FeatureRequestLinkedFeedbackQuery, variables: { id: requestId, first: 20, after } },
    result: {
      data: {
        featureRequest: {
          __typename: 'FeatureRequest',
          id: requestId,
          feedback: {
            __typename: 'FeedbackConnection',
            totalCount: total,
            pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: ids.length ? `cur-${ids[ids.length - 1]}` : null },
            edges: ids.map((id) => ({ __typename: 'FeedbackEdge', cursor: `cur-${id}`, node: linkedFeedback(id) })),
          },
        },
      },
    },
  };
}

export function asker(key: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'FeatureRequestAsker',
    key,
    feedbackCount: 2,
    customer: { __typename: 'Customer', id: key.replace('customer:', ''), name: `Customer ${key}`, segment: 'MID_MARKET', region: 'Sweden', annualRevenue: 2_000_000 },
    latestFeedback: {
      __typename: 'Feedback',
      id: `f-${key}`,
      receivedAt: '2026-02-01T09:00:00.000Z',
      contact: { __typename: 'Contact', name: '••••', email: '••••', phone: '••••', masked: true },
    },
    followUp: null,
    ...extra,
  };
}

export const askersAnswer = (requestId: string, askers: object[]) => ({
  featureRequest: { __typename: 'FeatureRequest', id: requestId, askers },
});

export function askersMock(requestId: string, askers: object[]): MockedResponse {
  return { request: { query: FeatureRequestAskersQuery, variables: { id: requestId } }, result: { data: askersAnswer(requestId, askers) } };
}

export function pageMock(id: string, answer: object | null): MockedResponse {
  return { request: { query: FeatureRequestPageQuery, variables: { id } }, result: { data: { featureRequest: answer } } };
}
