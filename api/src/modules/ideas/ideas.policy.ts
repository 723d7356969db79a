// Who may do what with an idea, and how its status may move. The one place these rules live: the
// services enforce them and the resolvers expose them (viewerCan…, allowedStatuses) to the portal.
// Posting, voting, commenting and the markdown preview are open to everyone signed in: the forum is
// every employee's.
import type { Viewer } from '../../shared/auth';
import type { IdeaStatus } from './ideas.type';

export const LIMITS = { title: 200, body: 20_000, category: 60, comment: 10_000, reason: 2_000, evidence: 20, mentions: 20 } as const;

const FLOW: IdeaStatus[] = ['NEW', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED'];

/**
 * Forward along NEW → UNDER_REVIEW → ACCEPTED → IN_PROGRESS → IMPLEMENTED (steps may be skipped),
 * DECLINED from anything not yet implemented, and a declined idea may be reopened for review.
 */
export function nextStatuses(from: IdeaStatus): IdeaStatus[] {
  if (from === 'DECLINED') return ['UNDER_REVIEW'];
  if (from === 'IMPLEMENTED') return [];
  return [...FLOW.slice(FLOW.indexOf(from) + 1), 'DECLINED'];
}

/** A LEAD of the idea's department or an ADMIN decides on it: moves its status, makes action items of it. */
export const mayChangeStatus = (viewer: Viewer, idea: { departmentId: number }) =>
  viewer.role === 'ADMIN' || (viewer.role === 'LEAD' && viewer.departmentId === idea.departmentId);

export const mayModerate = (viewer: Viewer) => viewer.role === 'ADMIN';

/** Hidden ideas and comments are gone for everyone but those who hid them (and the notifications about them). */
export const maySeeHidden = (viewer: Viewer) => mayModerate(viewer);

/** Only the author edits an idea or a comment, ADMINs included: moderation hides, it does not rewrite. */
export const isAuthor = (viewer: Viewer, item: { authorId: number }) => viewer.id === item.authorId;

/** Accepted work a LEAD can turn into action items. */
export const mayBecomeActionItem = (status: IdeaStatus) => status === 'ACCEPTED' || status === 'IN_PROGRESS';
