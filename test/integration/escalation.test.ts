// Two Chorus processes on one database, as a deployment with two instances runs: overdue action items
// are escalated once, not once per process, the LEADs' digest goes once, and the emails reach a real
// SMTP server (smtp-server, in this process) in each recipient's portal language with a link to the item.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type ParsedMail } from 'mailparser';
import PgBoss from 'pg-boss';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@chorus/db/testing';
import { actionItems, users } from '@chorus/db/schema';
import { eq } from 'drizzle-orm';
import { seedScenario, type Scenario } from '../../api/src/testing/scenario';

const api = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../api');
const HOUR = 3_600_000;
const PUBLIC_URL = 'https://chorus.example.no';

let database: TestDatabase;
let s: Scenario;
let smtp: SMTPServer;
let smtpPort: number;
const mail: ParsedMail[] = [];
const processes: { child: ChildProcess; output: string[] }[] = [];
let item: { late: number; dayLate: number };

/** Starts `pnpm start`'s entry point on the test database, its jobs on, email to the test server. */
function startChorus() {
  const env: NodeJS.ProcessEnv = {
    ...process.env, DATABASE_URL: database.url, PORT: '0', CHORUS_DEMO: 'off', CHORUS_JOBS: 'on',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, CHORUS_PUBLIC_URL: PUBLIC_URL, CHORUS_MAIL_FROM: 'Chorus <chorus@example.no>',
    CHORUS_TIME_ZONE: 'Europe/Oslo',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: api, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout!.on('data', (d) => output.push(String(d)));
  child.stderr!.on('data', (d) => output.push(String(d)));
  processes.push({ child, output });
  return new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.join('').includes('background jobs started')) { clearInterval(timer); resolve(); }
      if (child.exitCode !== null) { clearInterval(timer); reject(new Error(output.join(''))); }
    }, 100);
  });
}

async function until(what: string, check: () => Promise<boolean>, ms = 45_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${processes.map((p) => p.output.join('')).join('\n---\n')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  s = await seedScenario(database.db);
  // the Support LEAD reads the portal in Norwegian, the agent in Swedish; the ADMIN has chosen none
  await database.db.update(users).set({ locale: 'nb' }).where(eq(users.id, s.users.leadSupport.id));
  await database.db.update(users).set({ locale: 'sv' }).where(eq(users.id, s.users.agentSupport.id));
  const [late, dayLate] = await database.db.insert(actionItems).values([
    { title: 'Ring Kari tilbake', departmentId: s.departments.support.id, assigneeId: s.users.agentSupport.id, feedbackId: s.feedback[0].id, dueAt: new Date(Date.now() - 2 * HOUR) },
    { title: 'Answer the review', departmentId: s.departments.product.id, feedbackId: s.feedback[2].id, dueAt: new Date(Date.now() - 30 * HOUR) },
  ]).returning({ id: actionItems.id });
  item = { late: late.id, dayLate: dayLate.id };

  smtp = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((m) => { mail.push(m); callback(); }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as { port: number }).port;

  // two at once, as two instances behind a load balancer start
  await Promise.all([startChorus(), startChorus()]);
}, 120_000);

afterAll(async () => {
  await Promise.all(processes.map(({ child }) => new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  })));
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await database.drop();
}, 60_000);

const notifications = () => database.sql`select u.email, n.type, n.payload, n.emailed_at is not null as emailed
  from notifications n join users u on u.id = n.user_id order by u.email, n.type`;

it('escalates each overdue item once with two processes running, and emails each recipient in their language', async () => {
  // each process queues an escalation run as it starts; both may run one
  await until('four notifications, all emailed', async () => {
    const rows = await notifications();
    return rows.length >= 4 && rows.every((r) => r.emailed) && mail.length >= 4;
  });
  // give a doubled run, a retry or a late second send every chance to show itself
  await new Promise((r) => setTimeout(r, 4000));
  const rows = await notifications();
  expect(rows.map((r) => `${r.email} ${r.type} ${r.payload.actionItemId}`)).toEqual([
    `admin@test.dev ACTION_ESCALATED ${item.dayLate}`,
    `agent.support@test.dev ACTION_OVERDUE ${item.late}`,
    `lead.product@test.dev ACTION_ESCALATED ${item.dayLate}`,
    `lead.support@test.dev ACTION_OVERDUE ${item.late}`,
  ]);
  expect(mail).toHaveLength(rows.length);

  const to = (address: string) => mail.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0].address === address);
  // the Support LEAD reads Norwegian
  const [norwegian] = to('lead.support@test.dev');
  expect(norwegian.subject).toBe('Forfalt: “Ring Kari tilbake”');
  expect(norwegian.text).toContain('har passert fristen');
  expect(norwegian.text).toContain(`${PUBLIC_URL}/actions/${item.late}`);
  expect(norwegian.html).toContain(`href="${PUBLIC_URL}/actions/${item.late}"`);
  expect(norwegian.from!.value[0]).toMatchObject({ name: 'Chorus', address: 'chorus@example.no' });
  // the agent Swedish, the ADMIN (no language chosen) English
  expect(to('agent.support@test.dev')[0].subject).toBe('Försenad: “Ring Kari tilbake”');
  expect(to('admin@test.dev')[0].subject).toBe('Escalated to urgent: “Answer the review”');
  const [{ priority }] = await database.sql`select priority from action_items where id = ${item.dayLate}`;
  expect(priority).toBe('URGENT');
}, 90_000);

it("sends each LEAD one morning digest however many times the job is queued, and emails it", async () => {
  const boss = new PgBoss({ connectionString: database.url, schema: 'pgboss', max: 1 });
  await boss.start();
  try {
    // the 08:00 schedule is stored once, in the organisation's time zone
    const schedules = await boss.getSchedules();
    expect(schedules.filter((x) => x.name === 'lead-digest').map((x) => [x.cron, x.options?.tz])).toEqual([['0 8 * * *', 'Europe/Oslo']]);
    for (let i = 0; i < 4; i++) await boss.send('lead-digest', {});
    const before = mail.length;
    await until('two digests emailed', async () => mail.length >= before + 2);
    await new Promise((r) => setTimeout(r, 4000));
    for (let i = 0; i < 2; i++) await boss.send('lead-digest', {});
    await new Promise((r) => setTimeout(r, 4000));
    const digests = (await notifications()).filter((r) => r.type === 'DEPARTMENT_DIGEST');
    expect(digests.map((d) => d.email)).toEqual(['lead.product@test.dev', 'lead.support@test.dev']);
    expect(mail.length).toBe(before + 2);
    const norwegian = mail.slice(before).find((m) => m.subject === 'Support: dagens oppfølging')!;
    expect(norwegian.text).toContain('1 forfalte tiltak');
    expect(norwegian.text).toContain(`${PUBLIC_URL}/actions/queue?department=${s.departments.support.id}`);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}, 90_000);
