// The email outbox against a real SMTP server (smtp-server, in this process) that refuses one address:
// the others still go, the refused one is retried after its lease and given up after MAX_ATTEMPTS, and
// nothing is sent twice however many senders run at once.
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '@chorus/db/schema';
import { startHarness, type Harness } from '../../testing/harness';
import { createMailer, deliverEmails, MAX_ATTEMPTS } from './email';

let h: Harness;
let smtp: SMTPServer;
let port: number;
const received: string[] = [];
const REFUSED = 'admin@test.dev';

beforeAll(async () => {
  h = await startHarness();
  smtp = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === REFUSED) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => { received.push(...session.envelope.rcptTo.map((r) => r.address)); callback(); });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await h.close();
});

const smtpUrl = () => `smtp://127.0.0.1:${port}`;
const settings = () => ({ mailFrom: 'Chorus <chorus@test.dev>', publicUrl: 'https://chorus.test' });
const outbox = () => h.database.sql<{ email: string; attempts: number; due: boolean; emailed: boolean }[]>`
  select u.email, n.email_attempts as attempts, n.email_due_at is not null as due, n.emailed_at is not null as emailed
  from notifications n join users u on u.id = n.user_id where n.type = 'ACTION_OVERDUE' order by u.email`;

describe('deliverEmails', () => {
  it("sends every message once, keeps going past a refused one, and gives that one up after its last try", async () => {
    const s = h.scenario.users;
    await h.db.insert(notifications).values([s.admin, s.leadSupport, s.agentSupport, s.employee].map((u) => ({
      userId: u.id, type: 'ACTION_OVERDUE', payload: { actionItemId: 7, title: 'Call Kari back' }, emailDueAt: new Date(),
    })));
    // three senders at once, as three processes' jobs would be
    const mailer = createMailer(smtpUrl());
    const sent = await Promise.all([1, 2, 3].map(() => deliverEmails(h.db, mailer, settings())));
    expect(sent.reduce((a, b) => a + b, 0)).toBe(3);
    expect(received.sort()).toEqual(['agent.support@test.dev', 'employee@test.dev', 'lead.support@test.dev']);
    expect(await outbox()).toEqual([
      // leased for a while before its next try
      { email: 'admin@test.dev', attempts: 1, due: true, emailed: false },
      { email: 'agent.support@test.dev', attempts: 1, due: false, emailed: true },
      { email: 'employee@test.dev', attempts: 1, due: false, emailed: true },
      { email: 'lead.support@test.dev', attempts: 1, due: false, emailed: true },
    ]);
    // its lease not yet run out, a run sends nothing
    expect(await deliverEmails(h.db, mailer, settings())).toBe(0);
    // each time its lease runs out it is tried again, until the last attempt
    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      await h.database.sql`update notifications set email_due_at = now() where email_due_at is not null`;
      expect(await deliverEmails(h.db, mailer, settings())).toBe(0);
    }
    const [admin] = await outbox();
    expect(admin).toEqual({ email: 'admin@test.dev', attempts: MAX_ATTEMPTS, due: false, emailed: false });
    expect(received).toHaveLength(3);
  });
});
