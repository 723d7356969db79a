// Who may see what of customers. Accounts (name, segment, region, revenue) are shared like the
// feedback they gave; the people behind them are personal data, under product.md's rule.
import type { Viewer } from '../../shared/auth';

/** Everyone signed in browses customer accounts: the customer's whole history is the point of Chorus. */
export const mayBrowseCustomers = (_viewer: Viewer): boolean => true;

/** What decides whether a feedback item's contact may be shown: where it is routed, and who works on it. */
export interface ContactScope {
  /** the department the feedback is routed to */
  departmentId: number | null;
  /** the viewer is the assignee of an OPEN or IN_PROGRESS action item on this feedback */
  viewerIsAssignee: boolean;
}

/**
 * The personal-data rule of product.md: a customer contact's name, email and phone (and the emails and
 * phone numbers typed into the verbatim) are visible only to ADMINs, the LEAD of the department the
 * feedback is routed to, and the assignee of an open action item on it. Unrouted feedback: ADMINs only.
 */
export function mayViewContact(viewer: Viewer, scope: ContactScope): boolean {
  if (viewer.role === 'ADMIN') return true;
  if (viewer.role === 'LEAD' && viewer.departmentId !== null && viewer.departmentId === scope.departmentId) return true;
  return scope.viewerIsAssignee;
}
