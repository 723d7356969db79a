// `pnpm start`'s process as an operator meets it: it starts on an empty embedded database, seeds the
// demo, serves, and on SIGTERM finishes the request in flight before stopping PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const api = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../api');
const dataRoot = mkdtempSync(path.join(tmpdir(), 'chorus-process-'));
chmodSync(dataRoot, 0o755);
const dataDir = path.join(dataRoot, 'pg');
let child: ChildProcess | undefined;
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataRoot, { recursive: true, force: true });
});

it('starts, seeds, serves, and shuts down gracefully on SIGTERM', async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, CHORUS_DATA_DIR: dataDir, PORT: '0', CHORUS_DEMO: 'on' };
  delete env.DATABASE_URL;
  // as `pnpm start` runs it: node with tsx loaded in-process
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: api, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = output.match(/Chorus is running at (http:\/\/localhost:\d+)/);
      if (m) { clearInterval(timer); resolve(m[1]); }
      if (child!.exitCode !== null) { clearInterval(timer); reject(new Error(output)); }
    }, 100);
  });
  expect(output).toMatch(/demo company seeded: 24,000 feedback items/);
  expect((await fetch(`${url}/healthz`)).status).toBe(200);

  const signIn = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { signIn(email: "admin@chorus.demo", password: "chorus-demo") { id } }' }) });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
  const input = Array.from({ length: 3000 }, (_, i) => ({ source: 'sigterm', externalId: String(i), receivedAt: '2026-05-01T10:00:00Z',
    channel: 'SURVEY_WEB', npsScore: i % 11, text: 'Leveransen kom i tid, tack!' }));
  const inFlight = fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: 'mutation($i: [FeedbackInput!]!) { ingestFeedback(input: $i) { created } }', variables: { i: input } }) });
  await new Promise((r) => setTimeout(r, 200));
  child.kill('SIGTERM');

  const response = await inFlight;
  expect(response.status).toBe(200);
  expect((await response.json()).data.ingestFeedback.created).toBe(3000);
  expect(await exited, output).toBe(0);
  expect(output).toMatch(/SIGTERM: finishing in-flight requests…[\s\S]*\[chorus\] stopped/);
  // PostgreSQL stopped too: no live postmaster on the data folder
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    expect(() => process.kill(pid, 0)).toThrow();
  }
}, 180_000);
