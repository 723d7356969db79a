// `pnpm bench dashboard [--feedback N] [--reuse] [--runs R]`: the executive dashboard's trend through the
// API (read from the rollup) beside the same answer from the naive GROUP BY over the raw feedback table,
// in the same run; and what keeping the rollup adds to ingesting a batch of 1,000 rows.
// At ten million: `DATABASE_URL=… pnpm db:seed --feedback 10000000`, then `DATABASE_URL=… pnpm bench dashboard --reuse`.
import { parseArgs } from 'node:util';
import { ms, stats, time, withBench } from './support';

const { values } = parseArgs({
  allowPositionals: true,
  options: {
    feedback: { type: 'string', default: '24000' }, runs: { type: 'string', default: '15' }, reuse: { type: 'boolean', default: false },
    // a part alone: trend, tiles or ingest
    only: { type: 'string' },
  },
});
const RUNS = Number(values.runs);
const TZ = process.env.CHORUS_TIME_ZONE || 'Europe/Oslo';

await withBench(Number(values.feedback), async ({ handle, as }) => {
  const gql = await as('exec@chorus.demo');
  const [{ region }] = await handle.sql<{ region: string }[]>`select region from customers group by region order by count(*) desc limit 1`;
  // the API's default range: the last 8 complete quarters and the current one, local to TZ
  const [{ from, to }] = await handle.sql<{ from: Date; to: Date }[]>`
    select (date_trunc('quarter', now() at time zone ${TZ}) - interval '24 months') at time zone ${TZ} as from,
      (date_trunc('quarter', now() at time zone ${TZ}) + interval '3 months') at time zone ${TZ} as to`;
  const nps = `count(*) filter (where f.nps_score >= 9) as promoters, count(*) filter (where f.nps_score between 7 and 8) as passives,
    count(*) filter (where f.nps_score <= 6) as detractors`;
  const quarter = `date_trunc('quarter', f.received_at at time zone '${TZ}')`;
  const cases = [
    {
      name: 'NPS by quarter',
      query: `{ trend(metric: NPS) { points { value n low high change significant } } }`,
      naive: () => handle.sql.unsafe(`select ${quarter} as q, ${nps} from feedback f
        where f.received_at >= $1 and f.received_at < $2 group by 1`, [from, to]),
    },
    {
      name: `… in ${region}`,
      query: `query($r: String!) { trend(metric: NPS, filter: { regions: [$r] }) { points { value n low high change significant } } }`,
      variables: { r: region },
      naive: () => handle.sql.unsafe(`select ${quarter} as q, ${nps} from feedback f join customers c on c.id = f.customer_id
        where c.region = $3 and f.received_at >= $1 and f.received_at < $2 group by 1`, [from, to, region]),
    },
    {
      name: '… by department',
      query: `{ trend(metric: NPS, segmentBy: DEPARTMENT) { segment points { value n low high change significant } } }`,
      naive: () => handle.sql.unsafe(`select f.department_id, ${quarter} as q, ${nps} from feedback f
        where f.received_at >= $1 and f.received_at < $2 group by 1, 2`, [from, to]),
    },
  ];
  const part = (name: string) => !values.only || values.only === name;
  if (part('trend')) console.log(`\ntrend(NPS, QUARTER), ${RUNS} runs each; the naive GROUP BY on the same database and pool settings`);
  console.log('case'.padEnd(26), 'API p50'.padStart(10), 'API p90'.padStart(10), 'GROUP BY p50'.padStart(13), 'faster'.padStart(8));
  for (const c of part('trend') ? cases : []) {
    const api = await time(() => gql(c.query, c.variables), RUNS);
    // the raw scan is slow: fewer runs of it tell its p50 as well
    const naive = await time(() => c.naive(), Math.min(RUNS, 5));
    console.log(c.name.padEnd(26), ms(api.p50).padStart(10), ms(api.p90).padStart(10), ms(naive.p50).padStart(13), `${(naive.p50 / api.p50).toFixed(0)}×`.padStart(8));
  }

  // The dashboard's first view: one trend per tile, over the two periods a tile shows (the latest ended
  // quarter and the one before, as the portal asks: web/src/features/dashboard/composables/periods.ts).
  // The follow-up metrics come from the narrow follow-up facts (a median needs every answer), not from sums.
  const [{ tileFrom, tileTo }] = await handle.sql<{ tileFrom: Date; tileTo: Date }[]>`
    select (date_trunc('quarter', now() at time zone ${TZ}) - interval '6 months') at time zone ${TZ} as "tileFrom",
      date_trunc('quarter', now() at time zone ${TZ}) at time zone ${TZ} as "tileTo"`;
  const TILE_RUNS = Math.min(RUNS, 5);
  const METRICS = ['NPS', 'CSAT', 'CES', 'CLI', 'VOLUME', 'RESPONSE_RATE', 'FIRST_RESPONSE_HOURS', 'SLA_ATTAINMENT'];
  if (part('tiles')) console.log(`\nthe tiles: each metric over two quarters, unfiltered, ${TILE_RUNS} runs each; then over the chart's nine`);
  if (part('tiles')) console.log('metric'.padEnd(26), 'tile p50'.padStart(10), 'tile p90'.padStart(10), '9 quarters p50'.padStart(15));
  for (const metric of part('tiles') ? METRICS : []) {
    const tile = await time(() => gql(`query($f: FeedbackFilter) { trend(metric: ${metric}, filter: $f) { points { value n } } }`,
      { f: { receivedFrom: new Date(tileFrom).toISOString(), receivedTo: new Date(tileTo).toISOString() } }), TILE_RUNS);
    // the chart's default range; a statement past the API's timeout is reported, not fatal
    let chart = 'timed out';
    try {
      chart = ms((await time(() => gql(`{ trend(metric: ${metric}) { points { value n } } }`), TILE_RUNS)).p50);
    } catch (error) {
      if (!String(error).includes('INTERNAL_SERVER_ERROR')) throw error;
      // right after a statement timeout the next request can find no session for about a second
      // (seen at ten million; noted in issue 8's closing note): let it pass before the next metric
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    console.log(metric.padEnd(26), ms(tile.p50).padStart(10), ms(tile.p90).padStart(10), chart.padStart(15));
  }

  // Ingestion: batches of 1,000 through ingestFeedback with the rollup's triggers, then without them, in turns.
  const admin = await as('admin@chorus.demo');
  const INGEST = `mutation($input: [FeedbackInput!]!) { ingestFeedback(input: $input) { created } }`;
  const batch = (tag: string) => Array.from({ length: 1000 }, (_, i) => ({
    source: 'bench-dashboard', externalId: `${tag}-${i}`, receivedAt: new Date(Date.now() - (i % 90) * 86_400_000).toISOString(),
    channel: ['SURVEY_EMAIL', 'SUPPORT_TICKET', 'REVIEW'][i % 3], customerExternalId: `bench-${i % 40}`, customerName: `Bench ${i % 40}`,
    region: ['Oslo', 'Stockholm', 'Västra Götaland'][i % 3], segment: ['SMB', 'ENTERPRISE', 'MID_MARKET'][i % 3],
    productName: 'Chorus Mobile', npsScore: i % 11, csatScore: (i % 5) + 1, text: i % 2 ? 'Leveransen var sen.' : 'Quick and friendly support.',
  }));
  const TRIGGERS = ['feedback_rollup_insert', 'feedback_rollup_update', 'feedback_rollup_delete'];
  const setTriggers = (on: boolean) => handle.sql.unsafe(TRIGGERS.map((t) => `alter table feedback ${on ? 'enable' : 'disable'} trigger ${t}`).join(';'));
  const withRollup: number[] = [], without: number[] = [];
  const INGEST_RUNS = part('ingest') ? Math.max(5, Math.min(RUNS, 9)) : 0;
  let n = 0;
  try {
    for (let i = 0; i < INGEST_RUNS; i++) {
      for (const on of [true, false]) {
        await setTriggers(on);
        const input = batch(`${Date.now()}-${n++}`);
        const t = performance.now();
        await admin(INGEST, { input });
        (on ? withRollup : without).push(performance.now() - t);
        // take the batch out again the same way it came in, so the rollup stays exact
        await handle.sql`delete from feedback where source = 'bench-dashboard'`;
      }
    }
  } finally {
    await setTriggers(true);
  }
  if (!INGEST_RUNS) return;
  const a = stats(withRollup), b = stats(without);
  console.log(`\ningestFeedback, 1,000 rows per batch, ${INGEST_RUNS} batches each`);
  console.log('with the rollup'.padEnd(26), ms(a.p50).padStart(10), ms(a.p90).padStart(10));
  console.log('without it'.padEnd(26), ms(b.p50).padStart(10), ms(b.p90).padStart(10));
  console.log(`the rollup adds ${ms(a.p50 - b.p50)} per 1,000 rows (${((a.p50 / b.p50 - 1) * 100).toFixed(0)}%)`);
}, { reuse: values.reuse });
