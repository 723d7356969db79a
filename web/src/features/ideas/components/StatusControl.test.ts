import { GraphQLError } from 'graphql';
import { NSelect } from 'naive-ui';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp, settle } from '@/shared/testing/renderWithApp';
import { SetIdeaStatusMutation } from '../graphql/setIdeaStatus.mutation';
import { ideaDetail } from '../testing/fixtures';
import StatusControl from './StatusControl.vue';

const routes = [{ path: '/', component: StatusControl, props: { ideaId: '5', allowedStatuses: ['UNDER_REVIEW', 'ACCEPTED', 'DECLINED'] } }];

afterEach(() => {
  document.body.innerHTML = '';
});

async function render(mocks: Parameters<typeof renderWithApp>[0]['mocks'] = [], locale: 'en' | 'nb' | 'sv' = 'en') {
  const rendered = await renderWithApp({ path: '/', routes, mocks, locale });
  const choose = async (status: string) => {
    rendered.wrapper.findComponent(NSelect).vm.$emit('update:value', status);
    await settle();
  };
  return { ...rendered, choose };
}

describe('StatusControl', () => {
  it('offers only the statuses the viewer may move the idea to', async () => {
    const { wrapper } = await render();
    const options = wrapper.findComponent(NSelect).props('options') as { value: string; label: string }[];
    expect(options.map((o) => o.label)).toEqual(['Under review', 'Accepted', 'Declined']);
  });

  it('requires a reason for DECLINED, next to the reason field, without asking the API', async () => {
    const { wrapper, choose } = await render(); // no mocks: any request would fail the test
    await choose('DECLINED');
    expect(wrapper.get('label[for="status-reason"]').text()).toBe('Reason');
    await wrapper.get('form').trigger('submit');
    await settle();
    const error = wrapper.get('[data-testid="status-reason-error"]');
    expect(error.text()).toBe('Give a reason when you decline an idea.');
    expect(error.attributes('role')).toBe('alert');
    const textarea = wrapper.get('[data-testid="status-reason"]');
    expect(textarea.attributes('aria-invalid')).toBe('true');
    expect(textarea.attributes('aria-describedby')).toBe('status-reason-error');
    expect(wrapper.find('[data-testid="status-error"]').exists()).toBe(false);
  });

  it('sends the decline with its reason and starts over', async () => {
    const { wrapper, choose } = await render([
      {
        request: { query: SetIdeaStatusMutation, variables: { id: '5', status: 'DECLINED', reason: 'Out of scope this year.' } },
        result: { data: { setIdeaStatus: ideaDetail('5', { status: 'DECLINED', statusReason: 'Out of scope this year.' }) } },
      },
    ]);
    await choose('DECLINED');
    await wrapper.get('[data-testid="status-reason"]').setValue('  Out of scope this year.  ');
    await wrapper.get('form').trigger('submit');
    await settle();
    expect(wrapper.find('[data-testid="status-reason-error"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="status-error"]').exists()).toBe(false);
    expect((wrapper.get('[data-testid="status-reason"]').element as HTMLTextAreaElement).value).toBe('');
  });

  it('needs no reason for other statuses', async () => {
    const { wrapper, choose } = await render([
      {
        request: { query: SetIdeaStatusMutation, variables: { id: '5', status: 'ACCEPTED', reason: null } },
        result: { data: { setIdeaStatus: ideaDetail('5', { status: 'ACCEPTED' }) } },
      },
    ]);
    await choose('ACCEPTED');
    expect(wrapper.get('label[for="status-reason"]').text()).toBe('Reason (optional)');
    await wrapper.get('form').trigger('submit');
    await settle();
    expect(wrapper.find('[data-testid="status-reason-error"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="status-error"]').exists()).toBe(false);
  });

  it('shows the API’s field message next to its field, and FORBIDDEN as a message', async () => {
    const { wrapper, choose } = await render([
      {
        request: { query: SetIdeaStatusMutation, variables: { id: '5', status: 'ACCEPTED', reason: null } },
        result: {
          errors: [new GraphQLError('Some fields are not valid.', { extensions: { code: 'BAD_USER_INPUT', fields: { status: 'An idea that is IMPLEMENTED cannot move to ACCEPTED.' } } })],
        },
      },
      {
        request: { query: SetIdeaStatusMutation, variables: { id: '5', status: 'UNDER_REVIEW', reason: null } },
        result: { errors: [new GraphQLError('Only a lead of the idea’s department or an admin can change its status.', { extensions: { code: 'FORBIDDEN' } })] },
      },
    ]);
    await choose('ACCEPTED');
    await wrapper.get('form').trigger('submit');
    await settle();
    expect(wrapper.get('[data-testid="status-select-error"]').text()).toBe('An idea that is IMPLEMENTED cannot move to ACCEPTED.');

    await choose('UNDER_REVIEW');
    await wrapper.get('form').trigger('submit');
    await settle();
    expect(wrapper.get('[data-testid="status-error"]').text()).toBe('You are not allowed to do this.');
  });

  it('words the API’s field reason in the portal’s language', async () => {
    const refusal = (status: string) => ({
      request: { query: SetIdeaStatusMutation, variables: { id: '5', status, reason: null } },
      result: {
        errors: [new GraphQLError('Some fields are not valid.', { extensions: {
          code: 'BAD_USER_INPUT',
          fields: { status: 'An idea that is IMPLEMENTED cannot move to ACCEPTED.' },
          reasons: { status: { code: 'STATUS_NOT_ALLOWED', from: 'IMPLEMENTED', to: 'ACCEPTED' } },
        } })],
      },
    });
    for (const [locale, expected] of [
      ['en', 'An idea cannot move from Implemented to Accepted.'],
      ['sv', 'En idé kan inte gå från Genomförd till Godkänd.'],
    ] as const) {
      const { wrapper, choose } = await render([refusal('ACCEPTED')], locale);
      await choose('ACCEPTED');
      await wrapper.get('form').trigger('submit');
      await settle();
      expect(wrapper.get('[data-testid="status-select-error"]').text()).toBe(expected);
      wrapper.unmount();
    }
  });
});
