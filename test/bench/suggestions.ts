// `pnpm bench suggestions [--feedback N] [--reuse] [--sample N]`: how often the request a piece of demo
// feedback is really linked to is among the first three the feedback page suggests for it (and first),
// by the feedback's language, beside a baseline that ranks requests by their title and description
// alone, and what a suggestion costs. The suggestions are asked as if the feedback were not linked yet:
// the request may be suggested, but the feedback itself never counts as its own neighbour.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { ms, time, withBench } from './support';
import { suggestFor } from '../../api/src/modules/feature-requests/suggestions';

const { values } = parseArgs({
  allowPositionals: true,
  options: { feedback: { type: 'string', default: '24000' }, sample: { type: 'string', default: '3000' }, reuse: { type: 'boolean', default: false } },
});

await withBench(Number(values.feedback), async ({ handle }) => {
  // linked feedback with the one request it is linked to (feedback linked to two asks for both: left out)
  const linked = await handle.sql<{ id: string; request_id: string; language: string | null }[]>`
    select l.feedback_id as id, min(l.feature_request_id) as request_id, f.language
    from feature_request_feedback l join feedback f on f.id = l.feedback_id
    where f.text is not null group by l.feedback_id, f.language having count(*) = 1
    order by md5(l.feedback_id::text) limit ${Number(values.sample)}`;
  console.log(`${linked.length.toLocaleString('en')} linked feedback items measured`);

  const truth = new Map(linked.map((l) => [Number(l.id), Number(l.request_id)]));
  const suggested = new Map<number, number[]>();
  const titleOnly = new Map<number, number[]>();
  const ids = [...truth.keys()];
  for (let i = 0; i < ids.length; i += 100) {
    const batch = ids.slice(i, i + 100);
    for (const s of await suggestFor(handle.db, batch, { limit: 3, includeLinked: true })) {
      suggested.set(s.feedbackId, [...(suggested.get(s.feedbackId) ?? []), s.featureRequestId]);
    }
    // the baseline: the request's own words only, the feedback's words as the query
    const rows = await handle.db.execute<{ feedback_id: string; request_id: string }>(sql`
      select feedback_id, request_id from (
        select f.id as feedback_id, r.id as request_id, row_number() over (partition by f.id order by ts_rank(r.search_doc, q.q) desc, r.id) as place
        from feedback f cross join lateral (select (select string_agg('''' || replace(replace(w, '\\', '\\\\'), '''', '''''') || '''', ' | ')
          from unnest(tsvector_to_array(f.search_doc)) w)::tsquery as q) q
        join feature_requests r on r.merged_into_id is null and (f.product_id is null or r.product_id = f.product_id)
        where f.id in (${sql.join(batch.map((id) => sql`${id}`), sql`, `)}) and ts_rank(r.search_doc, q.q) > 0
      ) ranked where place <= 3`);
    for (const r of rows) titleOnly.set(Number(r.feedback_id), [...(titleOnly.get(Number(r.feedback_id)) ?? []), Number(r.request_id)]);
  }

  const share = (lists: Map<number, number[]>, k: number, only?: string) => {
    const items = linked.filter((l) => !only || l.language === only);
    const hits = items.filter((l) => (lists.get(Number(l.id)) ?? []).slice(0, k).includes(Number(l.request_id))).length;
    return { hits, n: items.length, text: `${((100 * hits) / Math.max(1, items.length)).toFixed(1)}%` };
  };
  console.log('\nlanguage'.padEnd(10), 'n'.padStart(6), 'top 3'.padStart(8), 'first'.padStart(8), 'title-only top 3'.padStart(18));
  for (const language of [undefined, 'en', 'nb', 'sv']) {
    const top3 = share(suggested, 3, language);
    console.log((language ?? 'all').padEnd(9), String(top3.n).padStart(6), top3.text.padStart(8), share(suggested, 1, language).text.padStart(8),
      share(titleOnly, 3, language).text.padStart(18));
  }

  const one = ids.slice(0, 20);
  let i = 0;
  const cost = await time(() => suggestFor(handle.db, [one[i++ % one.length]], { limit: 3 }), 20);
  console.log(`\none feedback's suggestions: p50 ${ms(cost.p50)}, p90 ${ms(cost.p90)}`);
}, { reuse: values.reuse });
