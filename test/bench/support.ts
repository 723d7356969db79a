// What every benchmark stands on: a PostgreSQL of its own (embedded, or a database chorus_bench on
// DATABASE_URL), the demo company seeded at the size asked for, the real server, signed-in clients,
// and timing as p50/p90 over repeated runs after a warm-up.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { createServer, listen, loadConfig } from '@chorus/api';
import { createDb, ensureRollups, runMigrations, startEmbedded, type DbHandle, type RunningDatabase } from '@chorus/db';
import { isDatabaseEmpty, seedDemo } from '@chorus/db/seed';

export const ms = (x: number) => `${x.toFixed(1)} ms`;

export function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length / 2)], p90: s[Math.floor(s.length * 0.9)] };
}

export async function time(fn: () => Promise<unknown>, runs: number) {
  await fn(); // warm
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

export interface Bench {
  handle: DbHandle;
  /** the API's /graphql */
  url: string;
  /** a GraphQL caller signed in as a demo account; throws on errors */
  as(email: string): Promise<(query: string, variables?: unknown) => Promise<{ data: any }>>;
  cookieOf(email: string): Promise<string>;
}

/**
 * Runs `body` on a freshly seeded company of `feedback` items, then takes everything down. With `reuse`,
 * on DATABASE_URL's database as it is (seeded once with `pnpm db:seed --feedback N`, which at ten million
 * takes longer than any benchmark should repeat); it is only seeded when empty.
 */
export async function withBench(feedback: number, body: (bench: Bench) => Promise<void>, options: { reuse?: boolean } = {}): Promise<void> {
  let running: RunningDatabase;
  let dataDir: string | undefined;
  if (options.reuse) {
    if (!process.env.DATABASE_URL) throw new Error('--reuse needs DATABASE_URL: the database seeded with `pnpm db:seed --feedback N`');
    running = { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  } else if (process.env.DATABASE_URL) {
    const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe('drop database if exists chorus_bench with (force)');
    await admin.unsafe('create database chorus_bench');
    await admin.end();
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = '/chorus_bench';
    running = { url: u.toString(), embedded: false, stop: async () => {} };
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), 'chorus-bench-'));
    chmodSync(dataDir, 0o755);
    running = await startEmbedded(path.join(dataDir, 'data'), 'chorus_bench');
  }
  const setup = createDb(running.url, { max: 10 });
  // the server's pool as `pnpm start` opens it (statement timeout, no JIT), and the raw baselines on the
  // same settings without the timeout, so API and SQL are compared like for like
  const config = { ...loadConfig({}), demo: false };
  const handle = createDb(running.url, { max: 10, jit: false });
  const api = createDb(running.url, { max: 20, jit: false, statementTimeoutMs: config.statementTimeoutMs });
  try {
    await runMigrations(setup);
    if (options.reuse && !(await isDatabaseEmpty(setup))) {
      const [{ n }] = await setup.sql<{ n: number }[]>`select count(*)::int as n from feedback`;
      console.log(`reusing ${new URL(running.url).pathname.slice(1)}: ${n.toLocaleString('en')} feedback`);
      const t = performance.now();
      // as `pnpm start` does before serving: the rollup in the organisation's days
      if (await ensureRollups(setup, config.timeZone)) console.log(`rollup built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    } else {
      const t = performance.now();
      await seedDemo(setup, { feedback, seed: 1 });
      console.log(`seeded ${feedback.toLocaleString('en')} feedback in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      await setup.sql`analyze`;
    }
    const server = await createServer(api, config);
    const url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/graphql`;
    const cookieOf = async (email: string) => {
      const r = await fetch(url, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($e: String!) { signIn(email: $e, password: "chorus-demo") { id } }', variables: { e: email } }),
      });
      return r.headers.get('set-cookie')!.split(';')[0];
    };
    const as = async (email: string) => {
      const cookie = await cookieOf(email);
      return async (query: string, variables?: unknown) => {
        const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
        const json = (await r.json()) as { data: any; errors?: unknown };
        if (json.errors) throw new Error(JSON.stringify(json.errors));
        return json;
      };
    };
    try {
      await body({ handle, url, as, cookieOf });
    } finally {
      await server.close();
    }
  } finally {
    await api.close();
    await handle.close();
    await setup.close();
    await running.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}
