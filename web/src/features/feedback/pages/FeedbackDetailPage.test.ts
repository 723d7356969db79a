import type { MockedResponse } from '@apollo/client/testing/core';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateActionItemMutation } from '@/features/actions/graphql/createActionItem.mutation';
import { FeedbackActionItemsQuery } from '@/features/actions/graphql/feedbackActionItems.query';
import { actionItem, viewerMock } from '@/features/actions/testing/fixtures';
import { FeedbackFeatureRequestsQuery } from '@/features/feature-requests/graphql/request/feedbackFeatureRequests.query';
import { renderWithApp, settle } from '@/shared/testing/renderWithApp';
import { CustomerFeedbackQuery } from '../graphql/customerFeedback.query';
import { FeedbackItemQuery } from '../graphql/feedbackItem.query';
import FeedbackDetailPage from './FeedbackDetailPage.vue';

const routes = [
  { path: '/feedback/:id', name: 'feedback-detail', component: FeedbackDetailPage, props: true },
  { path: '/actions/:id', name: 'action-item', component: { template: '<p />' } },
];

function item(contact: object | null) {
  return {
    __typename: 'Feedback',
    id: '17',
    receivedAt: '2025-02-03T08:15:00.000Z',
    channel: 'SURVEY_EMAIL',
    kind: 'DIRECT',
    category: 'COMPLAINT',
    source: 'qualtrics',
    npsScore: 4,
    npsGroup: 'DETRACTOR',
    csatScore: 2,
    cesScore: null,
    repurchaseScore: 6,
    crossBuyScore: null,
    text: 'Fakturaen var feil for tredje gang.',
    language: 'nb',
    sentiment: 'NEGATIVE',
    loopStatus: 'OPEN',
    themes: [{ __typename: 'Theme', id: '3', name: 'Billing' }],
    department: { __typename: 'Department', id: '1', name: 'Support' },
    product: { __typename: 'Product', id: '2', name: 'Chorus Cloud' },
    survey: { __typename: 'Survey', id: '4', name: 'Quarterly NPS', type: 'RELATIONAL' },
    customer: { __typename: 'Customer', id: '9', name: 'Fjord Logistikk AS', segment: 'MID_MARKET', region: 'Norway', annualRevenue: 12500000 },
    contact: contact && { __typename: 'Contact', ...contact },
  };
}

const history: MockedResponse = {
  request: { query: CustomerFeedbackQuery, variables: { customerId: '9', first: 11 } },
  result: {
    data: {
      feedback: {
        __typename: 'FeedbackConnection',
        totalCount: 2,
        edges: [
          { __typename: 'FeedbackEdge', cursor: 'a', node: { __typename: 'Feedback', id: '17', receivedAt: '2025-02-03T08:15:00.000Z', channel: 'SURVEY_EMAIL', category: 'COMPLAINT', npsScore: 4, csatScore: 2, cesScore: null, text: 'Fakturaen var feil for tredje gang.', sentiment: 'NEGATIVE' } },
          { __typename: 'FeedbackEdge', cursor: 'b', node: { __typename: 'Feedback', id: '12', receivedAt: '2024-11-20T10:00:00.000Z', channel: 'SUPPORT_TICKET', category: 'QUESTION', npsScore: null, csatScore: null, cesScore: 6, text: 'Hvordan eksporterer jeg data?', sentiment: 'NEUTRAL' } },
        ],
      },
    },
  },
};

const request = { query: FeedbackItemQuery, variables: { id: '17' } };

afterEach(() => {
  document.body.innerHTML = '';
});

describe('FeedbackDetailPage', () => {
  it('shows the verbatim, scores, customer and an unmasked contact', async () => {
    const { wrapper } = await renderWithApp({
      path: '/feedback/17',
      routes,
      mocks: [{ request, result: { data: { feedbackItem: item({ name: 'Kari Nordmann', email: 'kari@fjord.no', phone: '+47 900 00 000', masked: false }) } } }, history],
    });
    expect(wrapper.get('[data-testid="feedback-title"]').text()).toBe('Feedback from Fjord Logistikk AS');
    expect(wrapper.get('[data-testid="feedback-text"]').attributes('lang')).toBe('nb');
    expect(wrapper.get('[data-testid="score-nps"]').text()).toContain('Detractor');
    expect(wrapper.get('[data-testid="score-csat"]').text()).toContain('2');
    expect(wrapper.get('[data-testid="score-repurchase"]').text()).toContain('6');
    expect(wrapper.find('[data-testid="score-ces"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="customer-card"]').text()).toContain('Mid-market');
    expect(wrapper.get('[data-testid="customer-card"]').text()).toContain('12,500,000');
    expect(wrapper.find('[data-testid="contact-masked"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="contact-email"] a').attributes('href')).toBe('mailto:kari@fjord.no');
    expect(wrapper.get('[data-testid="feedback-facts"]').text()).toContain('Quarterly NPS');
    expect(wrapper.get('[data-testid="propose-idea"]').attributes('href')).toBe('/ideas/new?feedback=17');
    // The history leaves out the item on screen.
    const others = wrapper.findAll('[data-testid="customer-feedback-item"]');
    expect(others).toHaveLength(1);
    expect(others[0].text()).toContain('Hvordan eksporterer jeg data?');
  });

  it('explains a masked contact and shows only the masked values', async () => {
    const { wrapper } = await renderWithApp({
      path: '/feedback/17',
      routes,
      mocks: [{ request, result: { data: { feedbackItem: item({ name: '••••', email: '••••', phone: '••••', masked: true }) } } }, history],
    });
    expect(wrapper.get('[data-testid="contact-masked"]').text()).toContain('Contact details hidden');
    expect(wrapper.get('[data-testid="contact-email"]').text()).toBe('••••');
    expect(wrapper.find('[data-testid="contact-email"] a').exists()).toBe(false);
  });

  it('lists the feedback’s action items, lets its department make one, and shows the loop status that follows', async () => {
    const panel = (loopStatus: string, items: object[]) => ({
      __typename: 'Feedback',
      id: '17',
      loopStatus,
      text: 'Fakturaen var feil for tredje gang.',
      department: { __typename: 'Department', id: 'd1', name: 'Support' },
      customer: { __typename: 'Customer', id: '9', name: 'Fjord Logistikk AS' },
      actionItems: items,
    });
    const first = actionItem('a1', { status: 'DONE' });
    const created = actionItem('a2', { title: 'Follow up: Fjord Logistikk AS', assignee: null, priority: 'HIGH' });
    const { wrapper } = await renderWithApp({
      path: '/feedback/17',
      routes,
      mocks: [
        viewerMock('EMPLOYEE'),
        { request, result: { data: { feedbackItem: { ...item({ name: '••••', email: '••••', phone: null, masked: true }), loopStatus: 'CLOSED' } } } },
        history,
        { request: { query: FeedbackActionItemsQuery, variables: { id: '17' } }, result: { data: { feedbackItem: panel('CLOSED', [first]) } } },
        {
          request: { query: CreateActionItemMutation, variables: { input: { feedbackId: '17', title: 'Follow up: Fjord Logistikk AS', priority: 'NORMAL' } } },
          result: {
            data: {
              createActionItem: {
                ...created,
                feedback: { ...created.feedback, id: '17', npsScore: 4, csatScore: 2, customer: { __typename: 'Customer', id: '9', name: 'Fjord Logistikk AS' }, loopStatus: 'OPEN', actionItems: [first, created] },
                idea: null,
              },
            },
          },
        },
      ],
    });
    expect(wrapper.findAll('[data-testid="panel-action-item"]')).toHaveLength(1);
    expect(wrapper.get('[data-testid="panel-loop-status"]').attributes('data-value')).toBe('CLOSED');
    await wrapper.get('[data-testid="action-item-create"]').trigger('click');
    expect((wrapper.get('[data-testid="action-item-title"]').element as HTMLInputElement).value).toBe('Follow up: Fjord Logistikk AS');
    // an employee makes the item but does not hand the customer's contact to anyone: no assignee to pick
    expect(wrapper.find('[data-testid="action-item-assignee"]').exists()).toBe(false);
    wrapper.get('[data-testid="action-item-form"]').element.dispatchEvent(new Event('submit'));
    await settle();
    expect(wrapper.findAll('[data-testid="panel-action-item"]').map((i) => i.attributes('data-id'))).toEqual(['a1', 'a2']);
    // the new open item reopens the loop, in the panel and in the page's header alike
    expect(wrapper.get('[data-testid="panel-loop-status"]').attributes('data-value')).toBe('OPEN');
    expect(wrapper.get('.detail__tags [data-value="OPEN"]').text()).toBe('Open');
  });

  it('holds the feature requests panel, loaded with the page rather than the inbox', async () => {
    const { wrapper } = await renderWithApp({
      path: '/feedback/17',
      routes,
      mocks: [
        { request, result: { data: { feedbackItem: { ...item(null), category: 'FEATURE_REQUEST' } } } },
        history,
        {
          request: { query: FeedbackFeatureRequestsQuery, variables: { id: '17' } },
          result: {
            data: {
              feedbackItem: {
                __typename: 'Feedback',
                id: '17',
                category: 'FEATURE_REQUEST',
                text: 'Fakturaen var feil for tredje gang.',
                product: { __typename: 'Product', id: '2', name: 'Chorus Cloud' },
                featureRequests: [],
                suggestedFeatureRequests: [],
              },
              viewerCanManageFeatureRequests: false,
            },
          },
        },
      ],
    });
    // its chunk arrives after the page's own
    await vi.waitFor(() => wrapper.get('[data-testid="feature-request-panel"]'), { timeout: 5000 });
    await settle();
    const panel = wrapper.get('[data-testid="feature-request-panel"]');
    expect(panel.attributes('role')).toBe('region');
    expect(panel.text()).toContain('Feature requests');
    expect(panel.text()).toContain('Not linked to any feature request yet.');
  });

  it('says when the item does not exist', async () => {
    const { wrapper } = await renderWithApp({
      path: '/feedback/17',
      routes,
      mocks: [{ request, result: { data: { feedbackItem: null } } }],
    });
    expect(wrapper.get('[data-testid="feedback-not-found"]').text()).toContain('This feedback does not exist');
  });

  it('treats an id that is not one as not found', async () => {
    const { wrapper } = await renderWithApp({
      path: '/feedback/abc',
      routes,
      mocks: [
        {
          request: { query: FeedbackItemQuery, variables: { id: 'abc' } },
          result: { errors: [new GraphQLError('Not a valid id.', { extensions: { code: 'BAD_USER_INPUT' } })] },
        },
      ],
    });
    expect(wrapper.find('[data-testid="feedback-not-found"]').exists()).toBe(true);
  });

  it('speaks Swedish when asked to', async () => {
    const { wrapper } = await renderWithApp({
      path: '/feedback/17',
      routes,
      locale: 'sv',
      mocks: [{ request, result: { data: { feedbackItem: item({ name: '••••', email: '••••', phone: null, masked: true }) } } }, history],
    });
    expect(wrapper.get('[data-testid="feedback-title"]').text()).toBe('Feedback från Fjord Logistikk AS');
    expect(wrapper.get('[data-testid="contact-masked"]').text()).toContain('Kontaktuppgifterna är dolda');
    expect(wrapper.get('[data-testid="score-nps"]').text()).toContain('Kritiker');
  });
});
