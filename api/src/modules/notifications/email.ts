// Email for the notifications that must reach people outside the portal (escalations, digests), when
// SMTP_URL is set. The notifications table is the outbox: a notification of such a type with no
// emailed_at is still to be sent. Each message is claimed with FOR UPDATE SKIP LOCKED in a transaction
// of its own, sent, and marked, so two processes never send the same one and a failed send is retried
// by the next run (a message sent whose mark then failed to commit would go twice: the rare side to err on).
import nodemailer, { type Transporter } from 'nodemailer';
import { sql } from 'drizzle-orm';
import type { Db } from '@chorus/db';
import { mailLocale, MESSAGES } from './email.messages';
import type { NotificationPayload } from './notifications.type';

export const EMAILED_TYPES = ['ACTION_OVERDUE', 'ACTION_ESCALATED', 'DEPARTMENT_DIGEST'] as const;
type EmailedType = (typeof EMAILED_TYPES)[number];
/** Older than this and still unsent (SMTP was down, or unset then), a message is news no more. */
const FRESH_HOURS = 24;
const BATCH = 50;

export interface MailSettings {
  smtpUrl: string;
  mailFrom: string;
  publicUrl: string;
}

export const createMailer = (smtpUrl: string): Transporter => nodemailer.createTransport(smtpUrl);

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Where the message's link leads: the action item, or for a digest the department's queue. */
export function linkFor(publicUrl: string, type: EmailedType, p: NotificationPayload): string {
  if (type === 'DEPARTMENT_DIGEST') return `${publicUrl}/actions/queue${p.departmentId ? `?department=${p.departmentId}` : ''}`;
  return `${publicUrl}/actions/${p.actionItemId}`;
}

/** The message for one notification, in the recipient's language. */
export function composeEmail(settings: MailSettings, to: { email: string; name: string; locale: string | null },
  type: EmailedType, payload: NotificationPayload) {
  const locale = mailLocale(to.locale);
  const text = MESSAGES[locale][type](payload);
  const link = linkFor(settings.publicUrl, type, payload);
  return {
    from: settings.mailFrom,
    to: { name: to.name, address: to.email },
    subject: text.subject,
    headers: { 'Content-Language': locale },
    text: `${text.lines.join('\n')}\n\n${text.action}: ${link}\n`,
    html: `<!doctype html><html lang="${locale}"><body>${text.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}`
      + `<p><a href="${escapeHtml(link)}">${escapeHtml(text.action)}</a></p></body></html>`,
  };
}

/** Sends what is waiting in the outbox, up to a batch; returns how many went. */
export async function deliverEmails(db: Db, mailer: Transporter, settings: MailSettings): Promise<number> {
  let sent = 0;
  for (let i = 0; i < BATCH; i++) {
    const went = await db.transaction(async (tx) => {
      const [row] = await tx.execute<{ id: number; type: EmailedType; payload: NotificationPayload; email: string; name: string; locale: string | null }>(sql`
        select n.id, n.type, n.payload, u.email, u.name, u.locale from notifications n join users u on u.id = n.user_id
        where n.emailed_at is null and n.type in (${sql.join(EMAILED_TYPES.map((t) => sql`${t}`), sql`, `)})
          and n.created_at > now() - ${FRESH_HOURS} * interval '1 hour' and u.disabled_at is null
        order by n.created_at, n.id limit 1
        for update of n skip locked`);
      if (!row) return false;
      await mailer.sendMail(composeEmail(settings, row, row.type, row.payload));
      await tx.execute(sql`update notifications set emailed_at = now() where id = ${row.id}`);
      return true;
    });
    if (!went) break;
    sent++;
  }
  return sent;
}
