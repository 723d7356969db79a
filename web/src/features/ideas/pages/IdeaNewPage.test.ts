import { GraphQLError } from 'graphql';
import { NSelect } from 'naive-ui';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp, settle } from '@/shared/testing/renderWithApp';
import { EvidenceLookupQuery } from '../graphql/evidenceLookup.query';
import { IdeaDepartmentsQuery } from '../graphql/ideaDepartments.query';
import { PostIdeaMutation } from '../graphql/postIdea.mutation';
import { RenderMarkdownQuery } from '../graphql/renderMarkdown.query';
import { departmentsAnswer, evidence, ideaDetail } from '../testing/fixtures';
import IdeaNewPage from './IdeaNewPage.vue';

const routes = [
  { path: '/ideas/new', name: 'idea-new', component: IdeaNewPage },
  { path: '/ideas/:id', name: 'idea-detail', component: { template: '<p data-testid="idea-page" />' } },
];
const departments = { request: { query: IdeaDepartmentsQuery }, result: { data: departmentsAnswer } };
const lookup17 = { request: { query: EvidenceLookupQuery, variables: { id: '17' } }, result: { data: { feedbackItem: evidence('17') } } };
const input = { title: 'Refund within a day', body: 'Customers wait **weeks**.', category: null, feedbackIds: ['17'], departmentId: '1' };

afterEach(() => {
  document.body.innerHTML = '';
});

async function fill(wrapper: Awaited<ReturnType<typeof renderWithApp>>['wrapper']) {
  await wrapper.get('[data-testid="idea-title-input"]').setValue(input.title);
  await wrapper.get('[data-testid="idea-body-input"]').setValue(input.body);
  wrapper.findComponent(NSelect).vm.$emit('update:value', '1');
  await settle();
}

describe('posting an idea', () => {
  it('links the feedback named in ?feedback= as evidence', async () => {
    const { wrapper } = await renderWithApp({ path: '/ideas/new?feedback=17', routes, mocks: [departments, lookup17] });
    const chips = wrapper.get('[data-testid="idea-evidence"]').findAll('[data-testid="idea-evidence-chip"]');
    expect(chips).toHaveLength(1);
    expect(chips[0].text()).toContain('#17 · Fjord Logistikk AS');
    expect(chips[0].find('[data-band="bad"]').exists()).toBe(true);
    await chips[0].get('button').trigger('click');
    expect(wrapper.findAll('[data-testid="idea-evidence-chip"]')).toHaveLength(0);
  });

  it('checks the fields first and sends nothing while they are wrong', async () => {
    const { wrapper } = await renderWithApp({ path: '/ideas/new', routes, mocks: [departments] });
    await wrapper.get('[data-testid="idea-form"]').trigger('submit');
    await settle();
    expect(wrapper.get('[data-testid="idea-title-error"]').text()).toBe('Give the idea a title.');
    expect(wrapper.get('[data-testid="idea-body-error"]').text()).toBe('Describe the idea.');
    expect(wrapper.get('[data-testid="idea-department-error"]').text()).toBe('Choose the department the idea is for.');
    expect(wrapper.get('[data-testid="idea-title-input"]').attributes('aria-invalid')).toBe('true');
  });

  it('shows each of the API’s field errors next to its own field', async () => {
    const { wrapper, router } = await renderWithApp({
      path: '/ideas/new?feedback=17',
      routes,
      mocks: [
        departments,
        lookup17,
        {
          request: { query: PostIdeaMutation, variables: { input } },
          result: {
            errors: [
              new GraphQLError('Some fields are not valid.', {
                extensions: { code: 'BAD_USER_INPUT', fields: { title: 'An idea with this title exists.', 'feedbackIds.0': 'Unknown feedback.' } },
              }),
            ],
          },
        },
      ],
    });
    await fill(wrapper);
    await wrapper.get('[data-testid="idea-form"]').trigger('submit');
    await settle();
    expect(wrapper.get('[data-testid="idea-title-error"]').text()).toBe('An idea with this title exists.');
    expect(wrapper.get('[data-testid="idea-evidence-error"]').text()).toBe('Feedback 17: Unknown feedback.');
    expect(wrapper.find('[data-testid="idea-body-error"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="idea-form-error"]').text()).toContain('Check the fields marked in red.');
    expect(router.currentRoute.value.name).toBe('idea-new');
    // editing the field clears its message
    await wrapper.get('[data-testid="idea-title-input"]').setValue('Refunds within one day');
    expect(wrapper.find('[data-testid="idea-title-error"]').exists()).toBe(false);
  });

  it('opens the new idea once posted', async () => {
    const { wrapper, router } = await renderWithApp({
      path: '/ideas/new?feedback=17',
      routes,
      mocks: [departments, lookup17, { request: { query: PostIdeaMutation, variables: { input } }, result: { data: { postIdea: ideaDetail('42') } } }],
    });
    await fill(wrapper);
    await wrapper.get('[data-testid="idea-form"]').trigger('submit');
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/ideas/42');
  });

  it('previews the markdown as the server renders it', async () => {
    const { wrapper } = await renderWithApp({
      path: '/ideas/new',
      routes,
      mocks: [
        departments,
        { request: { query: RenderMarkdownQuery, variables: { markdown: '**Bold** idea' } }, result: { data: { renderMarkdown: '<p><strong>Bold</strong> idea</p>' } } },
      ],
    });
    await wrapper.get('[data-testid="idea-body-input"]').setValue('**Bold** idea');
    const tab = wrapper.get('[data-testid="idea-preview-tab"]');
    expect(tab.attributes('role')).toBe('tab');
    await tab.trigger('click');
    expect(tab.attributes('aria-selected')).toBe('true');
    await new Promise((r) => setTimeout(r, 350)); // the preview waits for a pause in typing
    await settle();
    expect(wrapper.get('[data-testid="idea-preview"]').html()).toContain('<strong>Bold</strong> idea');
  });

  it('speaks Norwegian', async () => {
    const { wrapper } = await renderWithApp({ path: '/ideas/new', routes, locale: 'nb', mocks: [departments] });
    expect(wrapper.get('[data-testid="idea-form-title"]').text()).toBe('Del en idé');
    await wrapper.get('[data-testid="idea-form"]').trigger('submit');
    await settle();
    expect(wrapper.get('[data-testid="idea-title-error"]').text()).toBe('Gi ideen en tittel.');
  });
});
