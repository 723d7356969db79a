import type { MockedResponse } from '@apollo/client/testing/core';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp, settle } from '@/shared/testing/renderWithApp';
import { ActionItemsQuery } from '../graphql/actionItems.query';
import { CreateActionItemMutation } from '../graphql/createActionItem.mutation';
import { FollowUpQueueQuery } from '../graphql/followUpQueue.query';
import { actionItem, connection, department, viewerMock } from '../testing/fixtures';
import QueuePage from './QueuePage.vue';

const routes = [
  { path: '/actions/queue', name: 'actions-queue', component: QueuePage },
  { path: '/actions', name: 'actions', component: { template: '<p />' } },
  { path: '/actions/overdue', name: 'actions-overdue', component: { template: '<p />' } },
  { path: '/actions/response-times', name: 'actions-response-times', component: { template: '<p />' } },
  { path: '/actions/:id', name: 'action-item', component: { template: '<p />' } },
];

function waiting(id: string, customer: string | null, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Feedback',
    id,
    receivedAt: '2026-03-09T08:00:00.000Z',
    followUpDueAt: '2026-03-10T08:00:00.000Z',
    channel: 'SURVEY_EMAIL',
    category: 'COMPLAINT',
    text: 'The parcel arrived broken and nobody answered the phone.',
    npsScore: 2,
    csatScore: null,
    cesScore: null,
    loopStatus: 'OPEN',
    department: department('d1', 'Support'),
    customer: customer && { __typename: 'Customer', id: `c${id}`, name: customer },
    ...extra,
  };
}

const queue: MockedResponse = {
  request: { query: FollowUpQueueQuery, variables: { departmentId: 'd1', first: 25, after: null } },
  result: {
    data: {
      followUpQueue: {
        __typename: 'FeedbackConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'q2' },
        edges: [waiting('f1', 'Fjord Logistikk AS'), waiting('f2', null)].map((node, i) => ({ __typename: 'FeedbackEdge', cursor: `q${i + 1}`, node })),
      },
    },
  },
};
const lists = (overdue: object[], open: object[]): MockedResponse[] => [
  { request: { query: ActionItemsQuery, variables: { filter: { departmentIds: ['d1'], overdue: true }, first: 25, after: null } }, result: { data: { actionItems: connection(overdue) } } },
  // the API answers the unassigned filter: only the open items without an assignee come back
  {
    request: { query: ActionItemsQuery, variables: { filter: { departmentIds: ['d1'], statuses: ['OPEN', 'IN_PROGRESS'], unassigned: true }, first: 25, after: null } },
    result: { data: { actionItems: connection(open.filter((item) => !(item as { assignee: unknown }).assignee)) } },
  },
];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('QueuePage', () => {
  it('assigns a waiting customer in one click (to the lead unless someone else is picked), and the row leaves the queue', async () => {
    const created = actionItem('a9', { title: 'Follow up: Fjord Logistikk AS', feedback: { ...actionItem('a9').feedback, id: 'f1' } });
    const { wrapper } = await renderWithApp({
      path: '/actions/queue',
      routes,
      mocks: [
        viewerMock('LEAD'),
        queue,
        ...lists([actionItem('a1', { overdue: true, dueAt: '2020-01-01T00:00:00.000Z' })], [actionItem('a2', { assignee: null }), actionItem('a3')]),
        {
          request: { query: CreateActionItemMutation, variables: { input: { feedbackId: 'f1', assigneeId: 'u1', title: 'Follow up: Fjord Logistikk AS' } } },
          result: { data: { createActionItem: { ...created, feedback: { ...created.feedback, loopStatus: 'OPEN', actionItems: [created] }, idea: null } } },
        },
      ],
    });
    const rows = () => wrapper.findAll('[data-testid="queue-row"]');
    expect(rows().map((r) => r.attributes('data-id'))).toEqual(['f1', 'f2']);
    expect(rows()[0].text()).toContain('Fjord Logistikk AS');
    expect(rows()[1].text()).toContain('Unknown customer');
    expect(wrapper.get('[data-testid="queue-total"]').text()).toBe('2');
    // the button says whom it gives to whom, for a screen reader
    expect(rows()[0].get('[data-testid="queue-assign"]').text()).toBe('Assign the feedback from Fjord Logistikk AS to Maria Solberg');
    // overdue and unassigned: the lists below the queue
    expect(wrapper.findAll('[data-testid="queue-overdue"] [data-testid="action-row"]').map((r) => r.attributes('data-id'))).toEqual(['a1']);
    expect(wrapper.findAll('[data-testid="queue-unassigned"] [data-testid="action-row"]').map((r) => r.attributes('data-id'))).toEqual(['a2']);

    await rows()[0].get('[data-testid="queue-assign"]').trigger('click');
    await settle();
    expect(rows().map((r) => r.attributes('data-id'))).toEqual(['f2']);
    expect(wrapper.get('[data-testid="queue-total"]').text()).toBe('1');
    expect(wrapper.find('[data-testid="queue-error"]').exists()).toBe(false);
  });

  it('says when nobody is waiting', async () => {
    const { wrapper } = await renderWithApp({
      path: '/actions/queue',
      routes,
      mocks: [
        viewerMock('LEAD'),
        { ...queue, result: { data: { followUpQueue: { __typename: 'FeedbackConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } } },
        ...lists([], []),
      ],
    });
    expect(wrapper.get('[data-testid="queue-empty"]').text()).toContain('No customer is waiting');
    expect(wrapper.get('[data-testid="queue-overdue-empty"]').text()).toContain('Nothing in the department is overdue');
    expect(wrapper.get('[data-testid="queue-unassigned-empty"]').text()).toContain('Every open item has someone on it');
  });

  it('shows the API’s refusal next to the row and keeps it', async () => {
    const { wrapper } = await renderWithApp({
      path: '/actions/queue',
      routes,
      mocks: [
        viewerMock('LEAD', { name: 'Maria Solberg' }),
        queue,
        ...lists([], []),
        {
          request: { query: CreateActionItemMutation, variables: { input: { feedbackId: 'f2', assigneeId: 'u1', title: 'Follow up: The parcel arrived broken and nobody answered the phone.' } } },
          error: new Error('Network down'),
        },
      ],
    });
    await wrapper.findAll('[data-testid="queue-assign"]')[1].trigger('click');
    await settle();
    expect(wrapper.findAll('[data-testid="queue-row"]')).toHaveLength(2);
    expect(wrapper.get('[data-testid="queue-error"]').text()).toContain('could not be assigned');
  });
});
