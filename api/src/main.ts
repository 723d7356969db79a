// `pnpm start`: the database (DATABASE_URL or embedded), migrations, the demo company on an empty
// database, and the server. SIGTERM and SIGINT let in-flight requests finish, then stop the database.
// (reflect-metadata before anything that loads type-graphql classes: the jobs reach the services too)
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { createDb, ensureRollups, runMigrations, startDatabase, takeOverSignals, type DbHandle } from '@chorus/db';
import { isDatabaseEmpty, seedDemo } from '@chorus/db/seed';
import { loadConfig } from './config';
import { startJobs, type Jobs } from './jobs/jobs';
import { createServer, listen, webDist, type ChorusServer } from './server';

const config = loadConfig();
const started = Date.now();
const step = (what: string) => console.log(`[chorus] ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

const database = await startDatabase();
// from here on this process decides when the embedded database stops
if (database.embedded) await takeOverSignals();
// Migrations and the demo seeding get a pool of their own: their long statements (COPY, ANALYZE, the
// derived-text refresh) must not meet the statement timeout that guards the API's requests.
const setup = createDb(database.url, { max: 4 });
let handle: DbHandle | undefined;
let server: ChorusServer | undefined;
let jobs: Jobs | undefined;
// a signal during the demo seeding waits for it: a half-seeded database would never be seeded again
let seeding: Promise<unknown> | undefined;
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[chorus] ${signal}: finishing in-flight requests…`);
  await seeding?.catch(() => {});
  await server?.close();
  await jobs?.stop();
  await handle?.close();
  await setup.close();
  await database.stop();
  console.log('[chorus] stopped');
  process.exit(0);
}
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => void shutdown(signal));

step(database.embedded ? 'embedded PostgreSQL started' : 'connected to DATABASE_URL');
await runMigrations(setup);
step('migrations applied');

if (config.demo && (await isDatabaseEmpty(setup))) {
  step('empty database: seeding the demo company');
  let lastPhase = '';
  const seedingDemo = seedDemo(setup, {
    timeZone: config.timeZone,
    onProgress: (_done, _total, phase) => {
      if (phase !== lastPhase) {
        lastPhase = phase;
        step(`seeding ${phase}…`);
      }
    },
  });
  seeding = seedingDemo;
  const summary = await seedingDemo;
  step(`demo company seeded: ${summary.feedback.toLocaleString('en')} feedback items, ${summary.users} people, ${summary.customers} customers`);
}

// the dashboard's rollup, built on the set-up pool: at millions of rows it takes longer than a request may
if (await ensureRollups(setup, config.timeZone)) step(`dashboard rollup built in ${config.timeZone} days`);
await setup.close();

handle = createDb(database.url, { max: 20, statementTimeoutMs: config.statementTimeoutMs, jit: false });
server = await createServer(handle, config);
const port = await listen(server, config.port);
if (config.jobs) {
  jobs = await startJobs(database.url, handle.db, config);
  step(`background jobs started${config.smtpUrl ? ' (email on)' : ''}`);
}
if (!existsSync(webDist)) console.warn('[chorus] web/dist is missing: run `pnpm build` for the portal (the API works without it)');
step('ready');
console.log(`\n  Chorus is running at http://localhost:${port}\n  Sign in as admin@chorus.demo / chorus-demo (see README for the other demo accounts)\n`);
