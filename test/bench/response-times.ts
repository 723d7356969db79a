// `pnpm bench response-times [--feedback N] [--reuse]`: responseTimes by department, assignee and quarter through
// the API, beside the same aggregation run as one SQL statement straight on the database (the floor
// the API stands on), in the same run.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { slaPolicies } from '@chorus/db/schema';
import { followUpFacts, responseFigures } from '../../api/src/modules/actions/response-times';
import { ms, time, withBench } from './support';

const { values } = parseArgs({ allowPositionals: true, options: { feedback: { type: 'string', default: '24000' }, runs: { type: 'string', default: '15' }, reuse: { type: 'boolean', default: false } } });
const N = Number(values.feedback);
const RUNS = Number(values.runs);

await withBench(N, async ({ handle, as }) => {
  const gql = await as('admin@chorus.demo');
  const [{ n }] = await handle.sql`select count(*)::int as n from action_items`;
  console.log(`${n.toLocaleString('en')} action items`);
  console.log(`\nresponseTimes, ${RUNS} runs each`);
  console.log('group'.padEnd(12), 'API p50'.padStart(10), 'API p90'.padStart(10), 'SQL p50'.padStart(10), 'ratio'.padStart(7));
  const policies = await handle.db.select().from(slaPolicies);
  for (const group of ['DEPARTMENT', 'ASSIGNEE', 'QUARTER'] as const) {
    const api = await time(() => gql(`{ responseTimes(groupBy: ${group}) { key label needingFollowUp firstResponseMedianHours slaAttainment recoveryRate } }`), RUNS);
    const key = group === 'DEPARTMENT' ? sql`x.department_id` : group === 'ASSIGNEE' ? sql`x.assignee_id` : sql`date_trunc('quarter', x.received_at at time zone 'Europe/Oslo')`;
    const raw = await time(() => handle.db.execute(sql`select ${key} as key, ${responseFigures} from ${followUpFacts({}, policies)} x group by 1`), RUNS);
    console.log(group.padEnd(12), ms(api.p50).padStart(10), ms(api.p90).padStart(10), ms(raw.p50).padStart(10), `${(api.p50 / raw.p50).toFixed(2)}×`.padStart(7));
  }
}, { reuse: values.reuse });
