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
    expect(word('en', n({ type: 'FEATURE_SHIPPED', title: 'CSV export', status: 'SHIPPED', actorName: null })).text).toBe('You asked, we did: “CSV export” has shipped');
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
    expect(word('nb', n({ type: 'FEATURE_SHIPPED' })).text).toBe('Dere spurte, vi leverte: «Faster refunds» er lansert');
  });

  it('words each type in Swedish', () => {
    expect(word('sv', n({ type: 'IDEA_STATUS', status: 'IMPLEMENTED' })).text).toBe('Kari Nordmann flyttade ”Faster refunds” till Genomförd');
    expect(word('sv', n({ type: 'IDEA_COMMENT' })).text).toBe('Kari Nordmann kommenterade ”Faster refunds”');
    expect(word('sv', n({ type: 'MENTION' })).text).toBe('Kari Nordmann nämnde dig i ”Faster refunds”');
    expect(word('sv', n({ type: 'ACTION_ASSIGNED', actorName: null })).text).toBe('Någon tilldelade dig ”Faster refunds”');
    expect(word('sv', n({ type: 'FEATURE_SHIPPED' })).text).toBe('Ni frågade, vi levererade: ”Faster refunds” har lanserats');
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

  it('words a feature request’s status change and shipping in all three languages, the note as detail', () => {
    const feature = (type: 'FEATURE_STATUS' | 'FEATURE_SHIPPED', status: string, reason: string | null) =>
      n({ type, status, reason, title: 'CSV export', actorName: 'Lena Lead', ideaId: null, featureRequestId: '12' });
    expect(word('en', feature('FEATURE_STATUS', 'PLANNED', 'Planned for the spring release.'))).toEqual({
      text: '“CSV export” is now Planned',
      detail: 'Planned for the spring release.',
    });
    expect(word('en', feature('FEATURE_STATUS', 'DECLINED', 'Out of scope.'))).toEqual({ text: '“CSV export” is now Declined', detail: 'Out of scope.' });
    expect(word('en', feature('FEATURE_STATUS', 'IN_PROGRESS', null))).toEqual({ text: '“CSV export” is now In progress', detail: null });
    expect(word('nb', feature('FEATURE_STATUS', 'PLANNED', null)).text).toBe('«CSV export» har nå status Planlagt');
    expect(word('sv', feature('FEATURE_STATUS', 'DECLINED', 'Utanför ramen.'))).toEqual({ text: '”CSV export” har nu status Avslagen', detail: 'Utanför ramen.' });

    const shipped = feature('FEATURE_SHIPPED', 'SHIPPED', 'In every plan from today.');
    expect(word('en', shipped)).toEqual({ text: 'You asked, we did: “CSV export” has shipped', detail: 'In every plan from today.' });
    expect(word('nb', shipped)).toEqual({ text: 'Dere spurte, vi leverte: «CSV export» er lansert', detail: 'In every plan from today.' });
    expect(word('sv', shipped)).toEqual({ text: 'Ni frågade, vi levererade: ”CSV export” har lanserats', detail: 'In every plan from today.' });
    expect(word('en', { ...shipped, reason: '  ' }).detail).toBeNull();
  });

  it('leads a feature request’s notifications to the request', () => {
    const feature = (type: string) => n({ type: type as NotificationFieldsFragment['type'], ideaId: null, feedbackId: '17', featureRequestId: '12' });
    expect(notificationTarget(feature('FEATURE_STATUS'))).toEqual({ path: '/feature-requests/12' });
    expect(notificationTarget(feature('FEATURE_SHIPPED'))).toEqual({ path: '/feature-requests/12' });
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
