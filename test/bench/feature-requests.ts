// `pnpm bench feature-requests [--feedback N] [--links N] [--reuse] [--runs N]`: the feature-request
// list as product teams use it (sorted by revenue, a segment filter, a page of 25 and of 50) through the
// API, beside the SQL a first version would run (the same figures, reading each link's customer and
// arrival from the feedback table) and the list's own statement on the database, in the same run. The
// demo's links are topped up to --links (default 100,000) by linking more of its feature-request
// feedback, as demand would fall: a few requests asked for far more often than the rest.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
// (support first: it loads the API, whose entry point brings reflect-metadata for the types the query module imports)
import { ms, time, withBench } from './support';
import { requestConditions, requestsWithFigures, scopeOf } from '../../api/src/modules/feature-requests/feature-requests.query';

const { values } = parseArgs({
  allowPositionals: true,
  options: {
    feedback: { type: 'string', default: '24000' }, links: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '15' }, reuse: { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const LINKS = Number(values.links);

await withBench(Number(values.feedback), async ({ handle, as }) => {
  const count = async () => (await handle.sql<{ n: number }[]>`select count(*)::int as n from feature_request_feedback`)[0].n;
  let links = await count();
  if (links < LINKS) {
    const t = performance.now();
    // feedback not yet linked, each to a request picked with a Zipf-like weight (1/rank), so demand is skewed
    await handle.sql`
      with requests as (select id, row_number() over (order by id) as rank from feature_requests where merged_into_id is null),
      weights as (select id, sum(1.0 / rank) over (order by rank) / sum(1.0 / rank) over () as upto from requests),
      candidates as (
        select f.id as feedback_id, random() as pick from feedback f
        where not exists (select 1 from feature_request_feedback l where l.feedback_id = f.id)
        order by f.category = 'FEATURE_REQUEST' desc, random() limit ${LINKS - links}
      )
      insert into feature_request_feedback (feature_request_id, feedback_id)
      select (select w.id from weights w where w.upto >= c.pick order by w.upto limit 1), c.feedback_id from candidates c
      on conflict do nothing`;
    await handle.sql`analyze feature_request_feedback`;
    console.log(`linked ${((await count()) - links).toLocaleString('en')} more feedback in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    links = await count();
  }
  const [{ feedback, requests }] = await handle.sql<{ feedback: number; requests: number }[]>`select
    (select count(*)::int from feedback) as feedback, (select count(*)::int from feature_requests where merged_into_id is null) as requests`;
  console.log(`${feedback.toLocaleString('en')} feedback, ${requests} requests, ${links.toLocaleString('en')} links`);

  const gql = await as('lead.product@chorus.demo');
  const LIST = `query($first: Int, $filter: FeatureRequestFilter) { featureRequests(first: $first, filter: $filter, orderBy: { field: REVENUE, direction: DESC }) {
    edges { node { id title status feedbackCount customerCount revenue product { id name } demandByQuarter { start feedbackCount } } } } }`;

  // what a first version would do: the same two-step count, reading each link's customer and arrival
  // from the feedback table (the links carry copies of them since migration 0007)
  const naive = (segments: string[] | null) => handle.db.execute(sql`
    with per_customer as (
      select l.feature_request_id, f.customer_id, count(*) as n from feature_request_feedback l join feedback f on f.id = l.feedback_id
      where ${segments ? sql`f.customer_id in (select id from customers where segment::text in (${sql.join(segments.map((s) => sql`${s}`), sql`, `)}))` : sql`true`}
      group by 1, 2
    )
    select r.id, coalesce(sum(p.n), 0) as feedback_count, count(p.customer_id) as customer_count, coalesce(sum(c.annual_revenue), 0) as revenue
    from feature_requests r left join per_customer p on p.feature_request_id = r.id left join customers c on c.id = p.customer_id
    where r.merged_into_id is null group by r.id order by revenue desc, r.id desc limit 26`);
  // the list's own statement, straight on the database (the floor the API stands on)
  const own = (segments: string[] | null) => handle.db.execute(sql`select * from ${requestsWithFigures(requestConditions({}), scopeOf({ segments: segments as never }))} t
    order by revenue desc, id desc limit 26`);

  console.log(`\nfeatureRequests sorted by REVENUE, ${RUNS} runs each`);
  console.log('case'.padEnd(34), 'API p50'.padStart(10), 'API p90'.padStart(10), 'own SQL'.padStart(10), 'naive SQL'.padStart(10), 'naive/API'.padStart(10));
  // the list page asks for the per-quarter trend too: one more statement over the page's links
  const FIGURES_ONLY = LIST.replace(' demandByQuarter { start feedbackCount }', '');
  for (const [name, segments, first, query] of [
    ['all customers, first 25', null, 25, LIST], ['ENTERPRISE, first 25', ['ENTERPRISE'], 25, LIST], ['ENTERPRISE, first 50', ['ENTERPRISE'], 50, LIST],
    ['ENTERPRISE, first 25, no trend', ['ENTERPRISE'], 25, FIGURES_ONLY], ['ENTERPRISE + MID_MARKET, this year', ['ENTERPRISE', 'MID_MARKET'], 25, LIST],
  ] as const) {
    const thisYear = name.endsWith('this year') ? { receivedFrom: `${new Date().getUTCFullYear()}-01-01T00:00:00Z` } : {};
    const api = await time(() => gql(query, { first, filter: { ...(segments ? { segments } : {}), ...thisYear } }), RUNS);
    const floor = await time(() => own(segments as string[] | null), RUNS);
    const slow = await time(() => naive(segments as string[] | null), Math.min(RUNS, 5));
    console.log(name.padEnd(34), ms(api.p50).padStart(10), ms(api.p90).padStart(10), ms(floor.p50).padStart(10), ms(slow.p50).padStart(10),
      `${(slow.p50 / api.p50).toFixed(1)}×`.padStart(10));
  }
}, { reuse: values.reuse });
