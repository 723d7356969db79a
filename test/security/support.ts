// The attacker's view: a real Chorus server on a database of its own, seeded with a small demo
// company, and a GraphQL client that keeps its session cookie. The probes in this folder replay what
// was found when Chorus was attacked, each against this real server over HTTP.
import { createServer, listen, loadConfig, type ChorusServer, type Config } from '@chorus/api';
import { createTestDatabase, type TestDatabase } from '@chorus/db/testing';
import { seedDemo } from '@chorus/db/seed';
import { Client } from '../../api/src/testing/harness';

export const DEMO_PASSWORD = 'chorus-demo';

/** The harness's client: keeps its session cookie like a browser. Demo users sign in with DEMO_PASSWORD. */
export { Client };

export interface Target {
  baseUrl: string;
  database: TestDatabase;
  server: ChorusServer;
  client(): Client;
  as(email: string): Promise<Client>;
  close(): Promise<void>;
}

/** Starts the real server on a fresh database with a small demo company (the demo accounts included). */
export async function startTarget(
  options: { feedback?: number; config?: Partial<Config>; log?: (line: string) => void } = {},
): Promise<Target> {
  const database = await createTestDatabase();
  await seedDemo(database, { feedback: options.feedback ?? 300, seed: 1 });
  // the probes provoke server errors on purpose: their log lines would only be noise
  const server = await createServer(database, { ...loadConfig({}), demo: false, ...options.config }, options.log ?? (() => {}));
  const port = await listen(server, 0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    database,
    server,
    client: () => new Client(baseUrl),
    as: (email) => new Client(baseUrl).signIn(email, DEMO_PASSWORD),
    async close() {
      await server.close();
      await database.drop();
    },
  };
}

/** How long an async step takes, in milliseconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}
