import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp, settle } from '@/shared/testing/renderWithApp';
import { MarkNotificationsReadMutation } from '../graphql/markNotificationsRead.mutation';
import { NotificationsQuery } from '../graphql/notifications.query';
import { UnreadNotificationCountQuery } from '../graphql/unreadNotificationCount.query';
import NotificationsMenu from './NotificationsMenu.vue';

const routes = [
  { path: '/', component: NotificationsMenu },
  { path: '/ideas/:id', name: 'idea-detail', component: { template: '<p data-testid="idea-page" />' } },
];

const node = (id: string, type: string, read: boolean, extra: Record<string, unknown> = {}) => ({
  __typename: 'Notification',
  id,
  type,
  createdAt: '2025-03-14T09:30:00.000Z',
  read,
  actorName: 'Lena Lead',
  title: 'Faster refunds',
  status: null,
  reason: null,
  excerpt: null,
  ideaId: '7',
  feedbackId: null,
  actionItemId: null,
  featureRequestId: null,
  departmentId: null,
  overdueCount: null,
  unassignedCount: null,
  waitingCount: null,
  ...extra,
});

const count = (n: number) => ({ request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: n } } });
const list = {
  request: { query: NotificationsQuery, variables: { first: 20 } },
  result: {
    data: {
      unreadNotificationCount: 2,
      notifications: {
        __typename: 'NotificationConnection',
        totalCount: 4,
        edges: [
          node('1', 'IDEA_STATUS', false, { status: 'DECLINED', reason: 'Not this year.' }),
          node('2', 'IDEA_COMMENT', false, { excerpt: 'Agreed!' }),
          node('3', 'FEATURE_SHIPPED', true, { ideaId: null, title: 'CSV export', actorName: null, status: 'SHIPPED', featureRequestId: '12', reason: 'In every plan from today.' }),
          node('4', 'FEATURE_STATUS', true, { ideaId: null, title: 'Dark mode', status: 'PLANNED', featureRequestId: '13' }),
        ].map((n) => ({ __typename: 'NotificationEdge', cursor: `n${n.id}`, node: n })),
      },
    },
  },
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('NotificationsMenu', () => {
  it('shows the unread count, then the notifications worded by type', async () => {
    const { wrapper } = await renderWithApp({ path: '/', routes, mocks: [count(2), list] });
    const button = wrapper.get('[data-testid="notifications-button"]');
    expect(wrapper.get('[data-testid="notifications-count"]').text()).toBe('2');
    expect(button.attributes('aria-label')).toBe('Notifications, 2 unread');
    expect(button.attributes('aria-expanded')).toBe('false');

    await button.trigger('click');
    await settle();
    expect(button.attributes('aria-expanded')).toBe('true');
    const items = wrapper.findAll('[data-testid="notification"]');
    expect(items.map((i) => [i.attributes('data-type'), i.attributes('data-read')])).toEqual([
      ['IDEA_STATUS', 'false'],
      ['IDEA_COMMENT', 'false'],
      ['FEATURE_SHIPPED', 'true'],
      ['FEATURE_STATUS', 'true'],
    ]);
    expect(items[0].text()).toContain('Lena Lead moved “Faster refunds” to Declined');
    expect(items[0].text()).toContain('Reason: Not this year.');
    expect(items[1].text()).toContain('Lena Lead commented on “Faster refunds”');
    expect(items[2].text()).toContain('You asked, we did: “CSV export” has shipped');
    expect(items[2].text()).toContain('In every plan from today.');
    expect(items[3].text()).toContain('“Dark mode” is now Planned');
    expect(items[0].classes()).toContain('notification--unread');
  });

  it('speaks Swedish', async () => {
    const { wrapper } = await renderWithApp({ path: '/', routes, locale: 'sv', mocks: [count(2), list] });
    await wrapper.get('[data-testid="notifications-button"]').trigger('click');
    await settle();
    const items = wrapper.findAll('[data-testid="notification"]');
    expect(items[0].text()).toContain('Lena Lead flyttade ”Faster refunds” till Avslagen');
    expect(items[0].text()).toContain('Motivering: Not this year.');
    expect(items[1].text()).toContain('Lena Lead kommenterade ”Faster refunds”');
    expect(items[2].text()).toContain('Ni frågade, vi levererade: ”CSV export” har lanserats');
    expect(items[3].text()).toContain('”Dark mode” har nu status Planerad');
    expect(wrapper.get('[data-testid="notifications-mark-all"]').text()).toBe('Markera alla som lästa');
  });

  it('marks one read and opens its idea', async () => {
    const { wrapper, router } = await renderWithApp({
      path: '/',
      routes,
      mocks: [count(2), list, { request: { query: MarkNotificationsReadMutation, variables: { ids: ['2'] } }, result: { data: { markNotificationsRead: 1 } } }],
    });
    await wrapper.get('[data-testid="notifications-button"]').trigger('click');
    await settle();
    await wrapper.findAll('[data-testid="notification"]')[1].trigger('click');
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/ideas/7');
  });

  it('opens the feature request a shipping notification is about', async () => {
    const { wrapper, router } = await renderWithApp({ path: '/', routes, mocks: [count(2), list] });
    await wrapper.get('[data-testid="notifications-button"]').trigger('click');
    await settle();
    await wrapper.findAll('[data-testid="notification"]')[2].trigger('click');
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/feature-requests/12');
  });

  it('marks all read', async () => {
    const { wrapper } = await renderWithApp({
      path: '/',
      routes,
      mocks: [count(2), list, { request: { query: MarkNotificationsReadMutation, variables: { ids: null } }, result: { data: { markNotificationsRead: 2 } } }],
    });
    await wrapper.get('[data-testid="notifications-button"]').trigger('click');
    await settle();
    await wrapper.get('[data-testid="notifications-mark-all"]').trigger('click');
    await settle();
    expect(wrapper.findAll('[data-testid="notification"]').map((i) => i.attributes('data-read'))).toEqual(['true', 'true', 'true', 'true']);
    expect(wrapper.find('[data-testid="notifications-count"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="notifications-button"]').attributes('aria-label')).toBe('Notifications');
  });

  it('closes with Escape and gives focus back to the bell', async () => {
    const { wrapper } = await renderWithApp({ path: '/', routes, mocks: [count(0), list] });
    const button = wrapper.get('[data-testid="notifications-button"]');
    await button.trigger('click');
    await settle();
    expect(wrapper.find('[data-testid="notifications-panel"]').exists()).toBe(true);
    await wrapper.get('[data-testid="notifications-panel"]').trigger('keydown', { key: 'Escape' });
    expect(wrapper.find('[data-testid="notifications-panel"]').exists()).toBe(false);
    expect(document.activeElement).toBe(button.element);
  });
});
