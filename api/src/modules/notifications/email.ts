// Email for the notifications that must reach people outside the portal (escalations, digests), when
// SMTP_URL is set. The notifications table is the outbox: `email_due_at` says when a message is due to
// be (re)tried. A sender leases one row at a time (a short statement that moves email_due_at ahead, with
// SKIP LOCKED, so two processes never take the same one), sends it with no transaction open, and then
// marks it sent. A failed send is retried after the lease with a growing pause, and given up after
// MAX_ATTEMPTS, while the rest of the outbox goes on; a process that dies mid-send leaves its lease to
// run out (that message may then go twice: the rare side to err on).
import nodemailer, { type Transporter } from 'nodemailer';
import { sql } from 'drizzle-orm';
import type { Db } from '@chorus/db';
import { mailLocale, MESSAGES } from './email.messages';
import type { NotificationPayload } from './notifications.type';

export const EMAILED_TYPES = ['ACTION_OVERDUE', 'ACTION_ESCALATED', 'DEPARTMENT_DIGEST'] as const;
type EmailedType = (typeof EMAILED_TYPES)[number];
/** Older than this and still unsent (SMTP was down), a message is news no more. */
const FRESH_HOURS = 24;
const BATCH = 50;
/** A failed message is tried this often in all, with LEASE_MINUTES × attempts between tries. */
export const MAX_ATTEMPTS = 5;
const LEASE_MINUTES = 5;

export interface MailSettings {
  mailFrom: string;
  publicUrl: string;
}

// a server that stops answering must not hold a job for nodemailer's default ten minutes
export const createMailer = (smtpUrl: string): Transporter =>
  nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });

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

type Leased = {
  id: number;
  type: EmailedType;
  payload: NotificationPayload;
  email: string;
  name: string;
  locale: string | null;
  attempts: number;
  disabled: boolean;
  created_at: Date | string;
};

/**
 * Sends what is due in the outbox, up to a batch; returns how many went. One message that fails (a
 * refused recipient, a server down) costs its own retry, not the others' delivery.
 */
export async function deliverEmails(db: Db, mailer: Transporter, settings: MailSettings, log: (line: string) => void = () => {}): Promise<number> {
  let sent = 0;
  for (let i = 0; i < BATCH; i++) {
    const [row] = await db.execute<Leased>(sql`
      update notifications n set email_due_at = now() + (n.email_attempts + 1) * ${LEASE_MINUTES} * interval '1 minute',
        email_attempts = n.email_attempts + 1
      from users u
      where u.id = n.user_id and n.id = (
        select o.id from notifications o where o.email_due_at <= now() order by o.email_due_at, o.id limit 1 for update skip locked)
      returning n.id, n.type, n.payload, u.email, u.name, u.locale, u.disabled_at is not null as disabled, n.created_at, n.email_attempts as attempts`);
    if (!row) break;
    const r = row;
    const stale = Date.now() - new Date(r.created_at).getTime() > FRESH_HOURS * 3_600_000;
    if (r.disabled || stale || !(EMAILED_TYPES as readonly string[]).includes(r.type)) {
      // nobody to send it to, or no longer news: out of the outbox, unsent
      await db.execute(sql`update notifications set email_due_at = null where id = ${r.id}`);
      continue;
    }
    try {
      await mailer.sendMail(composeEmail(settings, r, r.type, r.payload));
      await db.execute(sql`update notifications set email_due_at = null, emailed_at = now() where id = ${r.id}`);
      sent++;
    } catch (error) {
      const giveUp = r.attempts >= MAX_ATTEMPTS;
      log(`[chorus] email to ${r.email} failed (attempt ${r.attempts}${giveUp ? ', giving up' : ''}): ${error instanceof Error ? error.message : String(error)}`);
      if (giveUp) await db.execute(sql`update notifications set email_due_at = null where id = ${r.id}`);
      // otherwise the lease runs out and a later run tries again
    }
  }
  return sent;
}
