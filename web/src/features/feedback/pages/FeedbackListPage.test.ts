import type { MockedResponse } from '@apollo/client/testing/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderWithApp, settle } from '@/shared/testing/renderWithApp';
import { FeedbackFilterOptionsQuery } from '@/shared/graphql/filterOptions.query';
import { FeedbackListQuery } from '../graphql/feedbackList.query';
import FeedbackListPage from './FeedbackListPage.vue';

const routes = [{ path: '/feedback', name: 'feedback', component: FeedbackListPage }];
const NEWEST = { field: 'RECEIVED_AT', direction: 'DESC' };

const options: MockedResponse = {
  request: { query: FeedbackFilterOptionsQuery },
  result: {
    data: {
      departments: [{ __typename: 'Department', id: '1', name: 'Support' }],
      products: [{ __typename: 'Product', id: '1', name: 'Chorus Cloud' }],
      themes: [{ __typename: 'Theme', id: '1', name: 'Pricing' }],
      regions: ['Norway', 'Sweden'],
    },
  },
  maxUsageCount: 10,
};

function node(id: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Feedback',
    id,
    receivedAt: '2025-03-14T09:30:00.000Z',
    channel: 'REVIEW',
    kind: 'INDIRECT',
    category: 'COMPLAINT',
    npsScore: 3,
    csatScore: null,
    cesScore: null,
    text: `Checkout was slow (${id})`,
    language: 'en',
    sentiment: 'NEGATIVE',
    loopStatus: 'OPEN',
    customer: { __typename: 'Customer', id: `c${id}`, name: `Customer ${id}`, segment: 'ENTERPRISE' },
    themes: [{ __typename: 'Theme', id: '1', name: 'Pricing' }],
    department: { __typename: 'Department', id: '1', name: 'Support' },
    ...extra,
  };
}

function page(filter: object, ids: string[], totalCount: number, after: string | null = null, hasNextPage = false): MockedResponse {
  return {
    request: { query: FeedbackListQuery, variables: { filter, orderBy: NEWEST, first: 25, after } },
    result: {
      data: {
        feedback: {
          __typename: 'FeedbackConnection',
          totalCount,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: ids.length ? `cursor-${ids.at(-1)}` : null },
          edges: ids.map((id) => ({ __typename: 'FeedbackEdge', cursor: `cursor-${id}`, node: node(id) })),
        },
      },
    },
  };
}

// the page loads its table and filters as chunks of their own: here they are loaded before it renders
beforeAll(async () => {
  await Promise.all([import('../components/FeedbackTable.vue'), import('../components/FeedbackFilters.vue')]);
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('FeedbackListPage', () => {
  it('shows the rows and the total for the filters in the URL', async () => {
    const { wrapper } = await renderWithApp({
      path: '/feedback?channels=REVIEW',
      routes,
      mocks: [options, page({ channels: ['REVIEW'] }, ['1', '2'], 1234)],
    });
    expect(wrapper.get('[data-testid="feedback-total"]').text()).toBe('1,234 items');
    const rows = wrapper.findAll('[data-testid="feedback-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[0].text()).toContain('Customer 1');
    expect(rows[0].text()).toContain('Enterprise');
    expect(rows[0].text()).toContain('Checkout was slow (1)');
    expect(rows[0].text()).toContain('Negative');
    expect(rows[0].find('[data-band="bad"]').text()).toBe('NPS3');
    expect(wrapper.get('[data-testid="filter-channels"]').text()).toContain('Review');
  });

  it('opens an item with Enter or a click', async () => {
    const { wrapper, router } = await renderWithApp({
      path: '/feedback',
      routes,
      mocks: [options, page({}, ['7', '8'], 2)],
    });
    await wrapper.findAll('[data-testid="feedback-row"]')[1].trigger('keydown', { key: 'Enter' });
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/feedback/8');
  });

  it('pages forward and back with the cursors', async () => {
    const { wrapper } = await renderWithApp({
      path: '/feedback',
      routes,
      mocks: [options, page({}, ['1', '2'], 30, null, true), page({}, ['3'], 30, 'cursor-2', false), page({}, ['1', '2'], 30, null, true)],
    });
    expect(wrapper.get('[data-testid="feedback-range"]').text()).toBe('1–2 of 30');
    await wrapper.get('[data-testid="page-next"]').trigger('click');
    await settle();
    expect(wrapper.findAll('[data-testid="feedback-row"]').map((r) => r.attributes('data-id'))).toEqual(['3']);
    expect(wrapper.get('[data-testid="feedback-range"]').text()).toBe('26–26 of 30');
    expect(wrapper.get('[data-testid="page-next"]').attributes('disabled')).toBeDefined();
    await wrapper.get('[data-testid="page-previous"]').trigger('click');
    await settle();
    expect(wrapper.findAll('[data-testid="feedback-row"]').map((r) => r.attributes('data-id'))).toEqual(['1', '2']);
  });

  it('says so when nothing matches, and clears the filters from there', async () => {
    const { wrapper, router } = await renderWithApp({
      path: '/feedback?sentiments=POSITIVE&regions=Sweden',
      routes,
      mocks: [options, page({ sentiments: ['POSITIVE'], regions: ['Sweden'] }, [], 0), page({}, ['1'], 1)],
    });
    expect(wrapper.get('[data-testid="feedback-empty"]').text()).toContain('No feedback matches these filters');
    await wrapper.get('[data-testid="empty-clear-filters"]').trigger('click');
    await settle();
    expect(router.currentRoute.value.query).toEqual({});
    expect(wrapper.findAll('[data-testid="feedback-row"]')).toHaveLength(1);
    expect(wrapper.get('[data-testid="feedback-total"]').text()).toBe('1 item');
  });

  it('shows an error with a retry', async () => {
    const failing: MockedResponse = {
      request: { query: FeedbackListQuery, variables: { filter: {}, orderBy: NEWEST, first: 25, after: null } },
      error: new Error('Network down'),
    };
    const { wrapper } = await renderWithApp({
      path: '/feedback',
      routes,
      mocks: [options, failing, page({}, ['1'], 1)],
    });
    expect(wrapper.get('[data-testid="error-state"]').text()).toContain('The feedback could not be loaded.');
    await wrapper.get('[data-testid="retry"]').trigger('click');
    await settle();
    expect(wrapper.findAll('[data-testid="feedback-row"]')).toHaveLength(1);
  });
});
