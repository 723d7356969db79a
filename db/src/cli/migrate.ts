import { createDb, runMigrations, startDatabase } from '../index';

const running = await startDatabase();
const handle = createDb(running.url, { max: 1 });
try {
  await runMigrations(handle);
  console.log('Migrations applied.');
} finally {
  await handle.close();
  await running.stop();
}
