// A notification arrives as data (type, who, what, status); it is worded here, in the viewer's
// language, so one notification reads right in English, Norwegian and Swedish.
import type { RouteLocationRaw } from 'vue-router';
import type { NotificationFieldsFragment } from '@/gql/graphql';
import { FEATURE_REQUEST_STATUSES, IDEA_STATUSES } from '@/shared/enums';

type Translate = (key: string, params?: Record<string, unknown>, plural?: number) => string;

/** Notifications about one action item: they lead to it rather than to its feedback or idea. */
const ACTION_TYPES = new Set<string>(['ACTION_ASSIGNED', 'ACTION_OVERDUE', 'ACTION_ESCALATED']);

export interface NotificationWording {
  /** the one line saying what happened */
  text: string;
  /** a second, quieter line: the decline reason, the decision's note or the start of the comment */
  detail: string | null;
}

export function wordNotification(n: NotificationFieldsFragment, t: Translate): NotificationWording {
  const actor = n.actorName?.trim() || t('notifications.someone');
  const title = n.title?.trim() || t('notifications.untitled');
  switch (n.type) {
    case 'IDEA_STATUS': {
      const status = n.status && (IDEA_STATUSES as readonly string[]).includes(n.status) ? t(`enums.ideaStatus.${n.status}`) : (n.status ?? '');
      const reason = n.status === 'DECLINED' && n.reason?.trim() ? t('notifications.reason', { reason: n.reason.trim() }) : null;
      return { text: t('notifications.IDEA_STATUS', { actor, title, status }), detail: reason };
    }
    case 'IDEA_COMMENT':
      return { text: t('notifications.IDEA_COMMENT', { actor, title }), detail: n.excerpt?.trim() || null };
    case 'MENTION':
      return {
        text: n.title?.trim() ? t('notifications.MENTION_IN', { actor, title }) : t('notifications.MENTION', { actor }),
        detail: n.excerpt?.trim() || null,
      };
    case 'ACTION_ASSIGNED':
      return { text: t('notifications.ACTION_ASSIGNED', { actor, title }), detail: null };
    case 'FEATURE_STATUS': {
      const status = n.status && (FEATURE_REQUEST_STATUSES as readonly string[]).includes(n.status)
        ? t(`enums.featureRequestStatus.${n.status}`)
        : (n.status ?? '');
      // the product team's note is what people linked to the request wait for (why it was declined,
      // when it is planned): it is said whatever the status
      return { text: t('notifications.FEATURE_STATUS', { title, status }), detail: n.reason?.trim() || null };
    }
    case 'FEATURE_SHIPPED':
      return { text: t('notifications.FEATURE_SHIPPED', { title }), detail: n.reason?.trim() || null };
    case 'ACTION_OVERDUE':
      return { text: t('notifications.ACTION_OVERDUE', { title }), detail: t('notifications.ACTION_OVERDUE_DETAIL') };
    case 'ACTION_ESCALATED':
      return { text: t('notifications.ACTION_ESCALATED', { title }), detail: t('notifications.ACTION_ESCALATED_DETAIL') };
    case 'DEPARTMENT_DIGEST': {
      // the counts of the LEAD's morning, each said only when there is something to say
      const counts = [
        n.overdueCount ? t('notifications.digestOverdue', { count: n.overdueCount }, n.overdueCount) : null,
        n.unassignedCount ? t('notifications.digestUnassigned', { count: n.unassignedCount }, n.unassignedCount) : null,
        n.waitingCount ? t('notifications.digestWaiting', { count: n.waitingCount }, n.waitingCount) : null,
      ].filter((c): c is string => !!c);
      return {
        text: t('notifications.DEPARTMENT_DIGEST', { department: n.title?.trim() || t('notifications.yourDepartment') }),
        detail: counts.length ? counts.join(' · ') : t('notifications.digestClear'),
      };
    }
    default:
      return { text: title, detail: null };
  }
}

/** Notifications about a feature request's decisions: they lead to the request. */
const FEATURE_TYPES = new Set<string>(['FEATURE_STATUS', 'FEATURE_SHIPPED']);

/**
 * Where a notification leads: an action item's page for what is about one, the department's queue for
 * a digest, a feature request's page for its decisions; else its idea, else its feedback, else the
 * list it belongs to.
 */
export function notificationTarget(n: NotificationFieldsFragment): RouteLocationRaw | null {
  // a merged request's id still opens: its page moves on to the request it was merged into
  if (n.featureRequestId && FEATURE_TYPES.has(n.type)) return { path: `/feature-requests/${encodeURIComponent(n.featureRequestId)}` };
  if (n.type === 'DEPARTMENT_DIGEST') return { name: 'actions-queue', query: n.departmentId ? { department: n.departmentId } : {} };
  if (n.actionItemId && ACTION_TYPES.has(n.type)) return { name: 'action-item', params: { id: n.actionItemId } };
  if (n.ideaId) return { name: 'idea-detail', params: { id: n.ideaId } };
  if (n.feedbackId) return { name: 'feedback-detail', params: { id: n.feedbackId } };
  if (n.actionItemId) return { name: 'action-item', params: { id: n.actionItemId } };
  if (n.featureRequestId) return { path: `/feature-requests/${encodeURIComponent(n.featureRequestId)}` };
  return null;
}
