// Answers shaped exactly like the API's, for the ideas forum's component tests.

export const user = (id: string, name: string) => ({ __typename: 'User', id, name });
export const department = (id: string, name: string) => ({ __typename: 'Department', id, name });

export function ideaCard(id: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Idea',
    id,
    title: `Idea ${id}`,
    body: `**Faster** refunds for idea ${id}`,
    category: 'Process',
    status: 'NEW',
    votes: 3,
    viewerHasVoted: false,
    commentCount: 2,
    createdAt: '2025-03-14T09:30:00.000Z',
    hidden: false,
    author: user('u1', 'Kari Nordmann'),
    department: department('1', 'Support'),
    ...extra,
  };
}

export function evidence(id: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Feedback',
    id,
    receivedAt: '2025-02-03T08:15:00.000Z',
    channel: 'SURVEY_EMAIL',
    text: 'Refunds take weeks.',
    npsScore: 3,
    csatScore: null,
    cesScore: null,
    customer: { __typename: 'Customer', id: `c${id}`, name: 'Fjord Logistikk AS' },
    ...extra,
  };
}

export function ideaDetail(id: string, extra: Record<string, unknown> = {}) {
  return {
    ...ideaCard(id),
    bodyHtml: `<p><strong>Faster</strong> refunds for idea ${id}</p>`,
    statusReason: null,
    updatedAt: '2025-03-14T09:30:00.000Z',
    edited: false,
    hiddenReason: null,
    viewerCanEdit: false,
    viewerCanChangeStatus: false,
    viewerCanModerate: false,
    allowedStatuses: [],
    feedback: [evidence('17')],
    timeline: [
      {
        __typename: 'IdeaStatusChange',
        id: 't1',
        fromStatus: null,
        toStatus: 'NEW',
        reason: null,
        createdAt: '2025-03-14T09:30:00.000Z',
        changedBy: user('u1', 'Kari Nordmann'),
      },
    ],
    actionItems: [],
    ...extra,
  };
}

export function comment(id: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'IdeaComment',
    id,
    body: `Comment ${id}`,
    bodyHtml: `<p>Comment ${id}</p>`,
    createdAt: '2025-03-15T10:00:00.000Z',
    updatedAt: '2025-03-15T10:00:00.000Z',
    edited: false,
    hidden: false,
    hiddenReason: null,
    viewerCanEdit: false,
    author: user('u2', 'Sven Svensson'),
    ...extra,
  };
}

export function commentsAnswer(ideaId: string, ids: string[], hasNextPage = false, totalCount = ids.length) {
  return {
    idea: {
      __typename: 'Idea',
      id: ideaId,
      commentCount: totalCount,
      comments: {
        __typename: 'IdeaCommentConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: ids.length ? `c-${ids.at(-1)}` : null },
        edges: ids.map((c) => ({ __typename: 'IdeaCommentEdge', cursor: `c-${c}`, node: comment(c) })),
      },
    },
  };
}

export const departmentsAnswer = {
  departments: [department('1', 'Support'), department('2', 'Product'), department('3', 'Sales')],
};
