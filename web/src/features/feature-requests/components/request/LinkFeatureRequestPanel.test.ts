import type { MockedResponse } from '@apollo/client/testing/core';
import { NSelect } from 'naive-ui';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedbackFilterOptionsQuery } from '@/shared/graphql/filterOptions.query';
import { renderWithApp, settle } from '@/shared/testing/renderWithApp';
import { product, requestSummary } from '../../composables/request/testFixtures';
import { SEARCH_WAIT_MS } from '../../composables/request/useRequestSearch';
import { CreateFeatureRequestFromFeedbackMutation } from '../../graphql/request/createFeatureRequestFromFeedback.mutation';
import { FeedbackFeatureRequestsQuery } from '../../graphql/request/feedbackFeatureRequests.query';
import { FindFeatureRequestsQuery } from '../../graphql/request/findFeatureRequests.query';
import { LinkFeedbackToRequestMutation } from '../../graphql/request/linkFeedbackToRequest.mutation';
import LinkFeatureRequestPanel from './LinkFeatureRequestPanel.vue';

const routes = [{ path: '/feedback/:feedbackId', component: LinkFeatureRequestPanel, props: true }];

afterEach(() => {
  document.body.innerHTML = '';
});

function panel(extra: { category?: string; linked?: object[]; suggested?: object[]; canManage?: boolean } = {}): MockedResponse {
  return {
    request: { query: FeedbackFeatureRequestsQuery, variables: { id: '17' } },
    result: {
      data: {
        feedbackItem: {
          __typename: 'Feedback',
          id: '17',
          category: extra.category ?? 'FEATURE_REQUEST',
          text: 'Please let us export to CSV.',
          product: product('p2', 'Chorus Surveys'),
          featureRequests: extra.linked ?? [],
          suggestedFeatureRequests: extra.suggested ?? [requestSummary('3', { title: 'CSV export' }), requestSummary('4', { title: 'Excel export' })],
        },
        viewerCanManageFeatureRequests: extra.canManage ?? false,
      },
    },
  };
}

const linkMock = (requestId: string): MockedResponse => ({
  request: { query: LinkFeedbackToRequestMutation, variables: { featureRequestId: requestId, feedbackId: '17' } },
  result: { data: { linkFeedback: { __typename: 'FeatureRequest', id: requestId, feedbackCount: 3, customerCount: 3, revenue: 3_000_000 } } },
});

const render = (mocks: MockedResponse[]) => renderWithApp({ path: '/feedback/17', routes, mocks });

describe('LinkFeatureRequestPanel', () => {
  it('is a region named "Feature requests" and says when nothing is linked', async () => {
    const { wrapper } = await render([panel()]);
    const region = wrapper.get('[data-testid="feature-request-panel"]');
    expect(region.attributes('role')).toBe('region');
    expect(document.getElementById(region.attributes('aria-labelledby')!)?.textContent).toBe('Feature requests');
    expect(wrapper.get('[data-testid="linked-requests-empty"]').text()).toBe('Not linked to any feature request yet.');
  });

  it('suggests requests for feedback that asks for a feature, and links one with one click', async () => {
    const { wrapper } = await render([
      panel(),
      linkMock('3'),
      panel({ linked: [requestSummary('3', { title: 'CSV export' })], suggested: [requestSummary('4', { title: 'Excel export' })] }),
    ]);
    const suggested = wrapper.get('[data-testid="suggested-requests"]');
    expect(suggested.get('h3').text()).toBe('Suggested');
    const rows = suggested.findAll('[data-testid="request-row"]');
    expect(rows.map((r) => r.attributes('data-id'))).toEqual(['3', '4']);
    const button = rows[0].get('[data-testid="link-suggested"]');
    expect(button.text()).toBe('Link');
    await button.trigger('click');
    await settle();
    // the mutation was answered (a mock used once) and the panel asked again
    expect(wrapper.get('[data-testid="linked-requests"] [data-testid="request-row"]').attributes('data-id')).toBe('3');
    expect(wrapper.get('[data-testid="linked-requests"] a').attributes('href')).toBe('/feature-requests/3');
    expect(wrapper.findAll('[data-testid="suggested-requests"] [data-testid="request-row"]').map((r) => r.attributes('data-id'))).toEqual(['4']);
    expect(wrapper.get('[data-testid="link-done"]').text()).toBe('Linked to “CSV export”.');
  });

  it('offers no suggestions for feedback of another category', async () => {
    const { wrapper } = await render([panel({ category: 'COMPLAINT' })]);
    expect(wrapper.find('[data-testid="suggested-requests"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="link-suggested"]').exists()).toBe(false);
  });

  it('finds any request by search and links it', async () => {
    const { wrapper } = await render([
      panel({ category: 'PRAISE', linked: [requestSummary('3', { title: 'CSV export' })] }),
      {
        request: { query: FindFeatureRequestsQuery, variables: { search: 'export', first: 8 } },
        result: { data: { featureRequests: { __typename: 'FeatureRequestConnection', edges: [requestSummary('3'), requestSummary('8', { title: 'PDF export' })].map((node) => ({ __typename: 'FeatureRequestEdge', node })) } } },
      },
      linkMock('8'),
      panel({ category: 'PRAISE', linked: [requestSummary('3', { title: 'CSV export' }), requestSummary('8', { title: 'PDF export' })] }),
    ]);
    const input = wrapper.get('input[type="search"]');
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe('Find a feature request');
    await input.setValue('export');
    await new Promise((resolve) => setTimeout(resolve, SEARCH_WAIT_MS + 50));
    await settle();
    // what it is linked to already is not offered again
    const found = wrapper.findAll(`[data-testid="${input.attributes('id')}-results"] [data-testid="request-row"]`);
    expect(found.map((r) => r.attributes('data-id'))).toEqual(['8']);
    expect(wrapper.get(`[data-testid="${input.attributes('id')}-status"]`).text()).toBe('1 request found');
    await found[0].get('[data-testid="link-found"]').trigger('click');
    await settle();
    expect(wrapper.findAll('[data-testid="linked-requests"] [data-testid="request-row"]').map((r) => r.attributes('data-id'))).toEqual(['3', '8']);
  });

  it('offers "Create new request" only to those who may create one', async () => {
    const { wrapper } = await render([panel()]);
    expect(wrapper.find('[data-testid="create-request"]').exists()).toBe(false);
  });

  it('creates a request for the feedback’s product with the feedback linked, in one mutation', async () => {
    const { wrapper } = await render([
      panel({ canManage: true }),
      {
        request: { query: FeedbackFilterOptionsQuery },
        result: { data: { departments: [], themes: [], regions: [], products: [product('p1', 'Chorus Cloud'), product('p2', 'Chorus Surveys')] } },
      },
      {
        request: { query: CreateFeatureRequestFromFeedbackMutation, variables: { input: { title: 'Export to CSV', description: null, productId: 'p2', feedbackIds: ['17'] } } },
        result: { data: { createFeatureRequest: requestSummary('20', { title: 'Export to CSV', product: product('p2', 'Chorus Surveys') }) } },
      },
      panel({ canManage: true, linked: [requestSummary('20', { title: 'Export to CSV' })] }),
    ]);
    const open = wrapper.get('[data-testid="create-request"]');
    expect(open.text()).toBe('Create new request');
    await open.trigger('click');
    await settle();
    expect(wrapper.findComponent(NSelect).props('value')).toBe('p2');
    const form = () => wrapper.get('[data-testid="create-request-form"]');
    await form().trigger('submit');
    await settle();
    expect(wrapper.get('[data-testid="create-request-title-error"]').text()).toBe('Give the request a title.');
    await wrapper.get('[data-testid="create-request-title"]').setValue('Export to CSV');
    await form().trigger('submit');
    await settle();
    expect(wrapper.find('[data-testid="create-request-form"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="link-done"]').text()).toBe('The request was created and this feedback linked to it.');
    expect(wrapper.get('[data-testid="linked-requests"] [data-testid="request-row"]').attributes('data-id')).toBe('20');
  });
});
