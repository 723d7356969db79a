// Which existing requests a piece of feedback most likely asks for. Requests are titled by the product
// team (often in English) while customers write Norwegian, Swedish or English, so a request's title
// alone matches poorly. What matches is the feedback already linked to it: a customer asking for the
// same thing in the same language uses the same words. So a request scores by how like this feedback
// its recent linked feedback in the feedback's own language is (the best few neighbours, full text
// stemmed in that language), plus how well its title and description match. Only requests of the
// feedback's product are considered when it has one; merged requests never.
import { sql } from 'drizzle-orm';
import type { Db } from '@chorus/db';

/** Recent linked feedback per request compared (bounds the work however popular a request is)… */
const NEIGHBOURS = 40;
/** …of which the best few count: one near-identical ask weighs more than many vaguely similar ones. */
const BEST = 5;
/** A title match counts like this many neighbours. */
const TITLE_WEIGHT = 2;

export interface Suggestion { feedbackId: number; featureRequestId: number; score: number }

/**
 * The `limit` best requests for each feedback id, best first. With `includeLinked` false (the portal),
 * requests the feedback is already linked to are left out; measuring how good the suggestions are
 * keeps them in (the feedback itself never counts as its own neighbour).
 */
export async function suggestFor(db: Db, feedbackIds: readonly number[], { limit = 3, includeLinked = false } = {}): Promise<Suggestion[]> {
  if (!feedbackIds.length) return [];
  const rows = await db.execute<{ feedback_id: string; request_id: string; score: number }>(sql`
    with target as (
      select f.id, f.product_id, f.language,
        -- the feedback's own stemmed words, any of which may match
        (select string_agg('''' || replace(replace(w, '\\', '\\\\'), '''', '''''') || '''', ' | ')
          from unnest(tsvector_to_array(f.search_doc)) w)::tsquery as q
      from feedback f where f.id in (${sql.join(feedbackIds.map((id) => sql`${id}`), sql`, `)})
    ),
    scored as (
      select t.id as feedback_id, r.id as request_id,
        ${TITLE_WEIGHT} * ts_rank(r.search_doc, t.q) + coalesce((
          select sum(rank) from (
            select rank from (
              select ts_rank(nf.search_doc, t.q) as rank
              from feature_request_feedback nl join feedback nf on nf.id = nl.feedback_id
              where nl.feature_request_id = r.id and nf.id <> t.id and nf.language is not distinct from t.language
              order by nl.received_at desc limit ${NEIGHBOURS}
            ) recent order by rank desc limit ${BEST}
          ) best), 0) as score
      from target t
      join feature_requests r on r.merged_into_id is null and (t.product_id is null or r.product_id = t.product_id)
      where t.q is not null
        and (${includeLinked} or not exists (select 1 from feature_request_feedback x where x.feature_request_id = r.id and x.feedback_id = t.id))
    )
    select feedback_id, request_id, score::float8 as score from (
      select s.*, row_number() over (partition by feedback_id order by score desc, request_id) as place from scored s where score > 0
    ) ranked where place <= ${limit} order by feedback_id, place`);
  return rows.map((r) => ({ feedbackId: Number(r.feedback_id), featureRequestId: Number(r.request_id), score: Number(r.score) }));
}
