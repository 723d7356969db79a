// The dashboard's rollup is exact: after every kind of write it equals the same sums recomputed here
// from the raw rows (SQL written in this test), and a trend read from it equals the same trend read
// from the raw rows, for random filters, intervals and breakdowns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '@chorus/db/seed';
import { startHarness, type Harness } from '../../testing/harness';

const TZ = 'Europe/Oslo';
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ scenario: false, config: { timeZone: TZ } });
  await seedDemo(h.database, { feedback: 3_000, seed: 5, timeZone: TZ });
});
afterAll(async () => { await h.close(); });

const MEASURES = `volume, promoters, passives, detractors, csat_n, csat_top2, ces_n, ces_sum, ces_sumsq, ces_agree,
  cli_n, cli_sum, cli_sumsq, positive, neutral, negative`;

/** Every cell the rollup should hold, recomputed from feedback and customers, one grain at a time. */
async function recomputed(): Promise<string[]> {
  const grains: [number, string[]][] = [
    [63, []], [31, ['department_id']], [47, ['product_id']], [55, ['region']], [59, ['segment']], [61, ['channel']], [62, ['survey_id']],
    [0, ['department_id', 'product_id', 'region', 'segment', 'channel', 'survey_id']],
  ];
  const all = ['department_id', 'product_id', 'region', 'segment', 'channel', 'survey_id'];
  const cells: string[] = [];
  for (const [grain, kept] of grains) {
    const columns = all.map((c) => (kept.includes(c) ? `x.${c}::text` : 'null::text') + ` as ${c}`).join(', ');
    const rows = await h.database.sql.unsafe(`
      select ${grain} as grain, x.day::text, ${columns},
        count(*) as volume,
        count(*) filter (where x.nps_score between 9 and 10) as promoters,
        count(*) filter (where x.nps_score between 7 and 8) as passives,
        count(*) filter (where x.nps_score between 0 and 6) as detractors,
        count(x.csat_score) as csat_n, count(*) filter (where x.csat_score in (4, 5)) as csat_top2,
        count(x.ces_score) as ces_n, coalesce(sum(x.ces_score), 0) as ces_sum, coalesce(sum(x.ces_score ^ 2), 0)::bigint as ces_sumsq,
        count(*) filter (where x.ces_score >= 5) as ces_agree,
        count(x.loyalty) as cli_n, coalesce(sum(x.loyalty), 0) as cli_sum, coalesce(sum(x.loyalty ^ 2), 0)::bigint as cli_sumsq,
        count(*) filter (where x.sentiment = 'POSITIVE') as positive, count(*) filter (where x.sentiment = 'NEUTRAL') as neutral,
        count(*) filter (where x.sentiment = 'NEGATIVE') as negative
      from (
        select date(f.received_at at time zone '${TZ}') as day, f.department_id, f.product_id, c.region, c.segment, f.channel, f.survey_id,
          f.nps_score, f.csat_score, f.ces_score, f.sentiment, f.nps_score + f.repurchase_score + f.cross_buy_score as loyalty
        from feedback f left join customers c on c.id = f.customer_id
      ) x
      group by x.day${kept.map((c) => `, x.${c}`).join('')}`);
    for (const r of rows) cells.push(Object.values(r).map(String).join('|'));
  }
  return cells.sort();
}

/** The rollup's non-empty cells in the same shape. */
async function stored(): Promise<string[]> {
  const rows = await h.database.sql.unsafe(`
    select grouping as grain, day::text, department_id::text, product_id::text, region, segment::text, channel::text, survey_id::text, ${MEASURES}
    from feedback_rollup where volume <> 0`);
  return rows.map((r) => Object.values(r).map(String).join('|')).sort();
}

/** The follow-up facts as they should be: feedback with a score, or a complaint or bug, and its earliest first response. */
async function factsRecomputed(): Promise<string[]> {
  const rows = await h.database.sql`
    select f.id::text, f.received_at, f.department_id::text, f.product_id::text, f.channel::text, f.customer_id::text,
      f.nps_score, f.csat_score, f.ces_score, f.category::text,
      (select min(a.first_response_at) from action_items a where a.feedback_id = f.id) as first
    from feedback f
    where f.nps_score is not null or f.csat_score is not null or f.ces_score is not null or f.category in ('COMPLAINT', 'BUG')`;
  return rows.map((r) => JSON.stringify(Object.values(r))).sort();
}
async function factsStored(): Promise<string[]> {
  const rows = await h.database.sql`
    select feedback_id::text, received_at, department_id::text, product_id::text, channel::text, customer_id::text,
      nps_score, csat_score, ces_score, category::text, first_response_at as first
    from follow_up_facts`;
  return rows.map((r) => JSON.stringify(Object.values(r))).sort();
}

async function expectExact() {
  const [want, have] = await Promise.all([recomputed(), stored()]);
  expect(have.length).toBe(want.length);
  expect(have).toEqual(want);
  const [wantFacts, haveFacts] = await Promise.all([factsRecomputed(), factsStored()]);
  expect(haveFacts.length).toBe(wantFacts.length);
  expect(haveFacts).toEqual(wantFacts);
}

describe('the rollup and the follow-up facts after every kind of write', () => {
  it('equals the raw rows as seeded', async () => {
    expect((await stored()).length).toBeGreaterThan(1000);
    await expectExact();
  });

  it('equals them after ingestion through the API, and a duplicate batch changes nothing', async () => {
    const admin = await h.client().signIn('admin@chorus.demo', DEMO_PASSWORD);
    const input = Array.from({ length: 300 }, (_, i) => ({
      source: 'rollup-test', externalId: `r-${i}`,
      // around a quarter boundary in Oslo: 23:30 on 31 March and 00:30 on 1 April, local
      receivedAt: new Date(Date.UTC(2026, 2, 31, 21, 30) + (i % 3) * 3_600_000 + (i % 7) * 86_400_000 * (i % 2 ? 1 : -1)).toISOString(),
      channel: ['SURVEY_EMAIL', 'SUPPORT_TICKET', 'REVIEW', 'SURVEY_SMS'][i % 4],
      customerExternalId: `rollup-customer-${i % 11}`, customerName: `Rollup ${i % 11}`, segment: ['ENTERPRISE', 'SMB', 'MID_MARKET'][i % 3],
      region: ['Oslo', 'Västra Götaland', 'Nowhere'][i % 3], productName: ['Chorus Mobile', 'Chorus Web', 'Brand new product'][i % 3],
      npsScore: i % 5 ? i % 11 : null, csatScore: i % 4 ? (i % 5) + 1 : null, cesScore: i % 3 ? (i % 7) + 1 : null,
      repurchaseScore: i % 2 ? i % 11 : null, crossBuyScore: i % 2 ? (i * 3) % 11 : null,
      text: i % 2 ? 'Leveransen var sen och supporten svarade inte.' : 'Great app, fast delivery.',
    }));
    const r = await admin.gql(`mutation($input: [FeedbackInput!]!) { ingestFeedback(input: $input) { created duplicates } }`, { input });
    expect(r.data.ingestFeedback).toEqual({ created: 300, duplicates: 0 });
    await expectExact();
    const again = await admin.gql(`mutation($input: [FeedbackInput!]!) { ingestFeedback(input: $input) { created duplicates } }`, { input });
    expect(again.data.ingestFeedback).toEqual({ created: 0, duplicates: 300 });
    await expectExact();
  });

  it('equals them after routing, re-scoring and re-classifying sentiment', async () => {
    // routing (the hub's routeFeedback writes exactly this), and the enrichment's re-scoring
    await h.database.sql`update feedback set department_id = (select id from departments where name = 'Product') where id % 13 = 0`;
    await h.database.sql`update feedback set sentiment = 'NEGATIVE', nps_score = 2 where id % 29 = 0 and nps_score is not null`;
    // a write the rollup does not count (loop status) leaves it as it is
    await h.database.sql`update feedback set loop_status = 'CLOSED' where id % 5 = 0`;
    await expectExact();
  });

  it('equals them after action items are answered, made, moved to other feedback and removed', async () => {
    const items = (await h.database.sql`select id, feedback_id from action_items where feedback_id is not null order by id limit 40`)
      .map((r) => ({ id: Number(r.id), feedbackId: Number(r.feedback_id) }));
    expect(items.length).toBe(40);
    // answered (a first contact logged), and an answer taken back
    await h.database.sql`update action_items set first_response_at = coalesce(first_response_at, now()) - interval '1 hour'
      where id = any(${items.slice(0, 10).map((i) => i.id)})`;
    await h.database.sql`update action_items set first_response_at = null where id = any(${items.slice(10, 15).map((i) => i.id)})`;
    // a second item on the same feedback, answered earlier than the first
    await h.database.sql`insert into action_items (title, feedback_id, first_response_at)
      select 'second look', feedback_id, now() - interval '400 days' from action_items where id = any(${items.slice(15, 20).map((i) => i.id)})`;
    // moved to another feedback item, and removed
    await h.database.sql`update action_items set feedback_id = ${items[0].feedbackId} where id = any(${items.slice(20, 25).map((i) => i.id)})`;
    await h.database.sql`delete from action_items where id = any(${items.slice(25, 30).map((i) => i.id)})`;
    await expectExact();
  });

  it('equals them after tagging and after a customer moves region and segment', async () => {
    await h.database.sql`insert into feedback_themes (feedback_id, theme_id)
      select f.id, (select min(id) from themes) from feedback f where f.id % 17 = 0 on conflict do nothing`;
    await h.database.sql`update customers set region = 'Uppsala', segment = 'ENTERPRISE' where id in (select id from customers order by id limit 3)`;
    await expectExact();
  });

  it('equals them after deletion (erasure takes the feedback with its dependents)', async () => {
    await h.database.sql.begin(async (tx) => {
      const ids = (await tx`select id from feedback where id % 19 = 0`).map((r) => r.id);
      // follow-ups go with their item; themes, comments and links with the feedback (ON DELETE CASCADE)
      await tx`delete from action_items where feedback_id = any(${ids})`;
      await tx`delete from feedback where id = any(${ids})`;
    });
    await expectExact();
  });

  it('rolls back with the write it belongs to', async () => {
    const before = await stored();
    await expect(h.database.sql.begin(async (tx) => {
      await tx`update feedback set department_id = null where id % 3 = 0`;
      await tx`delete from feedback where id in (select id from feedback where id % 7 = 0 and id not in (select feedback_id from action_items where feedback_id is not null) limit 50)`;
      throw new Error('the batch fails');
    })).rejects.toThrow('the batch fails');
    expect(await stored()).toEqual(before);
  });
});

describe('the cost of a trend', () => {
  it('is the same few statements however many segments it names (their names through DataLoaders)', async () => {
    const exec = await h.client().signIn('exec@chorus.demo', DEMO_PASSWORD);
    const count = async (query: string) => {
      h.statements.length = 0;
      const r = await exec.gql(query);
      expect(r.errors).toBeUndefined();
      return { statements: h.statements.length, series: r.data.trend.length };
    };
    const one = await count(`{ trend(metric: NPS) { segment points { n } } }`);
    const departments = await count(`{ trend(metric: NPS, segmentBy: DEPARTMENT) { segment points { n } } }`);
    const products = await count(`{ trend(metric: CSAT, segmentBy: PRODUCT) { segment points { n } } }`);
    expect(departments.series).toBeGreaterThan(4);
    expect(products.series).toBeGreaterThan(3);
    // the session, the periods, the sums; a breakdown adds one statement for all its names
    expect(departments.statements).toBe(one.statements + 1);
    expect(products.statements).toBe(one.statements + 1);
  });
});

describe('a trend from the rollup equals the same trend from the raw rows', () => {
  // a seeded generator, so a failure can be replayed
  let state = 20261202;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  // a dimension filtered two times in five, to about half its values
  const some = <T>(list: readonly T[]) => (random() < 0.4 ? list.filter(() => random() < 0.5) : []);

  it('for forty random filters, intervals and breakdowns', async () => {
    const exec = await h.client().signIn('exec@chorus.demo', DEMO_PASSWORD);
    const departments = (await h.database.sql`select id::text from departments`).map((r) => r.id as string);
    const products = (await h.database.sql`select id::text from products`).map((r) => r.id as string);
    const regions = (await h.database.sql`select distinct region from customers`).map((r) => r.region as string);
    // quarter starts in Oslo, as instants: ranges on local midnights, which the rollup answers
    const starts = ['2024-12-31T23:00:00Z', '2025-03-31T22:00:00Z', '2025-06-30T22:00:00Z', '2025-12-31T23:00:00Z', '2026-03-31T22:00:00Z'];
    const query = `query($m: Metric!, $i: Interval, $f: FeedbackFilter, $s: Dimension) {
      trend(metric: $m, interval: $i, filter: $f, segmentBy: $s) { segment segmentKey points { periodStart value n low high change significant sufficient } } }`;
    let compared = 0, points = 0, counted = 0;
    for (let round = 0; round < 40; round++) {
      const filter: Record<string, unknown> = {
        departmentIds: some(departments), productIds: some(products), regions: some(regions),
        segments: some(['ENTERPRISE', 'MID_MARKET', 'SMB']), channels: some(['SURVEY_EMAIL', 'SURVEY_SMS', 'SUPPORT_TICKET', 'REVIEW', 'SURVEY_WEB']),
      };
      if (random() < 0.7) filter.receivedFrom = pick(starts);
      if (random() < 0.3) filter.receivedTo = '2026-07-31T22:00:00Z';
      const variables = { m: pick(['NPS', 'CSAT', 'CES', 'CLI', 'VOLUME']), i: pick(['WEEK', 'MONTH', 'QUARTER', 'YEAR']), f: filter, s: random() < 0.5 ? pick(['DEPARTMENT', 'PRODUCT', 'REGION', 'SEGMENT', 'CHANNEL']) : null };
      if (variables.i === 'WEEK' && !filter.receivedTo) filter.receivedFrom = '2026-03-31T22:00:00Z';
      h.statements.length = 0;
      const fromRollup = await exec.gql(query, variables);
      expect(h.statements.some((s) => s.includes('feedback_rollup'))).toBe(true);
      // every kind listed: the same feedback, but a filter only the raw rows answer
      h.statements.length = 0;
      const fromRaw = await exec.gql(query, { ...variables, f: { ...filter, kinds: ['DIRECT', 'INDIRECT', 'DERIVED'] } });
      expect(h.statements.some((s) => s.includes('feedback_rollup'))).toBe(false);
      expect(fromRollup.errors).toBeUndefined();
      expect(fromRollup.data.trend).toEqual(fromRaw.data.trend);
      compared++;
      for (const series of fromRollup.data.trend as { points: { n: number }[] }[]) {
        points += series.points.length;
        counted += series.points.filter((p) => p.n > 0).length;
      }
    }
    expect(compared).toBe(40);
    expect(points).toBeGreaterThan(200);
    // not forty empty answers: most points have responses behind them
    expect(counted).toBeGreaterThan(Math.max(300, points / 3));
  });
});
