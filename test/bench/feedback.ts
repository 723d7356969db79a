// `pnpm bench feedback [--feedback N]`: seeds a database of N feedback items (default 200,000) and measures
// the API against the SQL it stands on, in the same run (ratios hold on a noisy, shared machine).
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { createServer, listen, loadConfig } from '@chorus/api';
import { createDb, runMigrations, startEmbedded, type RunningDatabase } from '@chorus/db';
import { seedDemo } from '@chorus/db/seed';

const { values } = parseArgs({ allowPositionals: true, options: { feedback: { type: 'string', default: '200000' }, runs: { type: 'string', default: '30' } } });
const N = Number(values.feedback);
const RUNS = Number(values.runs);

let running: RunningDatabase;
let dataDir: string | undefined;
if (process.env.DATABASE_URL) {
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
const handle = createDb(running.url, { max: 10 });

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length / 2)], p90: s[Math.floor(s.length * 0.9)] };
}
async function time(fn: () => Promise<unknown>, runs = RUNS) {
  await fn(); // warm
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}
const ms = (x: number) => `${x.toFixed(1)} ms`;

try {
  await runMigrations(handle);
  let t = performance.now();
  await seedDemo(handle, { feedback: N, seed: 1 });
  console.log(`seeded ${N.toLocaleString('en')} feedback in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await handle.sql`analyze`;

  const server = await createServer(handle, { ...loadConfig({}), demo: false });
  const port = await listen(server, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  const signIn = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { signIn(email: "employee@chorus.demo", password: "chorus-demo") { id } }' }),
  });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
  const gql = async (query: string, variables?: unknown) => {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const body = (await r.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body;
  };
  const PAGE = `query($filter: FeedbackFilter) { feedback(first: 50, filter: $filter) { edges { node {
    id receivedAt npsScore text sentiment category loopStatus department { id name } product { id name }
    customer { id name segment } themes { id name } } } pageInfo { hasNextPage endCursor } } }`;

  const cases: { name: string; filter?: object; sql: postgres.PendingQuery<postgres.Row[]> | (() => Promise<unknown>) }[] = [
    { name: 'newest 50', sql: () => handle.sql`select * from feedback order by received_at desc, id desc limit 51` },
    {
      name: 'detractors in one region, complaints',
      filter: { npsGroups: ['DETRACTOR'], regions: ['Västra Götaland'], categories: ['COMPLAINT'] },
      sql: () => handle.sql`select * from feedback where nps_group = 'DETRACTOR' and category = 'COMPLAINT'
        and customer_id in (select id from customers where region = 'Västra Götaland') order by received_at desc, id desc limit 51`,
    },
    {
      name: 'full-text search',
      filter: { search: 'leveranse' },
      sql: () => handle.sql`select * from feedback where search_doc @@ (websearch_to_tsquery('english', 'leveranse')
        || websearch_to_tsquery('norwegian', 'leveranse') || websearch_to_tsquery('swedish', 'leveranse') || websearch_to_tsquery('simple', 'leveranse'))
        order by received_at desc, id desc limit 51`,
    },
  ];
  console.log(`\nfeedback(first: 50) with department, product, customer, themes — ${RUNS} runs each`);
  console.log('case'.padEnd(40), 'API p50'.padStart(10), 'API p90'.padStart(10), 'SQL p50'.padStart(10), 'ratio'.padStart(7));
  for (const c of cases) {
    const api = await time(() => gql(PAGE, { filter: c.filter }));
    const raw = await time(c.sql as () => Promise<unknown>);
    console.log(c.name.padEnd(40), ms(api.p50).padStart(10), ms(api.p90).padStart(10), ms(raw.p50).padStart(10), `${(api.p50 / raw.p50).toFixed(1)}×`.padStart(7));
  }
  const count = await time(() => gql('{ feedback(first: 1) { totalCount } }'), 10);
  console.log(`totalCount over everything: p50 ${ms(count.p50)}`);

  // ingestion of 1,000 rows against COPY of the same number into the same table
  const signAdmin = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { signIn(email: "admin@chorus.demo", password: "chorus-demo") { id } }' }),
  });
  const adminCookie = signAdmin.headers.get('set-cookie')!.split(';')[0];
  const rows = (k: number) => Array.from({ length: 1000 }, (_, i) => ({
    source: 'bench', externalId: `${k}-${i}`, receivedAt: '2026-01-15T10:00:00Z', channel: 'SURVEY_EMAIL',
    customerExternalId: `BENCH-${i % 50}`, customerName: `Bench ${i % 50}`, contactEmail: `p${i}@bench.example`,
    npsScore: i % 11, text: 'Leveransen kom for sent og ingen ga beskjed, veldig skuffet.',
  }));
  let k = 0;
  t = performance.now();
  for (; k < 5; k++) {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie: adminCookie },
      body: JSON.stringify({ query: 'mutation($i: [FeedbackInput!]!) { ingestFeedback(input: $i) { created } }', variables: { i: rows(k) } }) });
    if (!r.ok) throw new Error(await r.text());
  }
  const ingestMs = (performance.now() - t) / 5;
  t = performance.now();
  for (let j = 0; j < 5; j++) {
    const stream = await handle.sql`copy feedback (source, external_id, received_at, channel, kind, nps_score, text, language)
      from stdin`.writable();
    const text = rows(100 + j).map((r) => [r.source, `copy-${r.externalId}`, r.receivedAt, r.channel, 'DIRECT', r.npsScore, r.text, 'nb'].join('\t')).join('\n') + '\n';
    await new Promise<void>((resolve, reject) => { stream.on('error', reject); stream.on('finish', resolve); stream.end(text); });
  }
  const copyMs = (performance.now() - t) / 5;
  console.log(`\ningestFeedback of 1,000 rows: ${ms(ingestMs)} (${Math.round(1000 / (ingestMs / 1000))} rows/s); COPY of 1,000: ${ms(copyMs)}; ratio ${(ingestMs / copyMs).toFixed(1)}×`);
  await server.close();
} finally {
  await handle.close();
  await running.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
