import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/app/i18n';
import type { AppLocale } from '@/app/i18n/locale';
import type { NotificationFieldsFragment } from '@/gql/graphql';
import { notificationTarget, wordNotification } from './notificationText';

function n(extra: Partial<NotificationFieldsFragment>): NotificationFieldsFragment {
  return {
    id: '1',
    type: 'IDEA_COMMENT',
    createdAt: '2025-03-14T09:30:00.000Z',
    read: false,
    actorName: 'Kari Nordmann',
    title: 'Faster refunds',
    status: null,
    reason: null,
    excerpt: null,
    ideaId: '7',
    feedbackId: null,
    actionItemId: null,
    featureRequestId: null,
    departmentId: null,
    overdueCount: null,
    unassignedCount: null,
    waitingCount: null,
    ...extra,
  };
}

const word = (locale: AppLocale, notification: NotificationFieldsFragment) => {
  const { t } = createAppI18n(locale).global;
  return wordNotification(notification, (key, params, plural) => (plural === undefined ? t(key, params ?? {}) : t(key, params ?? {}, plural)));
};

describe('notification wording', () => {
  it('words each type in English', () => {
    expect(word('en', n({ type: 'IDEA_STATUS', status: 'UNDER_REVIEW' }))).toEqual({
      text: 'Kari Nordmann moved “Faster refunds” to Under review',
      detail: null,
    });
    expect(word('en', n({ type: 'IDEA_STATUS', status: 'DECLINED', reason: 'Not this year.' }))).toEqual({
      text: 'Kari Nordmann moved “Faster refunds” to Declined',
      detail: 'Reason: Not this year.',
    });
    expect(word('en', n({ type: 'IDEA_COMMENT', excerpt: 'Good point' }))).toEqual({
      text: 'Kari Nordmann commented on “Faster refunds”',
      detail: 'Good point',
    });
    expect(word('en', n({ type: 'MENTION', title: null })).text).toBe('Kari Nordmann mentioned you');
    expect(word('en', n({ type: 'MENTION' })).text).toBe('Kari Nordmann mentioned you in “Faster refunds”');
    expect(word('en', n({ type: 'ACTION_ASSIGNED', title: 'Call back Fjord' })).text).toBe('Kari Nordmann assigned you “Call back Fjord”');
    expect(word('en', n({ type: 'FEATURE_SHIPPED', title: 'CSV export', status: 'SHIPPED', actorName: null })).text).toBe('“CSV export” has shipped');
    expect(word('en', n({ type: 'IDEA_COMMENT', actorName: null })).text).toBe('Someone commented on “Faster refunds”');
  });

  it('words each type in Norwegian', () => {
    expect(word('nb', n({ type: 'IDEA_STATUS', status: 'DECLINED', reason: 'Ikke i år.' }))).toEqual({
      text: 'Kari Nordmann flyttet «Faster refunds» til Avslått',
      detail: 'Begrunnelse: Ikke i år.',
    });
    expect(word('nb', n({ type: 'IDEA_COMMENT' })).text).toBe('Kari Nordmann kommenterte «Faster refunds»');
    expect(word('nb', n({ type: 'MENTION', title: null })).text).toBe('Kari Nordmann nevnte deg');
    expect(word('nb', n({ type: 'ACTION_ASSIGNED' })).text).toBe('Kari Nordmann tildelte deg «Faster refunds»');
    expect(word('nb', n({ type: 'FEATURE_SHIPPED' })).text).toBe('«Faster refunds» er lansert');
  });

  it('words each type in Swedish', () => {
    expect(word('sv', n({ type: 'IDEA_STATUS', status: 'IMPLEMENTED' })).text).toBe('Kari Nordmann flyttade ”Faster refunds” till Genomförd');
    expect(word('sv', n({ type: 'IDEA_COMMENT' })).text).toBe('Kari Nordmann kommenterade ”Faster refunds”');
    expect(word('sv', n({ type: 'MENTION' })).text).toBe('Kari Nordmann nämnde dig i ”Faster refunds”');
    expect(word('sv', n({ type: 'ACTION_ASSIGNED', actorName: null })).text).toBe('Någon tilldelade dig ”Faster refunds”');
    expect(word('sv', n({ type: 'FEATURE_SHIPPED' })).text).toBe('”Faster refunds” har lanserats');
  });

  it('words the overdue, escalation and digest notifications in all three languages', () => {
    const overdue = n({ type: 'ACTION_OVERDUE', title: 'Call back Fjord', actorName: null, ideaId: null, actionItemId: '4' });
    expect(word('en', overdue)).toEqual({ text: '“Call back Fjord” is overdue', detail: 'Its due time has passed and the customer has not been contacted.' });
    expect(word('nb', overdue).text).toBe('«Call back Fjord» har forfalt');
    expect(word('sv', overdue).text).toBe('”Call back Fjord” är försenad');
    const escalated = n({ type: 'ACTION_ESCALATED', title: 'Call back Fjord', actorName: null, ideaId: null, actionItemId: '4' });
    expect(word('en', escalated).text).toBe('“Call back Fjord” has been escalated to urgent');
    expect(word('nb', escalated).text).toBe('«Call back Fjord» er eskalert til haster');
    expect(word('sv', escalated).text).toBe('”Call back Fjord” har eskalerats till brådskande');
    const digest = n({ type: 'DEPARTMENT_DIGEST', title: 'Support', actorName: null, ideaId: null, departmentId: '3', overdueCount: 2, unassignedCount: 0, waitingCount: 1 });
    expect(word('en', digest)).toEqual({ text: 'Good morning, Support', detail: '2 overdue items · 1 customer waiting' });
    expect(word('nb', digest)).toEqual({ text: 'God morgen, Support', detail: '2 forfalte oppgaver · 1 kunde venter' });
    expect(word('sv', digest)).toEqual({ text: 'God morgon, Support', detail: '2 försenade åtgärder · 1 kund väntar' });
    expect(word('en', { ...digest, overdueCount: 0, waitingCount: 0 }).detail).toBe('Nothing overdue, unassigned or waiting.');
  });

  it('leads the notifications of an action item to the item and the digest to the department queue', () => {
    expect(notificationTarget(n({ type: 'ACTION_OVERDUE', ideaId: null, feedbackId: '17', actionItemId: '4' }))).toEqual({ name: 'action-item', params: { id: '4' } });
    expect(notificationTarget(n({ type: 'ACTION_ASSIGNED', ideaId: null, feedbackId: '17', actionItemId: '4' }))).toEqual({ name: 'action-item', params: { id: '4' } });
    expect(notificationTarget(n({ type: 'DEPARTMENT_DIGEST', ideaId: null, departmentId: '3' }))).toEqual({ name: 'actions-queue', query: { department: '3' } });
  });

  it('gives a reason only for a decline', () => {
    expect(word('en', n({ type: 'IDEA_STATUS', status: 'ACCEPTED', reason: 'Good one' })).detail).toBeNull();
  });

  it('leads to the idea, else the feedback', () => {
    expect(notificationTarget(n({}))).toEqual({ name: 'idea-detail', params: { id: '7' } });
    expect(notificationTarget(n({ ideaId: null, feedbackId: '17' }))).toEqual({ name: 'feedback-detail', params: { id: '17' } });
    expect(notificationTarget(n({ ideaId: null }))).toBeNull();
  });
});
