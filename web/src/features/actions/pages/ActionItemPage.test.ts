import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp, settle } from '@/shared/testing/renderWithApp';
import { ActionItemQuery } from '../graphql/actionItem.query';
import { LogFollowUpMutation } from '../graphql/logFollowUp.mutation';
import { UpdateActionItemMutation } from '../graphql/updateActionItem.mutation';
import { actionItemDetail, user, viewerMock } from '../testing/fixtures';
import ActionItemPage from './ActionItemPage.vue';

const routes = [
  { path: '/actions', name: 'actions', component: { template: '<p />' } },
  { path: '/actions/:id', name: 'action-item', component: ActionItemPage, props: true },
];
const read = (item: object) => ({ request: { query: ActionItemQuery, variables: { id: '5' } }, result: { data: { actionItem: item } } });
const update = (version: number, status: string, result: object) => ({
  request: { query: UpdateActionItemMutation, variables: { input: { id: '5', version, status } } },
  result,
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ActionItemPage', () => {
  it('says when someone else changed the item first, shows the latest version, and sends that version next', async () => {
    const { wrapper } = await renderWithApp({
      path: '/actions/5',
      routes,
      mocks: [
        viewerMock('EMPLOYEE'),
        read(actionItemDetail('5', { version: 3 })),
        update(3, 'DONE', { errors: [new GraphQLError('Someone else changed this action item.', { extensions: { code: 'CONFLICT' } })] }),
        // the newest version, read at once after the conflict: a colleague raised the priority
        read(actionItemDetail('5', { version: 4, priority: 'URGENT', status: 'IN_PROGRESS' })),
        update(4, 'DONE', { data: { updateActionItem: actionItemDetail('5', { version: 5, priority: 'URGENT', status: 'DONE' }) } }),
      ],
    });
    expect(wrapper.get('[data-testid="item-title"]').text()).toBe('Call back 5');
    expect(wrapper.find('[data-testid="item-conflict"]').exists()).toBe(false);

    await wrapper.get('[data-testid="item-done"]').trigger('click');
    await settle();
    const alert = wrapper.get('[data-testid="item-conflict"]');
    expect(alert.text()).toContain('Changed by someone else');
    expect(alert.text()).toContain('your change was not saved');
    expect(alert.attributes('role')).toBe('alert');
    // the page shows what the colleague saved, not what was on screen before
    expect(wrapper.get('[data-testid="item-priority-tag"]').attributes('data-value')).toBe('URGENT');
    expect(wrapper.get('[data-testid="item-status"]').attributes('data-value')).toBe('IN_PROGRESS');

    // redoing the change goes out at the version now on screen (the mock answers only version 4)
    await wrapper.get('[data-testid="item-done"]').trigger('click');
    await settle();
    expect(wrapper.find('[data-testid="item-conflict"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="item-status"]').attributes('data-value')).toBe('DONE');
    expect(wrapper.find('[data-testid="item-reopen"]').exists()).toBe(false); // an assignee does not reopen an item on feedback
  });

  it('requires a note, then logs the call and shows it in the log', async () => {
    const logged = actionItemDetail('5', {
      version: 2,
      status: 'IN_PROGRESS',
      firstResponseAt: '2026-03-02T09:00:00.000Z',
      followUps: [
        { __typename: 'FollowUp', id: 'l1', createdAt: '2026-03-02T09:00:00.000Z', contactedCustomer: true, channel: 'phone', note: 'Called, credit note agreed.', author: user('u1', 'Maria Solberg') },
      ],
      feedback: { ...actionItemDetail('5').feedback, loopStatus: 'IN_PROGRESS' },
    });
    const { wrapper } = await renderWithApp({
      path: '/actions/5',
      routes,
      mocks: [
        viewerMock('EMPLOYEE'),
        read(actionItemDetail('5')),
        {
          request: { query: LogFollowUpMutation, variables: { input: { actionItemId: '5', contactedCustomer: true, channel: null, note: 'Called, credit note agreed.' } } },
          result: { data: { logFollowUp: logged } },
        },
      ],
    });
    expect(wrapper.get('[data-testid="log-empty"]').text()).toBe('Nothing has been logged yet.');
    const form = () => wrapper.get('[data-testid="follow-up-form"]').element as HTMLFormElement;
    form().dispatchEvent(new Event('submit'));
    await settle();
    expect(wrapper.get('[data-testid="follow-up-note-error"]').text()).toBe('Write what was done.');

    await wrapper.get('[data-testid="follow-up-contacted"]').trigger('click');
    await wrapper.get('[data-testid="follow-up-note"]').setValue(' Called, credit note agreed. ');
    form().dispatchEvent(new Event('submit'));
    await settle();
    const entries = wrapper.findAll('[data-testid="follow-up"]');
    expect(entries).toHaveLength(1);
    expect(entries[0].text()).toContain('Customer contacted');
    expect(entries[0].text()).toContain('Phone');
    expect(wrapper.get('[data-testid="item-loop-status"]').attributes('data-value')).toBe('IN_PROGRESS');
    expect((wrapper.get('[data-testid="follow-up-note"]').element as HTMLTextAreaElement).value).toBe('');
  });

  it('offers no changes to someone who may not make them', async () => {
    const { wrapper } = await renderWithApp({
      path: '/actions/5',
      routes,
      mocks: [viewerMock('EMPLOYEE', { id: 'u7', department: { __typename: 'Department', id: 'd2', name: 'Sales' } }), read(actionItemDetail('5'))],
    });
    expect(wrapper.find('[data-testid="item-controls"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="follow-up-form"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="item-read-only"]').text()).toContain('Only its assignee');
  });

  it('says when the item does not exist', async () => {
    const { wrapper } = await renderWithApp({ path: '/actions/5', routes, mocks: [viewerMock('EMPLOYEE'), read(null as unknown as object)] });
    expect(wrapper.get('[data-testid="action-item-not-found"]').text()).toContain('This action item does not exist');
  });
});
