import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp, settle } from '@/shared/testing/renderWithApp';
import {
  asker, askersAnswer, askersMock, feedbackPage, pageMock, requestDetail, requestSummary, user,
} from '../composables/request/testFixtures';
import { SEARCH_WAIT_MS } from '../composables/request/useRequestSearch';
import { FeatureRequestPageQuery } from '../graphql/request/featureRequestPage.query';
import { FindFeatureRequestsQuery } from '../graphql/request/findFeatureRequests.query';
import { MergeDuplicateFeatureRequestMutation } from '../graphql/request/mergeDuplicateFeatureRequest.mutation';
import { TellFeatureRequestCustomersMutation } from '../graphql/request/tellFeatureRequestCustomers.mutation';
import { UnlinkFeedbackFromRequestMutation } from '../graphql/request/unlinkFeedbackFromRequest.mutation';
import FeatureRequestPage from './FeatureRequestPage.vue';

const routes = [
  { path: '/feature-requests', name: 'feature-requests', component: { template: '<p />' } },
  { path: '/feature-requests/:id', name: 'feature-request-detail', component: FeatureRequestPage, props: true },
  { path: '/actions/:id', name: 'action-item', component: { template: '<p />' } },
];

afterEach(() => {
  document.body.innerHTML = '';
});

const typeAndWait = async (input: { setValue: (v: string) => Promise<void> }, text: string) => {
  await input.setValue(text);
  await new Promise((resolve) => setTimeout(resolve, SEARCH_WAIT_MS + 50));
  await settle();
};

describe('FeatureRequestPage', () => {
  it('shows the request, its figures, timeline, merged duplicates, linked feedback and who asked', async () => {
    const { wrapper } = await renderWithApp({
      path: '/feature-requests/9',
      routes,
      mocks: [
        pageMock('9', requestDetail('9', {
          status: 'PLANNED',
          merged: [{ __typename: 'MergedFeatureRequest', id: '4', title: 'CSV download', mergedAt: '2026-01-20T09:00:00.000Z' }],
          statusChanges: [
            ...requestDetail('9').statusChanges,
            { __typename: 'FeatureRequestStatusChange', id: 's2', from: 'UNDER_REVIEW', to: 'PLANNED', note: 'Spring release.', at: '2026-02-02T09:00:00.000Z', by: user('u3', 'Lena Lead') },
          ],
        })),
        feedbackPage('9', ['f1', 'f2'], { hasNextPage: true, total: 3 }),
        askersMock('9', [asker('customer:1'), asker('customer:2', { customer: null, latestFeedback: { __typename: 'Feedback', id: 'f2', receivedAt: '2026-01-03T09:00:00.000Z', contact: { __typename: 'Contact', name: 'Kari', email: 'kari@fjord.no', phone: null, masked: false } } })]),
        feedbackPage('9', ['f3'], { after: 'cur-f2', total: 3 }),
      ],
    });
    expect(wrapper.get('h1').text()).toBe('Request 9');
    expect(wrapper.get('[data-testid="request-status"]').text()).toBe('Planned');
    expect(wrapper.get('[data-testid="request-product"]').text()).toBe('Chorus Cloud');
    expect(wrapper.get('[data-testid="request-created"]').text()).toContain('Created by Lena Lead');
    expect(wrapper.get('[data-testid="request-customers"]').text()).toContain('2');
    expect(wrapper.get('[data-testid="request-revenue"]').text()).toContain('4,500,000');
    expect(wrapper.get('[data-testid="request-feedback-count"]').text()).toContain('3');
    const timeline = wrapper.findAll('[data-testid="request-timeline-entry"]');
    expect(timeline.map((e) => e.text())).toEqual([
      expect.stringContaining('Created by Lena Lead'),
      expect.stringMatching(/Lena Lead moved it from Under review to Planned.*Note: Spring release\./s),
    ]);
    expect(wrapper.get('[data-testid="request-merged"]').text()).toContain('Merged into this:');
    expect(wrapper.get('[data-testid="request-merged-item"]').text()).toContain('CSV download');

    const items = () => wrapper.findAll('[data-testid="request-feedback-item"]');
    expect(items().map((i) => i.attributes('data-id'))).toEqual(['f1', 'f2']);
    expect(items()[0].text()).toContain('Customer f1');
    expect(items()[0].text()).toContain('Enterprise · Norway');
    expect(items()[0].text()).toContain('We need CSV export (f1).');
    expect(items()[0].get('[data-band="bad"]').text()).toBe('NPS6');
    expect(items()[0].get('a').attributes('href')).toBe('/feedback/f1');
    await wrapper.get('[data-testid="request-feedback-more"]').trigger('click');
    await settle();
    expect(items().map((i) => i.attributes('data-id'))).toEqual(['f1', 'f2', 'f3']);
    expect(wrapper.find('[data-testid="request-feedback-more"]').exists()).toBe(false);

    // everyone reads who asked; a masked contact is only "hidden"
    const askers = wrapper.findAll('[data-testid="asker"]');
    expect(askers).toHaveLength(2);
    expect(askers[0].get('[data-testid="asker-contact"]').text()).toBe('hidden');
    expect(askers[0].text()).not.toContain('••••');
    expect(askers[1].get('[data-testid="asker-contact"]').text()).toBe('Kari · kari@fjord.no');
    expect(askers[1].get('h3').text()).toBe('Kari');
    expect(askers[0].get('[data-testid="asker-latest"]').attributes('href')).toBe('/feedback/f-customer:1');
    // an employee decides nothing
    expect(wrapper.find('[data-testid="request-status-control"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="merge-open"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="tell-customers"]').exists()).toBe(false);
  });

  it('moves a merged request’s address to the request it was merged into, and says so', async () => {
    const target = requestDetail('9', { merged: [{ __typename: 'MergedFeatureRequest', id: '5', title: 'Old CSV idea', mergedAt: '2026-01-20T09:00:00.000Z' }] });
    // opened from the list, as a notification or an old link would lead there
    const { wrapper, router } = await renderWithApp({
      path: '/feature-requests',
      routes,
      mocks: [pageMock('5', target), pageMock('9', target), feedbackPage('9', []), askersMock('9', [])],
    });
    await router.push('/feature-requests/5');
    await settle();
    await settle();
    expect(router.currentRoute.value.path).toBe('/feature-requests/9');
    expect(router.currentRoute.value.query).toEqual({ mergedFrom: '5' });
    expect(wrapper.get('h1').text()).toBe('Request 9');
    expect(wrapper.get('[data-testid="request-merged-note"]').text()).toBe('“Old CSV idea” was merged into this request: you are reading the request it became.');
    expect(wrapper.get('[data-testid="request-feedback-empty"]').text()).toContain('No feedback linked yet.');
    expect(wrapper.get('[data-testid="askers-empty"]').text()).toBe('No customer has asked yet.');
    // replaced, not pushed: Back does not return to the merged address (and bounce forward again)
    router.back();
    await settle();
    expect(router.currentRoute.value.path).toBe('/feature-requests');
  });

  it('shows the first dozen customers who asked, and all of them on request', async () => {
    const many = Array.from({ length: 14 }, (_, i) => asker(`customer:${i + 1}`));
    const { wrapper } = await renderWithApp({
      path: '/feature-requests/9',
      routes,
      mocks: [pageMock('9', requestDetail('9')), feedbackPage('9', []), askersMock('9', many)],
    });
    expect(wrapper.findAll('[data-testid="asker"]')).toHaveLength(12);
    const more = wrapper.get('[data-testid="askers-more"]');
    expect(more.text()).toBe('Show all 14 customers');
    await more.trigger('click');
    expect(wrapper.findAll('[data-testid="asker"]')).toHaveLength(14);
    expect(wrapper.find('[data-testid="askers-more"]').exists()).toBe(false);
  });

  it('says when the request does not exist', async () => {
    const { wrapper } = await renderWithApp({ path: '/feature-requests/77', routes, mocks: [pageMock('77', null)] });
    expect(wrapper.get('[data-testid="request-not-found"]').text()).toContain('This feature request does not exist');
  });

  it('offers a retry when the request cannot be loaded', async () => {
    const { wrapper } = await renderWithApp({
      path: '/feature-requests/9',
      routes,
      mocks: [
        { request: { query: FeatureRequestPageQuery, variables: { id: '9' } }, error: new Error('Network down') },
        pageMock('9', requestDetail('9')),
        feedbackPage('9', []),
        askersMock('9', []),
      ],
    });
    expect(wrapper.get('[data-testid="error-state"]').text()).toContain('The feature request could not be loaded.');
    await wrapper.get('[data-testid="retry"]').trigger('click');
    await settle();
    expect(wrapper.get('h1').text()).toBe('Request 9');
  });

  it('unlinks a feedback and shows the figures the API answers with', async () => {
    const { wrapper } = await renderWithApp({
      path: '/feature-requests/9',
      routes,
      mocks: [
        pageMock('9', requestDetail('9')),
        feedbackPage('9', ['f1', 'f2']),
        askersMock('9', [asker('customer:1')]),
        {
          request: { query: UnlinkFeedbackFromRequestMutation, variables: { featureRequestId: '9', feedbackId: 'f1' } },
          result: { data: { unlinkFeedback: { __typename: 'FeatureRequest', id: '9', feedbackCount: 2, customerCount: 1, revenue: 2_000_000 } } },
        },
        askersMock('9', []),
      ],
    });
    await wrapper.findAll('[data-testid="request-feedback-unlink"]')[0].trigger('click');
    await settle();
    expect(wrapper.findAll('[data-testid="request-feedback-item"]').map((i) => i.attributes('data-id'))).toEqual(['f2']);
    expect(wrapper.get('[data-testid="request-feedback"]').text()).toContain('(1)');
    expect(wrapper.get('[data-testid="request-customers"]').text()).toContain('1');
    expect(wrapper.get('[data-testid="request-revenue"]').text()).toContain('2,000,000');
  });

  it('lets the product team merge a duplicate, after confirming, and shows it merged with the new figures', async () => {
    const before = requestDetail('9', { viewerCanManage: true, allowedStatuses: ['PLANNED', 'DECLINED'] });
    const after = { ...before, feedbackCount: 5, customerCount: 4, merged: [{ __typename: 'MergedFeatureRequest', id: '12', title: 'Export to CSV', mergedAt: '2026-03-01T09:00:00.000Z' }] };
    const { wrapper } = await renderWithApp({
      path: '/feature-requests/9',
      routes,
      mocks: [
        pageMock('9', before),
        feedbackPage('9', ['f1']),
        askersMock('9', []),
        {
          request: { query: FindFeatureRequestsQuery, variables: { search: 'csv', first: 8 } },
          result: { data: { featureRequests: { __typename: 'FeatureRequestConnection', edges: [requestSummary('9'), requestSummary('12', { title: 'Export to CSV' })].map((node) => ({ __typename: 'FeatureRequestEdge', node })) } } },
        },
        { request: { query: MergeDuplicateFeatureRequestMutation, variables: { sourceId: '12', targetId: '9' } }, result: { data: { mergeFeatureRequests: after } } },
        feedbackPage('9', ['f1', 'f7']),
        askersMock('9', [asker('customer:1')]),
      ],
    });
    expect(wrapper.get('[data-testid="request-merged"]').text()).toContain('No duplicates merged into this request.');
    const open = wrapper.get('[data-testid="merge-open"]');
    expect(open.text()).toBe('Merge a duplicate');
    await open.trigger('click');
    const label = wrapper.get('label[for="merge-search"]');
    expect(label.text()).toBe('Find the duplicate');
    const search = wrapper.get('#merge-search');
    expect(search.attributes('type')).toBe('search');
    await typeAndWait(search, 'csv');
    // the request on screen is never offered as its own duplicate
    const found = wrapper.findAll('[data-testid="merge-search-results"] [data-testid="request-row"]');
    expect(found.map((r) => r.attributes('data-id'))).toEqual(['12']);
    await found[0].get('[data-testid="merge-choose"]').trigger('click');
    await settle();
    const dialog = document.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('Merge “Export to CSV” into this request?');
    expect(dialog.textContent).toContain('Its 2 linked feedback move here');
    const confirm = dialog.querySelector('[data-testid="merge-confirm"]') as HTMLButtonElement;
    expect(confirm.textContent?.trim()).toBe('Merge');
    confirm.click();
    await settle();
    expect(wrapper.get('[data-testid="merge-done"]').text()).toBe('“Export to CSV” was merged into this request.');
    expect(wrapper.get('[data-testid="request-merged-item"]').text()).toContain('Export to CSV');
    expect(wrapper.get('[data-testid="request-feedback-count"]').text()).toContain('5');
    expect(wrapper.findAll('[data-testid="request-feedback-item"]')).toHaveLength(2);
    expect(wrapper.findAll('[data-testid="asker"]')).toHaveLength(1);
  });

  it('shows the API’s refusal of a merge in the dialog', async () => {
    const { wrapper } = await renderWithApp({
      path: '/feature-requests/9',
      routes,
      mocks: [
        pageMock('9', requestDetail('9', { viewerCanManage: true })),
        feedbackPage('9', []),
        askersMock('9', []),
        {
          request: { query: FindFeatureRequestsQuery, variables: { search: 'csv', first: 8 } },
          result: { data: { featureRequests: { __typename: 'FeatureRequestConnection', edges: [{ __typename: 'FeatureRequestEdge', node: requestSummary('12') }] } } },
        },
        {
          request: { query: MergeDuplicateFeatureRequestMutation, variables: { sourceId: '12', targetId: '9' } },
          result: { errors: [new GraphQLError('Some fields are not valid.', { extensions: { code: 'BAD_USER_INPUT', fields: { sourceId: 'This request was already merged into another.' }, reasons: { sourceId: { code: 'ALREADY_MERGED' } } } })] },
        },
      ],
    });
    await wrapper.get('[data-testid="merge-open"]').trigger('click');
    await typeAndWait(wrapper.get('#merge-search'), 'csv');
    await wrapper.get('[data-testid="merge-choose"]').trigger('click');
    await settle();
    (document.querySelector('[data-testid="merge-confirm"]') as HTMLButtonElement).click();
    await settle();
    expect(document.querySelector('[data-testid="merge-error"]')?.textContent).toBe('That request has already been merged into another one.');
  });

  it('tells the customers of a shipped request, then shows their follow-ups and why it cannot again', async () => {
    const followUp = (id: string) => ({ __typename: 'ActionItem', id, status: 'OPEN', assignee: user('u7', 'Ola Lead') });
    const { wrapper } = await renderWithApp({
      path: '/feature-requests/9',
      routes,
      mocks: [
        pageMock('9', requestDetail('9', { status: 'SHIPPED', viewerCanManage: true })),
        feedbackPage('9', []),
        askersMock('9', [asker('customer:1'), asker('customer:2', { followUp: followUp('a2') })]),
        {
          request: { query: TellFeatureRequestCustomersMutation, variables: { id: '9' } },
          result: { data: { tellFeatureRequestCustomers: askersAnswer('9', [asker('customer:1', { followUp: followUp('a1') }), asker('customer:2', { followUp: followUp('a2') })]).featureRequest } },
        },
      ],
    });
    // no status to move to once shipped: no status control
    expect(wrapper.find('[data-testid="request-status-control"]').exists()).toBe(false);
    const button = wrapper.get('[data-testid="tell-customers"]');
    expect(button.text()).toBe('Tell the customers');
    expect(button.attributes('disabled')).toBeUndefined();
    await button.trigger('click');
    await settle();
    expect(wrapper.get('[data-testid="tell-customers-done"]').text()).toBe('1 follow-up made.');
    const followUps = wrapper.findAll('[data-testid="asker-follow-up"] a');
    expect(followUps.map((a) => a.attributes('href'))).toEqual(['/actions/a1', '/actions/a2']);
    expect(followUps[0].text()).toContain('Open');
    expect(followUps[0].text()).toContain('Ola Lead');
    expect(wrapper.get('[data-testid="tell-customers"]').attributes('disabled')).toBeDefined();
    expect(wrapper.get('[data-testid="tell-customers-hint"]').text()).toBe('Every customer who asked already has a follow-up.');
  });
});

