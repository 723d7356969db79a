// `pnpm bench feedback [--feedback N]`: seeds a database of N feedback items (default 200,000) and measures
// the API against the SQL it stands on, in the same run (ratios hold on a noisy, shared machine).
import { parseArgs } from 'node:util';
import type postgres from 'postgres';
import { maskText } from '@chorus/db';
import { ms, time as timeRuns, withBench } from './support';

const { values } = parseArgs({ allowPositionals: true, options: { feedback: { type: 'string', default: '200000' }, runs: { type: 'string', default: '30' } } });
const N = Number(values.feedback);
const RUNS = Number(values.runs);
const time = (fn: () => Promise<unknown>, runs = RUNS) => timeRuns(fn, runs);

await withBench(N, async ({ handle, url, as, cookieOf }) => {
  const gql = await as('employee@chorus.demo');
  let t: number;
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
  const adminCookie = await cookieOf('admin@chorus.demo');
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
    const stream = await handle.sql`copy feedback (source, external_id, received_at, channel, kind, nps_score, text, text_masked, language)
      from stdin`.writable();
    const text = rows(100 + j).map((r) => [r.source, `copy-${r.externalId}`, r.receivedAt, r.channel, 'DIRECT', r.npsScore, r.text, maskText(r.text), 'nb'].join('\t')).join('\n') + '\n';
    await new Promise<void>((resolve, reject) => { stream.on('error', reject); stream.on('finish', resolve); stream.end(text); });
  }
  const copyMs = (performance.now() - t) / 5;
  console.log(`\ningestFeedback of 1,000 rows: ${ms(ingestMs)} (${Math.round(1000 / (ingestMs / 1000))} rows/s); COPY of 1,000: ${ms(copyMs)}; ratio ${(ingestMs / copyMs).toFixed(1)}×`);
});
