// The personal-data rule of product.md: a customer contact's details are visible only to ADMINs, the
// LEAD of the department the feedback is routed to, and the assignee of an open action item on it.
import type { Viewer } from '../../shared/auth';
import type { ContactType } from './customers.type';

export interface ContactScope {
  departmentId: number | null;
  /** the viewer is the assignee of an OPEN or IN_PROGRESS action item on this feedback */
  viewerIsAssignee: boolean;
}

export function mayViewContact(viewer: Viewer, scope: ContactScope): boolean {
  if (viewer.role === 'ADMIN') return true;
  if (viewer.role === 'LEAD' && viewer.departmentId !== null && viewer.departmentId === scope.departmentId) return true;
  return scope.viewerIsAssignee;
}

export const MASKED_CONTACT: ContactType = { name: null, email: null, phone: null, masked: true };
