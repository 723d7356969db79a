import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { renderWithApp, settle } from '@/shared/testing/renderWithApp';
import { useIdea } from '../composables/useIdea';
import { IdeaQuery } from '../graphql/idea.query';
import { UnvoteIdeaMutation } from '../graphql/unvoteIdea.mutation';
import { VoteIdeaMutation } from '../graphql/voteIdea.mutation';
import { ideaDetail } from '../testing/fixtures';
import VoteButton from './VoteButton.vue';

// The button as the pages use it: fed by a query, so the optimistic answer reaches it through the cache.
const Harness = defineComponent({
  setup() {
    const { idea } = useIdea(ref('5'));
    return () => (idea.value ? h(VoteButton, { idea: idea.value }) : null);
  },
});
const routes = [{ path: '/', component: Harness }];
const ideaMock = (voted: boolean, votes: number) => ({
  request: { query: IdeaQuery, variables: { id: '5' } },
  result: { data: { idea: ideaDetail('5', { viewerHasVoted: voted, votes }) } },
});
const answer = (field: 'voteIdea' | 'unvoteIdea', voted: boolean, votes: number) => ({
  data: { [field]: { __typename: 'Idea', id: '5', votes, viewerHasVoted: voted } },
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('VoteButton', () => {
  it('is a toggle button that flips at once, before the API answers', async () => {
    const { wrapper } = await renderWithApp({
      path: '/',
      routes,
      mocks: [ideaMock(false, 3), { request: { query: VoteIdeaMutation, variables: { id: '5' } }, result: answer('voteIdea', true, 4), delay: 50 }],
    });
    const button = wrapper.get('[data-testid="vote-button"]');
    expect(button.element.tagName).toBe('BUTTON');
    expect(button.attributes('aria-pressed')).toBe('false');
    expect(button.attributes('data-voted')).toBe('false');
    expect(button.get('[data-testid="vote-count"]').text()).toBe('3');

    await button.trigger('click');
    // optimistic: pressed and counted while the request is still on its way
    expect(wrapper.get('[data-testid="vote-button"]').attributes('aria-pressed')).toBe('true');
    expect(wrapper.get('[data-testid="vote-count"]').text()).toBe('4');
    await new Promise((r) => setTimeout(r, 80));
    await settle();
    expect(wrapper.get('[data-testid="vote-button"]').attributes('data-voted')).toBe('true');
    expect(wrapper.get('[data-testid="vote-count"]').text()).toBe('4');
    expect(wrapper.find('[data-testid="vote-error"]').exists()).toBe(false);
  });

  it('takes a vote back with unvoteIdea', async () => {
    const { wrapper } = await renderWithApp({
      path: '/',
      routes,
      mocks: [ideaMock(true, 4), { request: { query: UnvoteIdeaMutation, variables: { id: '5' } }, result: answer('unvoteIdea', false, 3) }],
    });
    expect(wrapper.get('[data-testid="vote-button"]').attributes('aria-pressed')).toBe('true');
    await wrapper.get('[data-testid="vote-button"]').trigger('click');
    await settle();
    expect(wrapper.get('[data-testid="vote-button"]').attributes('aria-pressed')).toBe('false');
    expect(wrapper.get('[data-testid="vote-count"]').text()).toBe('3');
  });

  it('flips back and says so when the API refuses', async () => {
    const { wrapper } = await renderWithApp({
      path: '/',
      routes,
      mocks: [
        ideaMock(false, 3),
        {
          request: { query: VoteIdeaMutation, variables: { id: '5' } },
          result: { errors: [new GraphQLError('You are not allowed to do this.', { extensions: { code: 'FORBIDDEN' } })] },
          delay: 20,
        },
      ],
    });
    await wrapper.get('[data-testid="vote-button"]').trigger('click');
    expect(wrapper.get('[data-testid="vote-button"]').attributes('aria-pressed')).toBe('true');
    await new Promise((r) => setTimeout(r, 40));
    await settle();
    expect(wrapper.get('[data-testid="vote-button"]').attributes('aria-pressed')).toBe('false');
    expect(wrapper.get('[data-testid="vote-count"]').text()).toBe('3');
    expect(wrapper.get('[data-testid="vote-error"]').text()).toContain('could not be saved');
  });

  it('is a native button named with its count, so keyboards and screen readers reach it', async () => {
    const { wrapper } = await renderWithApp({
      path: '/',
      routes,
      mocks: [ideaMock(false, 0), { request: { query: VoteIdeaMutation, variables: { id: '5' } }, result: answer('voteIdea', true, 1) }],
    });
    const button = wrapper.get('[data-testid="vote-button"]');
    expect(button.attributes('type')).toBe('button');
    expect(button.attributes('aria-label')).toBe('Vote for this idea, 0 votes');
    expect(button.attributes('tabindex')).toBeUndefined();
  });
});
