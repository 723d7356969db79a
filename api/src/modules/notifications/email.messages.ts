// The emails that escalations and digests send, in the recipient's portal language (users.locale; the
// portal's words for the same notifications are in web/src/app/i18n). Plain functions of the payload:
// no template engine for three short messages.
import type { NotificationPayload } from './notifications.type';

export type MailLocale = 'en' | 'nb' | 'sv';
export const MAIL_LOCALES: readonly MailLocale[] = ['en', 'nb', 'sv'];

export interface MailText {
  subject: string;
  /** paragraphs of plain text; the link goes after them */
  lines: string[];
  /** the words of the link */
  action: string;
}

type Messages = Record<'ACTION_OVERDUE' | 'ACTION_ESCALATED' | 'DEPARTMENT_DIGEST', (p: NotificationPayload) => MailText>;

const q = (title: string | undefined) => `“${title ?? ''}”`;

export const MESSAGES: Record<MailLocale, Messages> = {
  en: {
    ACTION_OVERDUE: (p) => ({
      subject: `Overdue: ${q(p.title)}`,
      lines: [`The action item ${q(p.title)} has passed its due time and the customer has not been contacted yet.`],
      action: 'Open the action item',
    }),
    ACTION_ESCALATED: (p) => ({
      subject: `Escalated to urgent: ${q(p.title)}`,
      lines: [`The action item ${q(p.title)} is still unanswered a day after its due time. It is now urgent.`],
      action: 'Open the action item',
    }),
    DEPARTMENT_DIGEST: (p) => ({
      subject: `${p.title}: this morning's follow-up`,
      lines: [
        `Good morning. In ${p.title}:`,
        `• ${p.overdueCount} overdue action items`,
        `• ${p.unassignedCount} action items without an assignee`,
        `• ${p.waitingCount} unhappy customers waiting for an action item`,
      ],
      action: 'Open the department queue',
    }),
  },
  nb: {
    ACTION_OVERDUE: (p) => ({
      subject: `Forfalt: ${q(p.title)}`,
      lines: [`Tiltaket ${q(p.title)} har passert fristen, og kunden er ikke kontaktet ennå.`],
      action: 'Åpne tiltaket',
    }),
    ACTION_ESCALATED: (p) => ({
      subject: `Eskalert til haster: ${q(p.title)}`,
      lines: [`Tiltaket ${q(p.title)} er fortsatt ubesvart ett døgn etter fristen. Det haster nå.`],
      action: 'Åpne tiltaket',
    }),
    DEPARTMENT_DIGEST: (p) => ({
      subject: `${p.title}: dagens oppfølging`,
      lines: [
        `God morgen. I ${p.title}:`,
        `• ${p.overdueCount} forfalte tiltak`,
        `• ${p.unassignedCount} tiltak uten ansvarlig`,
        `• ${p.waitingCount} misfornøyde kunder som venter på et tiltak`,
      ],
      action: 'Åpne avdelingens kø',
    }),
  },
  sv: {
    ACTION_OVERDUE: (p) => ({
      subject: `Försenad: ${q(p.title)}`,
      lines: [`Åtgärden ${q(p.title)} har passerat sin tidsfrist och kunden har inte kontaktats ännu.`],
      action: 'Öppna åtgärden',
    }),
    ACTION_ESCALATED: (p) => ({
      subject: `Eskalerad till brådskande: ${q(p.title)}`,
      lines: [`Åtgärden ${q(p.title)} är fortfarande obesvarad ett dygn efter tidsfristen. Den är nu brådskande.`],
      action: 'Öppna åtgärden',
    }),
    DEPARTMENT_DIGEST: (p) => ({
      subject: `${p.title}: dagens uppföljning`,
      lines: [
        `God morgon. På ${p.title}:`,
        `• ${p.overdueCount} försenade åtgärder`,
        `• ${p.unassignedCount} åtgärder utan ansvarig`,
        `• ${p.waitingCount} missnöjda kunder som väntar på en åtgärd`,
      ],
      action: 'Öppna avdelningens kö',
    }),
  },
};

export const mailLocale = (locale: string | null | undefined): MailLocale =>
  MAIL_LOCALES.includes(locale as MailLocale) ? (locale as MailLocale) : 'en';
