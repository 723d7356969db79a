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

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// international or local numbers of 8+ digits, with spaces, dots or dashes between groups; a long
// order number is masked too (privacy errs on the safe side), a date is not
const PHONE = /(?:\+|00)?\d(?:[\s.-]?\d){7,}/g;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Masks email addresses and phone numbers a customer typed into a verbatim. */
export function maskText(text: string): string {
  return text.replace(EMAIL, '[email hidden]').replace(PHONE, (m) => (DATE.test(m) ? m : '[phone hidden]'));
}
