import DataLoader from 'dataloader';
import { asc, inArray, sql } from 'drizzle-orm';
import type { Db } from '@chorus/db';
import { featureRequestFeedback, featureRequests, featureRequestStatusChanges, feedback } from '@chorus/db/schema';
import type { Viewer } from '../../shared/auth';
import { feedbackSelection } from '../feedback/feedback.service';
import type { FeedbackType } from '../feedback/feedback.type';
import { groupBy } from '../../shared/loaders';
import { linkScope } from './feature-requests.query';
import { requestsByIds } from './feature-requests.service';
import { askersOf, type AskerRow } from './status.service';
import { suggestFor } from './suggestions';
import type {
  DemandScope, FeatureRequestAskerType, FeatureRequestQuarterType, FeatureRequestStatusChangeType, FeatureRequestType, MergedFeatureRequestType,
} from './feature-requests.type';

/** Quarters the small per-request trend shows: the running one and the seven before. */
export const DEMAND_QUARTERS = 8;

export interface LinkedPage { rows: { feedbackId: number; sortKey: string; node: FeedbackType }[]; total: number }

export function featureRequestLoaders(db: Db, viewer: Viewer | null, timeZone: string) {
  const demand = new Map<string, DataLoader<number, FeatureRequestQuarterType[]>>();
  const linkedPages = new Map<string, DataLoader<number, LinkedPage>>();
  return {
    /**
     * A page (limit + 1 rows) of each request's linked feedback, newest first, and how many are linked,
     * for many requests at once: the links' copy of received_at and their (request, received_at) index
     * make it a short walk per request; the rows are then read as the viewer may see them. Two
     * statements for a whole list, whatever else the page asks.
     */
    linkedFeedbackPage(limit: number, after: { key: string; id: number } | null) {
      const key = JSON.stringify([limit, after]);
      let loader = linkedPages.get(key);
      if (!loader) {
        loader = new DataLoader<number, LinkedPage>(async (ids) => {
          const rows = await db.execute<{ request_id: string; total: number; feedback_id: string | null; sort_key: string | null }>(sql`
            select r.id as request_id, (select count(*)::int from feature_request_feedback c where c.feature_request_id = r.id) as total,
              x.feedback_id, x.received_at::text as sort_key
            from unnest(${sql`array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::bigint[]`}) as r(id)
            left join lateral (
              select l.feedback_id, l.received_at from feature_request_feedback l
              where l.feature_request_id = r.id
                ${after ? sql`and (l.received_at, l.feedback_id) < (${after.key}::timestamptz, ${after.id})` : sql``}
              order by l.received_at desc, l.feedback_id desc limit ${limit + 1}
            ) x on true`);
          const feedbackIds = [...new Set(rows.flatMap((r) => (r.feedback_id === null ? [] : [Number(r.feedback_id)])))];
          const nodes = viewer && feedbackIds.length
            ? new Map((await db.select(feedbackSelection(viewer)).from(feedback).where(inArray(feedback.id, feedbackIds))).map((f) => [f.id, f as FeedbackType]))
            : new Map<number, FeedbackType>();
          return groupBy(ids, [...rows], (r) => Number(r.request_id)).map((list) => ({
            total: list[0]?.total ?? 0,
            rows: list.flatMap((r) => {
              const node = r.feedback_id === null ? undefined : nodes.get(Number(r.feedback_id));
              return node ? [{ feedbackId: node.id, sortKey: r.sort_key!, node }] : [];
            }),
          }));
        });
        linkedPages.set(key, loader);
      }
      return loader;
    },
    /** a request with every link counted; a merged id gives the request it went into */
    featureRequestById: new DataLoader<number, FeatureRequestType | null>(async (ids) => {
      const byId = await requestsByIds({ db }, ids);
      return ids.map((id) => byId.get(id) ?? null);
    }),
    featureRequestsByFeedbackId: new DataLoader<number, FeatureRequestType[]>(async (ids) => {
      const links = await db.select({ feedbackId: featureRequestFeedback.feedbackId, id: featureRequestFeedback.featureRequestId })
        .from(featureRequestFeedback).where(inArray(featureRequestFeedback.feedbackId, ids as number[]));
      const requests = await requestsByIds({ db }, [...new Set(links.map((l) => l.id))]);
      return groupBy(ids, links, (l) => l.feedbackId).map((list) => list.map((l) => requests.get(l.id)!).sort((a, b) => a.title.localeCompare(b.title)));
    }),
    featureRequestTimeline: new DataLoader<number, FeatureRequestStatusChangeType[]>(async (ids) => {
      const rows = await db.select({
        id: featureRequestStatusChanges.id, requestId: featureRequestStatusChanges.featureRequestId, from: featureRequestStatusChanges.fromStatus,
        to: featureRequestStatusChanges.toStatus, note: featureRequestStatusChanges.note, at: featureRequestStatusChanges.createdAt,
        byId: featureRequestStatusChanges.changedById,
      }).from(featureRequestStatusChanges).where(inArray(featureRequestStatusChanges.featureRequestId, ids as number[]))
        .orderBy(asc(featureRequestStatusChanges.createdAt), asc(featureRequestStatusChanges.id));
      return groupBy(ids, rows, (r) => r.requestId);
    }),
    mergedFeatureRequests: new DataLoader<number, MergedFeatureRequestType[]>(async (ids) => {
      const rows = await db.select({ id: featureRequests.id, title: featureRequests.title, mergedAt: featureRequests.mergedAt, into: featureRequests.mergedIntoId })
        .from(featureRequests).where(inArray(featureRequests.mergedIntoId, ids as number[])).orderBy(asc(featureRequests.mergedAt), asc(featureRequests.id));
      return groupBy(ids, rows, (r) => r.into!);
    }),
    featureRequestAskers: new DataLoader<number, FeatureRequestAskerType[]>(async (ids) => {
      const rows = await db.execute<AskerRow>(sql`${askersOf(ids)} order by feedback_count desc, key`);
      return groupBy(ids, [...rows], (r) => Number(r.feature_request_id)).map((list) => list.map((r) => ({
        key: r.key, feedbackCount: r.feedback_count, customerId: r.customer_id === null ? null : Number(r.customer_id),
        latestFeedbackId: Number(r.latest_feedback_id), followUpId: r.follow_up_id === null ? null : Number(r.follow_up_id),
      })));
    }),
    /** linked feedback per local quarter under a list's scope: one statement per scope for a whole page */
    featureRequestDemand(scope: DemandScope) {
      const key = JSON.stringify(scope);
      let loader = demand.get(key);
      if (!loader) {
        loader = new DataLoader<number, FeatureRequestQuarterType[]>(async (ids) => {
          // one pass over the page's links since the first quarter shown, each put in its local quarter by
          // comparing instants with the quarters' edges (width_bucket), not by converting every link's time
          // to the zone; then set beside every quarter so a quiet one reads 0
          const months = sql.raw(String(3 * (DEMAND_QUARTERS - 1)));
          const rows = await db.execute<{ id: string; start: Date; n: number }>(sql`
            with quarters as (
              select (q at time zone ${timeZone}) as start, ((q + interval '3 months') at time zone ${timeZone}) as stop,
                row_number() over (order by q)::int as bucket
              from generate_series(date_trunc('quarter', now() at time zone ${timeZone}) - interval '${months} months',
                date_trunc('quarter', now() at time zone ${timeZone}), interval '3 months') q
            ),
            edges as (select array_agg(start order by start) || max(stop) as edges, min(start) as first, max(stop) as last from quarters),
            counts as (
              select l.feature_request_id as id, width_bucket(l.received_at, e.edges) as bucket, count(*)::int as n
              from feature_request_feedback l cross join edges e
              where l.feature_request_id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})
                and l.received_at >= e.first and l.received_at < e.last
                and ${linkScope({ ...scope, receivedFrom: null, receivedTo: null }) ?? sql`true`}
              group by 1, 2
            )
            select r.id, q.start, coalesce(c.n, 0) as n
            from unnest(${sql`array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::bigint[]`}) as r(id) cross join quarters q
            left join counts c on c.id = r.id and c.bucket = q.bucket
            order by r.id, q.start`);
          return groupBy(ids, [...rows], (r) => Number(r.id)).map((list) => list.map((r) => ({ start: new Date(r.start), feedbackCount: r.n })));
        });
        demand.set(key, loader);
      }
      return loader;
    },
    suggestedFeatureRequests: new DataLoader<number, number[]>(async (ids) => {
      const rows = await suggestFor(db, ids);
      return groupBy(ids, rows, (r) => r.feedbackId).map((list) => list.map((r) => r.featureRequestId));
    }),
  };
}
