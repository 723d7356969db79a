// Who may act on feedback and ideas with action items. An action item on feedback is not only work:
// its assignee sees the customer's contact while it is open (product.md), so making one and choosing
// who gets it are decisions about personal data, taken by the people who may see it themselves.
import type { Viewer } from '../../shared/auth';
import { mayChangeStatus } from '../ideas/ideas.policy';

/** Where a piece of feedback is routed: all that decides who acts on it. */
export interface RoutedFeedback {
  departmentId: number | null;
}

/**
 * ADMINs, and the LEAD of the department the feedback is routed to: the people who triage it (and see
 * its contact). A LEAD of another department reads the feedback like everyone, but does not act on it;
 * unrouted feedback is the ADMINs' to route first.
 */
export const mayActOnFeedback = (viewer: Viewer, feedback: RoutedFeedback): boolean =>
  viewer.role === 'ADMIN' || (viewer.role === 'LEAD' && viewer.departmentId !== null && viewer.departmentId === feedback.departmentId);

/**
 * Anyone makes an action item of their own; on feedback, the people of the department it is routed to
 * (and ADMINs): a LEAD or an employee of another department reads the feedback like everyone but does
 * not act on it. On an idea, those who decide on it (a LEAD of its department, an ADMIN). A target only
 * narrows who may, so `mayCreateActionItem(viewer)` alone is a fair first check before anything is read.
 * Making one gives sight of no contact: assigning it does, and that is mayAssignActionItem's to allow.
 */
export function mayCreateActionItem(
  viewer: Viewer,
  on: { feedback?: RoutedFeedback | null; idea?: { departmentId: number } | null } = {},
): boolean {
  if (on.feedback && !(viewer.role === 'ADMIN' || (viewer.departmentId !== null && viewer.departmentId === on.feedback.departmentId))) return false;
  if (on.idea && !mayChangeStatus(viewer, on.idea)) return false;
  return true;
}

/**
 * A department's follow-up queue (feedback waiting for an action item, with its customers) is for the
 * department's own people, who act on it, and ADMINs.
 */
export const mayBrowseQueue = (viewer: Viewer, departmentId: number): boolean =>
  viewer.role === 'ADMIN' || viewer.departmentId === departmentId;

/**
 * Action items are shared work: everyone signed in reads them (the lists, an item, those on a piece of
 * feedback or an idea), as everyone reads the feedback; what in them is the customer's (the contact,
 * emails and phone numbers typed into titles, descriptions and notes) follows mayViewContact.
 */
export const mayBrowseActionItems = (_viewer: Viewer): boolean => true;

/** An action item as far as who may change it is concerned. */
export interface OwnedActionItem {
  assigneeId: number | null;
  departmentId: number | null;
}

/** Its assignee, a LEAD of its department, an ADMIN (api-contract.md): update it and log follow-ups. */
export const mayChangeActionItem = (viewer: Viewer, item: OwnedActionItem): boolean =>
  viewer.role === 'ADMIN' || viewer.id === item.assigneeId
  || (viewer.role === 'LEAD' && viewer.departmentId !== null && viewer.departmentId === item.departmentId);

/**
 * Assigning an action item on feedback hands the assignee its contact, so only someone who sees the
 * contact by their own role may give it: not an assignee passing it along, whatever the rule for
 * making the item becomes. Beyond that, LEADs and ADMINs assign anyone, others their own department
 * (api-contract.md).
 */
export function mayAssignActionItem(
  viewer: Viewer,
  assignee: { departmentId: number | null },
  on: { feedback?: RoutedFeedback | null } = {},
): boolean {
  if (on.feedback && !mayActOnFeedback(viewer, on.feedback)) return false;
  if (viewer.role === 'LEAD' || viewer.role === 'ADMIN') return true;
  return viewer.departmentId !== null && viewer.departmentId === assignee.departmentId;
}

/**
 * A colleague's own response times are theirs and their managers': ADMINs, EXECUTIVEs, the LEAD of
 * their department, and they themselves (api-contract.md).
 */
export const maySeeAssigneeResponseTimes = (viewer: Viewer, assignee: { id: number; departmentId: number | null }): boolean =>
  viewer.role === 'ADMIN' || viewer.role === 'EXECUTIVE' || viewer.id === assignee.id
  || (viewer.role === 'LEAD' && viewer.departmentId !== null && viewer.departmentId === assignee.departmentId);

/**
 * Reopening a closed item on feedback gives its assignee sight of the contact again, so it is for those
 * who see the contact by role (the LEAD of the feedback's department, an ADMIN), not for the assignee.
 */
export function mayReopenActionItem(
  viewer: Viewer,
  item: { status: string },
  to: string,
  feedback: RoutedFeedback | null,
): boolean {
  const closed = item.status === 'DONE' || item.status === 'WONT_DO';
  const reopening = closed && (to === 'OPEN' || to === 'IN_PROGRESS');
  if (!reopening || !feedback) return true;
  return mayActOnFeedback(viewer, feedback);
}
