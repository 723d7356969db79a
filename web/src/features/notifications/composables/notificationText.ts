// A notification arrives as data (type, who, what, status); it is worded here, in the viewer's
// language, so one notification reads right in English, Norwegian and Swedish.
import type { RouteLocationRaw } from 'vue-router';
import type { NotificationFieldsFragment } from '@/gql/graphql';
import { IDEA_STATUSES } from '@/shared/enums';

type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface NotificationWording {
  /** the one line saying what happened */
  text: string;
  /** a second, quieter line: the decline reason or the start of the comment */
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
    case 'FEATURE_SHIPPED':
      return { text: t('notifications.FEATURE_SHIPPED', { title }), detail: null };
    default:
      return { text: title, detail: null };
  }
}

/** Where a notification leads: its idea, else its feedback, else the list it belongs to. */
export function notificationTarget(n: NotificationFieldsFragment): RouteLocationRaw | null {
  if (n.ideaId) return { name: 'idea-detail', params: { id: n.ideaId } };
  if (n.feedbackId) return { name: 'feedback-detail', params: { id: n.feedbackId } };
  if (n.actionItemId) return { path: '/actions' };
  if (n.featureRequestId) return { path: '/feature-requests' };
  return null;
}
