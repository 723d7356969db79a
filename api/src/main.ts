// `pnpm start`: the database (DATABASE_URL or embedded), migrations, the demo company on an empty
// database, and the server. SIGTERM and SIGINT let in-flight requests finish before stopping.
import { createDb, runMigrations, startDatabase } from '@chorus/db';
import { isDatabaseEmpty, seedDemo } from '@chorus/db/seed';
import { loadConfig } from './config';
import { createServer, listen, webDist } from './server';
import { existsSync } from 'node:fs';

const config = loadConfig();
const started = Date.now();
const step = (what: string) => console.log(`[chorus] ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

const database = await startDatabase();
step(database.embedded ? 'embedded PostgreSQL started' : 'connected to DATABASE_URL');
const handle = createDb(database.url, { max: 20 });
await runMigrations(handle);
step('migrations applied');

if (config.demo && (await isDatabaseEmpty(handle))) {
  step('empty database: seeding the demo company');
  let lastPhase = '';
  const summary = await seedDemo(handle, {
    onProgress: (done, total, phase) => {
      if (phase !== lastPhase) {
        lastPhase = phase;
        step(`seeding ${phase}…`);
      }
    },
  });
  step(`demo company seeded: ${JSON.stringify(summary)}`);
}

const server = await createServer(handle, config);
const port = await listen(server, config.port);
if (!existsSync(webDist)) console.warn('[chorus] web/dist is missing: run `pnpm build` for the portal (the API works without it)');
step('ready');
console.log(`\n  Chorus is running at http://localhost:${port}\n  Sign in as admin@chorus.demo / chorus-demo (see README for the other demo accounts)\n`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[chorus] ${signal}: finishing in-flight requests…`);
  await server.close();
  await handle.close();
  await database.stop();
  console.log('[chorus] stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
