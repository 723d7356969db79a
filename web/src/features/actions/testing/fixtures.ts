// Answers shaped exactly like the API's, for the action items' component tests.
import type { MockedResponse } from '@apollo/client/testing/core';
import { ViewerQuery } from '@/features/auth/graphql/viewer.query';

export const department = (id: string, name: string) => ({ __typename: 'Department', id, name });
export const user = (id: string, name: string) => ({ __typename: 'User', id, name });

export function viewerMock(role: 'EMPLOYEE' | 'LEAD' | 'ADMIN', extra: Record<string, unknown> = {}): MockedResponse {
  return {
    request: { query: ViewerQuery },
    result: {
      data: {
        viewer: {
          __typename: 'User',
          id: 'u1',
          name: 'Maria Solberg',
          email: 'maria@chorus.demo',
          role,
          locale: 'en',
          department: department('d1', 'Support'),
          ...extra,
        },
      },
    },
    maxUsageCount: 10,
  };
}

export function actionItem(id: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'ActionItem',
    id,
    version: 1,
    title: `Call back ${id}`,
    status: 'OPEN',
    priority: 'NORMAL',
    createdAt: '2026-03-02T08:00:00.000Z',
    dueAt: '2026-03-03T08:00:00.000Z',
    overdue: false,
    firstResponseAt: null,
    assignee: user('u1', 'Maria Solberg'),
    department: department('d1', 'Support'),
    feedback: {
      __typename: 'Feedback',
      id: 'f17',
      npsScore: 3,
      csatScore: null,
      cesScore: null,
      customer: { __typename: 'Customer', id: 'c9', name: 'Fjord Logistikk AS' },
    },
    idea: null,
    ...extra,
  };
}

export function actionItemDetail(id: string, extra: Record<string, unknown> = {}) {
  const base = actionItem(id);
  return {
    ...base,
    description: 'The invoice was wrong three times.',
    resolvedAt: null,
    firstResponseHours: null,
    withinSla: null,
    feedback: { ...base.feedback, loopStatus: 'OPEN', receivedAt: '2026-03-02T07:00:00.000Z', text: 'Fakturaen var feil.' },
    followUps: [],
    ...extra,
  };
}

export function connection(nodes: object[], totalCount = nodes.length, endCursor: string | null = null) {
  return {
    __typename: 'ActionItemConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
    edges: nodes.map((node, i) => ({ __typename: 'ActionItemEdge', cursor: `c${i}`, node })),
  };
}
