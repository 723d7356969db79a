import type { MockedResponse } from '@apollo/client/testing/core';
import { NCheckbox } from 'naive-ui';
import { afterEach, describe, expect, it } from 'vitest';
import { ViewerQuery } from '@/features/auth/graphql/viewer.query';
import { renderWithApp, settle } from '@/shared/testing/renderWithApp';
import { IdeaDepartmentsQuery } from '../graphql/ideaDepartments.query';
import { IdeaListQuery } from '../graphql/ideaList.query';
import { departmentsAnswer, ideaCard } from '../testing/fixtures';
import IdeaListPage from './IdeaListPage.vue';

const routes = [
  { path: '/ideas', name: 'ideas', component: IdeaListPage },
  { path: '/ideas/new', name: 'idea-new', component: { template: '<p />' } },
  { path: '/ideas/:id', name: 'idea-detail', component: { template: '<p />' } },
];
const viewer: MockedResponse = {
  request: { query: ViewerQuery },
  result: {
    data: {
      viewer: { __typename: 'User', id: 'u9', name: 'Erik Employee', email: 'e@chorus.demo', role: 'EMPLOYEE', department: null },
    },
  },
};
const departments: MockedResponse = { request: { query: IdeaDepartmentsQuery }, result: { data: departmentsAnswer }, maxUsageCount: 5 };

function page(filter: object, orderBy: string, ids: string[], totalCount: number, after: string | null = null, hasNextPage = false): MockedResponse {
  return {
    request: { query: IdeaListQuery, variables: { filter, orderBy, first: 20, after } },
    result: {
      data: {
        ideas: {
          __typename: 'IdeaConnection',
          totalCount,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: ids.length ? `i-${ids.at(-1)}` : null },
          edges: ids.map((id) => ({ __typename: 'IdeaEdge', cursor: `i-${id}`, node: ideaCard(id) })),
        },
      },
    },
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('IdeaListPage', () => {
  it('shows the cards for the filters and order in the URL', async () => {
    const { wrapper } = await renderWithApp({
      path: '/ideas?statuses=NEW&sort=trending',
      routes,
      mocks: [viewer, departments, page({ statuses: ['NEW'] }, 'TRENDING', ['1', '2'], 2)],
    });
    const cards = wrapper.findAll('[data-testid="idea-card"]');
    expect(cards.map((c) => c.attributes('data-id'))).toEqual(['1', '2']);
    const text = cards[0].text();
    expect(text).toContain('Idea 1');
    expect(text).toContain('New');
    expect(text).toContain('Support');
    expect(text).toContain('by Kari Nordmann');
    expect(text).toContain('2 comments');
    expect(text).toContain('Faster refunds for idea 1'); // the excerpt, markdown stripped
    expect(cards[0].get('[data-testid="vote-count"]').text()).toBe('3');
    expect(cards[0].get('a').attributes('href')).toBe('/ideas/1');
    expect(wrapper.get('[data-testid="idea-trending-hint"]').text()).toContain('half after a week');
    expect(wrapper.get('[data-testid="ideas-total"]').text()).toBe('2 ideas');
  });

  it('loads more after the last card', async () => {
    const { wrapper } = await renderWithApp({
      path: '/ideas',
      routes,
      mocks: [viewer, departments, page({}, 'TOP', ['1', '2'], 3, null, true), page({}, 'TOP', ['3'], 3, 'i-2', false)],
    });
    await wrapper.get('[data-testid="ideas-load-more"]').trigger('click');
    await settle();
    expect(wrapper.findAll('[data-testid="idea-card"]').map((c) => c.attributes('data-id'))).toEqual(['1', '2', '3']);
    expect(wrapper.find('[data-testid="ideas-load-more"]').exists()).toBe(false);
  });

  it('filters to the viewer’s own ideas and keeps that in the URL', async () => {
    const { wrapper, router } = await renderWithApp({
      path: '/ideas',
      routes,
      mocks: [viewer, departments, page({}, 'TOP', ['1', '2'], 2), page({ authorIds: ['u9'] }, 'TOP', ['2'], 1)],
    });
    wrapper.findComponent(NCheckbox).vm.$emit('update:checked', true);
    await settle();
    expect(router.currentRoute.value.query).toEqual({ mine: '1' });
    expect(wrapper.findAll('[data-testid="idea-card"]').map((c) => c.attributes('data-id'))).toEqual(['2']);
  });

  it('switches the order with the sort tabs', async () => {
    const { wrapper, router } = await renderWithApp({
      path: '/ideas',
      routes,
      mocks: [viewer, departments, page({}, 'TOP', ['1'], 1), page({}, 'NEW', ['2'], 1)],
    });
    await wrapper.get('[data-testid="idea-sort-NEW"] input').setValue(true);
    await settle();
    expect(router.currentRoute.value.query).toEqual({ sort: 'new' });
    expect(wrapper.findAll('[data-testid="idea-card"]').map((c) => c.attributes('data-id'))).toEqual(['2']);
  });

  it('invites the first idea when the forum is empty', async () => {
    const { wrapper } = await renderWithApp({ path: '/ideas', routes, mocks: [viewer, departments, page({}, 'TOP', [], 0)] });
    expect(wrapper.get('[data-testid="ideas-empty"]').text()).toContain('No ideas yet');
    expect(wrapper.get('[data-testid="post-idea"]').attributes('href')).toBe('/ideas/new');
  });

  it('shows an error with a retry', async () => {
    const { wrapper } = await renderWithApp({
      path: '/ideas',
      routes,
      mocks: [
        viewer,
        departments,
        { request: { query: IdeaListQuery, variables: { filter: {}, orderBy: 'TOP', first: 20, after: null } }, error: new Error('Network down') },
        page({}, 'TOP', ['1'], 1),
      ],
    });
    expect(wrapper.get('[data-testid="error-state"]').text()).toContain('The ideas could not be loaded.');
    await wrapper.get('[data-testid="retry"]').trigger('click');
    await settle();
    expect(wrapper.findAll('[data-testid="idea-card"]')).toHaveLength(1);
  });
});
