// Who may do what with feature requests, and how a status may move. The services enforce these and the
// resolvers expose them (viewerCan…, allowedStatuses) so the portal shows only what will work.
import type { Viewer } from '../../shared/auth';
import type { FeatureRequestStatus } from './feature-requests.type';

// a title of 200 characters or more is refused (issue 9): the longest is 199
export const LIMITS = { title: 199, description: 5_000, note: 2_000, feedbackIds: 20 } as const;

/**
 * The product team decides on requests: a LEAD of the department that owns them (Product in the demo:
 * `departments.owns_feature_requests`), or an ADMIN. `department` is the viewer's own, read by the caller.
 */
export const mayManageFeatureRequests = (viewer: Viewer, department: { ownsFeatureRequests: boolean } | null) =>
  viewer.role === 'ADMIN' || (viewer.role === 'LEAD' && !!department?.ownsFeatureRequests);

/** Linking is how anyone reading feedback says "a customer asks for this": everyone signed in. */
export const mayLinkFeedback = (_viewer: Viewer) => true;

/** Reading requests and their figures (no contact in them) is everyone's. */
export const mayReadFeatureRequests = (_viewer: Viewer) => true;

const FLOW: FeatureRequestStatus[] = ['UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED'];

/**
 * Forward along UNDER_REVIEW → PLANNED → IN_PROGRESS → SHIPPED (steps may be skipped, and a plan may
 * go back one step when it slips), DECLINED from anything not shipped, and a declined request may be
 * reopened for review. A shipped request is done.
 */
export function nextStatuses(from: FeatureRequestStatus): FeatureRequestStatus[] {
  if (from === 'DECLINED') return ['UNDER_REVIEW'];
  if (from === 'SHIPPED') return [];
  const i = FLOW.indexOf(from);
  return [...(i > 0 ? [FLOW[i - 1]] : []), ...FLOW.slice(i + 1), 'DECLINED'];
}

/** "Tell the customers" is for what shipped. */
export const mayTellCustomers = (status: FeatureRequestStatus) => status === 'SHIPPED';

/** A shipped request's follow-ups are due a week after they are made. */
export const TELL_CUSTOMERS_WITHIN_DAYS = 7;
