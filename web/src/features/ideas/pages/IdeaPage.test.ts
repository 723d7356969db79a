import type { MockedResponse } from '@apollo/client/testing/core';
import { afterEach, describe, expect, it } from 'vitest';
import { CreateActionItemMutation } from '@/features/actions/graphql/createActionItem.mutation';
import { renderWithApp, settle } from '@/shared/testing/renderWithApp';
import { CommentOnIdeaMutation } from '../graphql/commentOnIdea.mutation';
import { HideIdeaMutation } from '../graphql/hideIdea.mutation';
import { IdeaQuery } from '../graphql/idea.query';
import { IdeaCommentsQuery } from '../graphql/ideaComments.query';
import { comment, commentsAnswer, department, ideaDetail, user } from '../testing/fixtures';
import IdeaPage from './IdeaPage.vue';

const routes = [
  { path: '/ideas', name: 'ideas', component: { template: '<p />' } },
  { path: '/ideas/:id', name: 'idea-detail', component: IdeaPage, props: true },
  { path: '/ideas/:id/edit', name: 'idea-edit', component: { template: '<p />' } },
  { path: '/actions/:id', name: 'action-item', component: { template: '<p />' } },
];
const idea = (extra: Record<string, unknown> = {}): MockedResponse => ({
  request: { query: IdeaQuery, variables: { id: '5' } },
  result: { data: { idea: ideaDetail('5', extra) } },
});
const comments = (ids: string[], after: string | null = null, hasNextPage = false, total = ids.length): MockedResponse => ({
  request: { query: IdeaCommentsQuery, variables: { id: '5', first: 20, after } },
  result: { data: commentsAnswer('5', ids, hasNextPage, total) },
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('IdeaPage', () => {
  it('shows the idea, its sanitised body, evidence, timeline and comments', async () => {
    const { wrapper } = await renderWithApp({
      path: '/ideas/5',
      routes,
      mocks: [
        idea({
          edited: true,
          viewerCanEdit: true,
          status: 'DECLINED',
          statusReason: 'Not this year.',
          timeline: [
            ...ideaDetail('5').timeline,
            { __typename: 'IdeaStatusChange', id: 't2', fromStatus: 'NEW', toStatus: 'DECLINED', reason: 'Not this year.', createdAt: '2025-03-20T09:30:00.000Z', changedBy: user('u3', 'Lena Lead') },
          ],
        }),
        comments(['c1', 'c2']),
      ],
    });
    expect(wrapper.get('[data-testid="idea-title"]').text()).toBe('Idea 5');
    expect(wrapper.get('[data-testid="idea-status"]').text()).toBe('Declined');
    expect(wrapper.get('[data-testid="idea-body"]').html()).toContain('<strong>Faster</strong> refunds');
    expect(wrapper.get('[data-testid="idea-edited"]').text()).toBe('edited');
    expect(wrapper.get('[data-testid="idea-edit"]').attributes('href')).toBe('/ideas/5/edit');
    const evidence = wrapper.get('[data-testid="idea-feedback"]');
    expect(evidence.attributes('href')).toBe('/feedback/17');
    expect(evidence.get('[data-band="bad"]').text()).toBe('NPS3');
    const entries = wrapper.findAll('[data-testid="timeline-entry"]');
    expect(entries).toHaveLength(2);
    expect(entries[0].text()).toContain('Posted by Kari Nordmann');
    expect(entries[1].text()).toContain('Lena Lead moved it from New to Declined');
    expect(entries[1].text()).toContain('Reason: Not this year.');
    expect(wrapper.findAll('[data-testid="comment"]').map((c) => c.text())).toEqual([
      expect.stringContaining('Comment c1'),
      expect.stringContaining('Comment c2'),
    ]);
    // an employee: no decisions, no moderation
    expect(wrapper.find('[data-testid="status-select"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="hide-idea"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="action-item-create"]').exists()).toBe(false);
  });

  it('appends a new comment after posting it', async () => {
    const { wrapper } = await renderWithApp({
      path: '/ideas/5',
      routes,
      mocks: [
        idea(),
        comments(['c1']),
        {
          request: { query: CommentOnIdeaMutation, variables: { id: '5', body: 'Me too' } },
          result: { data: { commentOnIdea: { __typename: 'Idea', id: '5', commentCount: 2 } } },
        },
        {
          request: { query: IdeaCommentsQuery, variables: { id: '5', first: 20, after: 'c-c1' } },
          result: {
            data: {
              idea: {
                ...commentsAnswer('5', ['c2'], false, 2).idea,
                comments: {
                  __typename: 'IdeaCommentConnection',
                  totalCount: 2,
                  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c-c2' },
                  edges: [{ __typename: 'IdeaCommentEdge', cursor: 'c-c2', node: comment('c2', { body: 'Me too', bodyHtml: '<p>Me too</p>' }) }],
                },
              },
            },
          },
        },
      ],
    });
    await wrapper.get('[data-testid="comment-input"]').setValue('Me too');
    await wrapper.get('[data-testid="comment-input"]').element.closest('form')!.dispatchEvent(new Event('submit'));
    await settle();
    const shown = wrapper.findAll('[data-testid="comment"]').map((c) => c.attributes('data-id'));
    expect(shown).toEqual(['c1', 'c2']);
    expect((wrapper.get('[data-testid="comment-input"]').element as HTMLTextAreaElement).value).toBe('');
  });

  it('lets a lead turn an accepted idea into an action item', async () => {
    const item = {
      __typename: 'ActionItem',
      id: 'a1',
      version: 1,
      title: 'Idea 5',
      status: 'OPEN',
      priority: 'NORMAL',
      createdAt: '2025-03-21T09:00:00.000Z',
      dueAt: null,
      overdue: false,
      firstResponseAt: null,
      assignee: null,
      department: department('1', 'Support'),
      feedback: null,
      idea: { __typename: 'Idea', id: '5', title: 'Idea 5' },
    };
    const { wrapper } = await renderWithApp({
      path: '/ideas/5',
      routes,
      mocks: [
        idea({ status: 'ACCEPTED', viewerCanChangeStatus: true, allowedStatuses: ['IN_PROGRESS', 'DECLINED'] }),
        comments([]),
        {
          request: { query: CreateActionItemMutation, variables: { input: { ideaId: '5', departmentId: '1', title: 'Idea 5', priority: 'NORMAL' } } },
          result: { data: { createActionItem: { ...item, feedback: null, idea: { __typename: 'Idea', id: '5', title: 'Idea 5', actionItems: [item] } } } },
        },
      ],
    });
    expect(wrapper.find('[data-testid="status-select"]').exists()).toBe(true);
    await wrapper.get('[data-testid="action-item-create"]').trigger('click');
    expect((wrapper.get('[data-testid="action-item-title"]').element as HTMLInputElement).value).toBe('Idea 5');
    await wrapper.get('[data-testid="action-item-submit"]').element.closest('form')!.dispatchEvent(new Event('submit'));
    await settle();
    const items = wrapper.findAll('[data-testid="panel-action-item"]');
    expect(items).toHaveLength(1);
    expect(items[0].text()).toContain('Open');
    expect(items[0].text()).toContain('Not assigned');
  });

  it('lets an admin hide the idea with a reason, and then says it is hidden', async () => {
    const { wrapper } = await renderWithApp({
      path: '/ideas/5',
      routes,
      mocks: [
        idea({ viewerCanModerate: true }),
        comments([]),
        {
          request: { query: HideIdeaMutation, variables: { id: '5', reason: 'Abusive' } },
          result: { data: { hideIdea: { __typename: 'Idea', id: '5', hidden: true, hiddenReason: 'Abusive' } } },
        },
      ],
    });
    await wrapper.get('[data-testid="hide-idea"]').trigger('click');
    const form = () => wrapper.get('[data-testid="hide-idea-reason"]').element.closest('form')!;
    form().dispatchEvent(new Event('submit'));
    await settle();
    expect(wrapper.get('[data-testid="hide-idea-error"]').text()).toBe('Give a reason for hiding it.');
    await wrapper.get('[data-testid="hide-idea-reason"]').setValue('Abusive');
    form().dispatchEvent(new Event('submit'));
    await settle();
    expect(wrapper.get('[data-testid="idea-hidden"]').text()).toContain('Reason: Abusive');
    expect(wrapper.find('[data-testid="hide-idea"]').exists()).toBe(false);
  });

  it('says when the idea does not exist (or is hidden)', async () => {
    const { wrapper } = await renderWithApp({
      path: '/ideas/5',
      routes,
      mocks: [{ request: { query: IdeaQuery, variables: { id: '5' } }, result: { data: { idea: null } } }],
    });
    expect(wrapper.get('[data-testid="idea-not-found"]').text()).toContain('This idea does not exist');
  });
});
