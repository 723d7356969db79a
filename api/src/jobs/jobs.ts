// Background work on a PostgreSQL job queue (pg-boss: no infrastructure beyond the database). Every
// Chorus process may run this; pg-boss hands each job to one worker (SKIP LOCKED), its cron schedules
// are kept in the database and fired once per slot whatever the number of processes, and each job's own
// statements claim their rows besides (escalation.ts, email.ts), so nothing is done twice.
//
// The jobs:
// - escalate       every minute: overdue items told to their assignee and LEADs; a day later URGENT to the ADMINs
// - lead-digest    08:00 in the organisation's time zone: each LEAD's overdue, unassigned and waiting work
// - deliver-email  after each of those and every minute (SMTP_URL set): the email outbox
import PgBoss from 'pg-boss';
import { sql } from 'drizzle-orm';
import type { Db } from '@chorus/db';
import type { Config } from '../config';
import { escalateOverdue, sendDigests } from '../modules/actions/escalation';
import { createMailer, deliverEmails } from '../modules/notifications/email';

export interface Jobs {
  /** queue a job now (tests and operators; the schedules do it otherwise) */
  run(name: JobName): Promise<void>;
  stop(): Promise<void>;
}

export type JobName = 'escalate' | 'lead-digest' | 'deliver-email';

export interface JobOptions {
  /** how often an idle worker looks for work; pg-boss's default is 2 s */
  pollingIntervalSeconds?: number;
  log?: (line: string) => void;
}

export async function startJobs(databaseUrl: string, db: Db, config: Config, options: JobOptions = {}): Promise<Jobs> {
  const log = options.log ?? console.error;
  const boss = new PgBoss({
    connectionString: databaseUrl,
    // pg-boss brings node-postgres: a small pool of its own beside the API's
    max: 3,
    application_name: 'chorus-jobs',
    schema: 'pgboss',
  });
  boss.on('error', (error) => log(`[chorus] job queue: ${error instanceof Error ? error.message : String(error)}`));
  await boss.start();

  const mailer = config.smtpUrl ? createMailer(config.smtpUrl) : null;
  const mail = { mailFrom: config.mailFrom, publicUrl: config.publicUrl };
  const afterNotifying = async () => {
    if (mailer) await boss.send('deliver-email', {});
  };
  const handlers: Record<JobName, () => Promise<void>> = {
    escalate: async () => {
      const r = await escalateOverdue(db, { email: !!mailer });
      if (r.overdue || r.escalated) log(`[chorus] escalation: ${r.overdue} newly overdue, ${r.escalated} escalated to urgent`);
      await afterNotifying();
    },
    'lead-digest': async () => {
      const n = await sendDigests(db, config.timeZone, { email: !!mailer });
      if (n) log(`[chorus] morning digest sent to ${n} leads`);
      await afterNotifying();
    },
    'deliver-email': async () => {
      if (mailer) await deliverEmails(db, mailer, mail, log);
    },
  };
  // the outbox is swept every minute only where there is email to send (a sweep retries failed sends)
  const schedules: Record<JobName, string | null> = { escalate: '* * * * *', 'lead-digest': '0 8 * * *', 'deliver-email': mailer ? '* * * * *' : null };

  // Queues and schedules are set up by one process at a time: two instances starting together on a new
  // database deadlock inside pg-boss's create_queue otherwise (seen in CI). The advisory lock lasts as
  // long as this transaction, which only waits while another process does the same.
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('chorus.jobs.setup'))`);
    for (const name of Object.keys(handlers) as JobName[]) {
      // stately: at most one waiting and one running per queue, so triggers pile up into one run
      await boss.createQueue(name, { name, policy: 'stately', retryLimit: 3, retryDelay: 30, expireInSeconds: 300 });
      const cron = schedules[name];
      if (cron) await boss.schedule(name, cron, {}, { tz: config.timeZone });
      else await boss.unschedule(name);
    }
  });
  for (const name of Object.keys(handlers) as JobName[]) {
    await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => { await handlers[name](); });
  }
  // catch up at start: items may have passed their due time while no process was running
  await boss.send('escalate', {});
  return {
    async run(name) {
      await boss.send(name, {});
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
