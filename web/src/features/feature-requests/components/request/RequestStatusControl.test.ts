import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp, settle } from '@/shared/testing/renderWithApp';
import { requestDetail } from '../../composables/request/testFixtures';
import { ChangeFeatureRequestStatusMutation } from '../../graphql/request/changeFeatureRequestStatus.mutation';
import RequestStatusControl from './RequestStatusControl.vue';

const routes = [{ path: '/', component: RequestStatusControl, props: { requestId: '5', allowedStatuses: ['PLANNED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED'] } }];

afterEach(() => {
  document.body.innerHTML = '';
});

async function render(mocks: Parameters<typeof renderWithApp>[0]['mocks'] = [], locale: 'en' | 'nb' | 'sv' = 'en') {
  const rendered = await renderWithApp({ path: '/', routes, mocks, locale });
  const { wrapper } = rendered;
  const choose = async (status: string) => {
    await wrapper.get(`[data-testid="request-status-${status}"] input`).setValue(true);
    await settle();
  };
  const submit = async () => {
    await wrapper.get('form').trigger('submit');
    await settle();
  };
  return { ...rendered, choose, submit };
}

const refusal = (status: string, note: string | null, fields: Record<string, string>, reasons: Record<string, object>) => ({
  request: { query: ChangeFeatureRequestStatusMutation, variables: { id: '5', status, note } },
  result: { errors: [new GraphQLError('Some fields are not valid.', { extensions: { code: 'BAD_USER_INPUT', fields, reasons } })] },
});

describe('RequestStatusControl', () => {
  it('offers exactly the statuses the API allows, as radios in a group named "New status"', async () => {
    const { wrapper } = await render();
    const legend = wrapper.get('fieldset legend');
    expect(legend.text()).toBe('New status');
    const radios = wrapper.findAll('input[type="radio"]');
    expect(radios.map((r) => r.element.closest('label')?.textContent?.trim())).toEqual(['Planned', 'In progress', 'Shipped', 'Declined']);
    expect(wrapper.get('[data-testid="request-status-submit"]').text()).toBe('Change status');
    expect(wrapper.get('label[for]').text()).toBe('Note');
  });

  it('asks for a status before sending anything', async () => {
    const { wrapper, submit } = await render(); // no mocks: a request would fail the test
    await submit();
    expect(wrapper.get('[data-testid="request-status-error"]').text()).toBe('Choose the new status.');
  });

  it('asks for a note before declining (the API would take none), beside the note, in the viewer’s language', async () => {
    for (const [locale, expected] of [
      ['en', 'Say why the request is declined: everyone linked to it reads this.'],
      ['nb', 'Skriv hvorfor ønsket avslås: alle som er knyttet til det, leser dette.'],
      ['sv', 'Skriv varför önskemålet avslås: alla som är kopplade till det läser detta.'],
    ] as const) {
      const { wrapper, choose, submit } = await render([], locale); // no mocks: nothing is sent
      await choose('DECLINED');
      const note = wrapper.get('[data-testid="request-status-note"]');
      expect(note.attributes('aria-required')).toBe('true');
      await submit();
      const error = wrapper.get('[data-testid="request-status-note-error"]');
      expect(error.text()).toBe(expected);
      expect(error.attributes('role')).toBe('alert');
      expect(wrapper.get('[data-testid="request-status-note"]').attributes('aria-invalid')).toBe('true');
      expect(wrapper.get('[data-testid="request-status-note"]').attributes('aria-describedby')).toContain(error.attributes('id'));
      expect(wrapper.find('[data-testid="request-status-form-error"]').exists()).toBe(false);
      wrapper.unmount();
      document.body.innerHTML = '';
    }
  });

  it('words a status the request may no longer move to with the request’s own status names', async () => {
    const { wrapper, choose, submit } = await render([
      refusal('PLANNED', null, { status: 'A request that is SHIPPED cannot move to PLANNED.' }, { status: { code: 'STATUS_NOT_ALLOWED', from: 'SHIPPED', to: 'PLANNED' } }),
    ]);
    await choose('PLANNED');
    await submit();
    expect(wrapper.get('[data-testid="request-status-error"]').text()).toBe('A request cannot move from Shipped to Planned.');
  });

  it('sends the decision with its note, says it is done and starts over', async () => {
    const { wrapper, choose, submit } = await render([
      {
        request: { query: ChangeFeatureRequestStatusMutation, variables: { id: '5', status: 'DECLINED', note: 'Out of scope this year.' } },
        result: { data: { setFeatureRequestStatus: requestDetail('5', { status: 'DECLINED', allowedStatuses: ['UNDER_REVIEW'] }) } },
      },
    ]);
    await choose('DECLINED');
    await wrapper.get('[data-testid="request-status-note"]').setValue('  Out of scope this year. ');
    await submit();
    expect(wrapper.find('[data-testid="request-status-note-error"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="request-status-done"]').text()).toBe('The request is now Declined.');
    expect((wrapper.get('[data-testid="request-status-note"]').element as HTMLTextAreaElement).value).toBe('');
  });

  it('says when the viewer may not decide', async () => {
    const { wrapper, choose, submit } = await render([
      {
        request: { query: ChangeFeatureRequestStatusMutation, variables: { id: '5', status: 'PLANNED', note: null } },
        result: { errors: [new GraphQLError('Only the product team’s leads or an admin can change a request’s status.', { extensions: { code: 'FORBIDDEN' } })] },
      },
    ]);
    await choose('PLANNED');
    await submit();
    expect(wrapper.get('[data-testid="request-status-form-error"]').text()).toBe('You are not allowed to do this.');
  });
});
