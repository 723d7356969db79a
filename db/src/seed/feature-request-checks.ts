// The promises the feature-request pages and "you asked, we did" build on, checked on the demo that
// seed.test.ts seeds (it calls this inside its suite, so the demo is seeded once for both).
import { expect, it } from 'vitest';
import type { TestDatabase } from '../testing/index';
import { DEMO_EMPLOYEE_REQUESTS } from './feature-request-phase';
import { currentStatus, FEATURE_REQUESTS } from './feature-requests';
import { REGIONS } from './names';

export function featureRequestChecks(database: () => TestDatabase, now: Date): void {
  const NOW_TS = now.toISOString();

  it('has about forty feature requests, their duplicates merged into requests that are not merged themselves', async () => {
    const db = database();
    const rows = await db.sql<{ id: number; title: string; status: string; target: string | null; target_merged: boolean | null; merged_at: Date | null;
      created_at: Date; links: number; later_changes: number }[]>`
      select fr.id::int, fr.title, fr.status, t.title as target, t.merged_into_id is not null as target_merged, fr.merged_at, fr.created_at,
        (select count(*)::int from feature_request_feedback l where l.feature_request_id = fr.id) as links,
        -- its own status changes after the merge, and its request's while both were open: the team merges before
      -- it moves the request on, so everyone linked to the duplicate then hears of every later change
      (select count(*)::int from feature_request_status_changes c where (c.feature_request_id = fr.id and c.created_at >= fr.merged_at)
        or (c.feature_request_id = fr.merged_into_id and c.created_at between fr.created_at and fr.merged_at)) as later_changes
      from feature_requests fr left join feature_requests t on t.id = fr.merged_into_id`;
    expect(rows.length).toBe(FEATURE_REQUESTS.length);
    expect(rows.length).toBeGreaterThanOrEqual(36);
    expect(rows.length).toBeLessThanOrEqual(44);
    const byTitle = new Map(rows.map((r) => [r.title, r]));
    for (const spec of FEATURE_REQUESTS) {
      const r = byTitle.get(spec.title)!;
      // a merge writes no status change and leaves the status as it was
      expect(r.status, spec.title).toBe(currentStatus(spec));
      if (spec.mergedQuarter === undefined) {
        expect(r.target, spec.title).toBeNull();
        continue;
      }
      expect({ target: r.target, targetMerged: r.target_merged, links: r.links, laterChanges: r.later_changes }, spec.title)
        .toEqual({ target: spec.duplicateOf, targetMerged: false, links: 0, laterChanges: 0 });
      expect(new Date(r.merged_at!).getTime()).toBeGreaterThan(new Date(r.created_at).getTime());
      expect(new Date(r.merged_at!).getTime()).toBeLessThan(now.getTime());
    }
    expect(rows.filter((r) => r.target !== null).length).toBeGreaterThanOrEqual(4);
    // and one duplicate still waits for the product team, with feedback of its own
    const waiting = FEATURE_REQUESTS.filter((f) => f.duplicateOf && f.mergedQuarter === undefined);
    expect(waiting.length).toBeGreaterThanOrEqual(1);
    for (const spec of waiting) expect(byTitle.get(spec.title)!.links, spec.title).toBeGreaterThanOrEqual(3);
    // requests opened lately have hardly any feedback yet
    for (const spec of FEATURE_REQUESTS.filter((f) => f.openedDaysAgo !== undefined)) {
      expect(byTitle.get(spec.title)!.links, spec.title).toBeLessThanOrEqual(8);
    }
    const owners = await db.sql<{ name: string }[]>`select name from departments where owns_feature_requests`;
    expect(owners.map((d) => d.name)).toEqual(['Product']);
  });

  it('copies each link’s customer and arrival from its feedback', async () => {
    const [row] = await database().sql<{ links: number; wrong: number }[]>`
      select count(*)::int as links, count(*) filter (where l.customer_id is distinct from f.customer_id or l.received_at <> f.received_at)::int as wrong
      from feature_request_feedback l join feedback f on f.id = l.feedback_id`;
    expect(row.links).toBeGreaterThan(1_000);
    expect(row.wrong).toBe(0);
  });

  it('opens every request with its creation, then chains the status changes a Product LEAD made', async () => {
    const db = database();
    const [row] = await db.sql<{ without_opening: number; by_others: number }[]>`
      select (select count(*)::int from feature_requests fr where not exists (select 1 from feature_request_status_changes c
          where c.feature_request_id = fr.id and c.from_status is null and c.to_status = 'UNDER_REVIEW' and c.changed_by_id = fr.created_by_id
            and c.created_at = fr.created_at)) as without_opening,
        (select count(*)::int from feature_request_status_changes c join users u on u.id = c.changed_by_id join departments d on d.id = u.department_id
          where u.role <> 'LEAD' or not d.owns_feature_requests) as by_others`;
    expect(row).toEqual({ without_opening: 0, by_others: 0 });
    const chains = await db.sql<{ status: string; chain: string[] }[]>`
      select fr.status, array_agg(concat(c.from_status, '>', c.to_status) order by c.created_at, c.id) as chain
      from feature_requests fr join feature_request_status_changes c on c.feature_request_id = fr.id group by fr.id`;
    for (const { status, chain } of chains) {
      expect(chain[0]).toBe('>UNDER_REVIEW');
      expect(chain[chain.length - 1].endsWith(`>${status}`)).toBe(true);
      for (let i = 1; i < chain.length; i++) expect(chain[i].split('>')[0]).toBe(chain[i - 1].split('>')[1]);
    }
  });

  it('tells everyone involved of each status change, once each and never the one who made it', async () => {
    const db = database();
    // who the rule names, as the data stood at the change: the people who had linked feedback to the
    // request, authors of ideas citing that feedback, assignees of action items on it, LEADs of its department
    const expected = await db.sql<{ key: string }[]>`
      select c.id || ':' || u.id as key from feature_request_status_changes c join users u on u.id <> c.changed_by_id
      where c.from_status is not null and exists (
        select 1 from feature_request_feedback l join feedback f on f.id = l.feedback_id
        where l.feature_request_id = c.feature_request_id and l.linked_at <= c.created_at and (l.linked_by_id = u.id
          or exists (select 1 from idea_feedback x join ideas i on i.id = x.idea_id where x.feedback_id = f.id and i.author_id = u.id and i.created_at <= c.created_at)
          or exists (select 1 from action_items a where a.feedback_id = f.id and a.assignee_id = u.id and a.created_at <= c.created_at)
          or (u.role = 'LEAD' and u.department_id = f.department_id)))`;
    const sent = await db.sql<{ key: string | null; right_payload: boolean; right_type: boolean; age_days: number; read: boolean }[]>`
      select c.id || ':' || n.user_id as key,
        n.payload = jsonb_strip_nulls(jsonb_build_object('by', u.name, 'byId', u.id, 'featureRequestId', fr.id, 'title', fr.title,
          'status', c.to_status, 'reason', c.note)) as right_payload,
        n.type = case when c.to_status = 'SHIPPED' then 'FEATURE_SHIPPED' else 'FEATURE_STATUS' end as right_type,
        extract(epoch from ${NOW_TS}::timestamptz - n.created_at)::float / 86400 as age_days, n.read_at is not null as read
      from notifications n
        left join feature_request_status_changes c on c.feature_request_id = (n.payload->>'featureRequestId')::bigint
          and c.to_status::text = n.payload->>'status' and n.created_at between c.created_at and c.created_at + interval '1 minute'
        left join feature_requests fr on fr.id = c.feature_request_id left join users u on u.id = c.changed_by_id
      where n.type in ('FEATURE_STATUS', 'FEATURE_SHIPPED')`;
    expect(sent.filter((s) => s.key === null)).toEqual([]);
    expect(sent.map((s) => s.key).sort()).toEqual(expected.map((e) => e.key).sort());
    expect(sent.every((s) => s.right_payload && s.right_type)).toBe(true);
    expect(sent.length).toBeGreaterThan(100);
    // recent ones wait to be read; most older ones have been
    expect(sent.filter((s) => s.age_days < 7 && s.read)).toEqual([]);
    const old = sent.filter((s) => s.age_days > 30);
    expect(old.filter((s) => s.read).length / old.length).toBeGreaterThan(0.7);
    const [types] = await db.sql<{ shipped: number; status: number }[]>`
      select count(*) filter (where type = 'FEATURE_SHIPPED')::int as shipped, count(*) filter (where type = 'FEATURE_STATUS')::int as status
      from notifications`;
    expect(types.shipped).toBeGreaterThan(20);
    expect(types.status).toBeGreaterThan(20);
  });

  it('tells the customers who asked once a request shipped: one item per customer, for the LEAD of the feedback’s department', async () => {
    const db = database();
    const [row] = await db.sql<Record<string, number>[]>`
      with items as (
        select a.*, f.customer_id, fr.title as request, fr.status as request_status, c.name as customer,
          (select min(s.created_at) from feature_request_status_changes s where s.feature_request_id = fr.id and s.to_status = 'SHIPPED') as shipped_at
        from action_items a join feedback f on f.id = a.feedback_id join feature_requests fr on fr.id = a.feature_request_id
          join customers c on c.id = f.customer_id
        where a.feature_request_id is not null
      )
      select count(*)::int as items,
        (select count(*)::int from action_items a where a.feature_request_id is not null and (a.feedback_id is null
          or not exists (select 1 from feedback f where f.id = a.feedback_id and f.customer_id is not null))) as without_customer,
        (select count(*)::int from (select 1 from items group by feature_request_id, customer_id having count(*) > 1) x) as repeated,
        count(*) filter (where request_status <> 'SHIPPED' or created_at < shipped_at)::int as before_shipping,
        count(*) filter (where title <> 'Tell ' || customer || ' that ' || request || ' shipped' or priority <> 'NORMAL')::int as wrong_title,
        count(*) filter (where department_id <> (select f.department_id from feedback f where f.id = feedback_id)
          or assignee_id <> (select u.id from users u where u.role = 'LEAD' and u.department_id = items.department_id))::int as wrong_owner,
        count(*) filter (where not exists (select 1 from feature_request_feedback l where l.feature_request_id = items.feature_request_id
          and l.feedback_id = items.feedback_id))::int as not_linked,
        count(*) filter (where exists (select 1 from feature_request_feedback l where l.feature_request_id = items.feature_request_id
          and l.customer_id = items.customer_id and l.linked_at <= items.created_at
          and (l.received_at, l.feedback_id) > (select f.received_at, f.id from feedback f where f.id = items.feedback_id)))::int as not_latest,
        count(*) filter (where status = 'DONE' and not exists (select 1 from follow_ups fu where fu.action_item_id = items.id
          and fu.contacted_customer and fu.channel in ('email', 'phone') and length(fu.note) > 20))::int as done_untold,
        count(*) filter (where status = 'DONE')::int as done
      from items`;
    expect(row).toMatchObject({ without_customer: 0, repeated: 0, before_shipping: 0, wrong_title: 0, wrong_owner: 0, not_linked: 0, not_latest: 0, done_untold: 0 });
    expect(row.items).toBeGreaterThan(100);
    expect(row.done / row.items).toBeGreaterThan(0.75);
    // some shipped requests' customers were told; the latest shipment's have not been yet
    const shipped = await db.sql<{ title: string; items: number }[]>`
      select fr.title, (select count(*)::int from action_items a where a.feature_request_id = fr.id) as items
      from feature_requests fr join feature_request_status_changes s on s.feature_request_id = fr.id and s.to_status = 'SHIPPED'
      where fr.status = 'SHIPPED' order by s.created_at desc`;
    expect(shipped.filter((s) => s.items > 0).length).toBeGreaterThanOrEqual(3);
    expect(shipped[0].items).toBe(0);
  });

  it('lets the product lead find what enterprise customers in Sweden ask for this year, and a duplicate of the top ask to merge', async () => {
    const db = database();
    const sweden = REGIONS.filter((r) => r.country === 'SE').map((r) => r.name);
    const year = now.toISOString().slice(0, 4);
    // as the list counts it (api-contract.md): only the links matching the filter, distinct customers' revenue summed
    const ranked = await db.sql<{ title: string; status: string; customers: number; revenue: number }[]>`
      with matching as (
        select l.feature_request_id, l.customer_id from feature_request_feedback l join customers c on c.id = l.customer_id
        where c.segment = 'ENTERPRISE' and c.region in ${db.sql(sweden)}
          and l.received_at >= (${year} || '-01-01')::timestamp at time zone 'Europe/Oslo' and l.received_at < ${NOW_TS}::timestamptz
        group by 1, 2
      )
      select fr.title, fr.status, count(*)::int as customers, sum(c.annual_revenue)::float as revenue
      from matching m join feature_requests fr on fr.id = m.feature_request_id join customers c on c.id = m.customer_id
      where fr.merged_into_id is null group by fr.id order by revenue desc`;
    expect(ranked.length).toBeGreaterThanOrEqual(5);
    const [top] = ranked;
    expect(['SHIPPED', 'DECLINED']).not.toContain(top.status);
    expect(top.customers).toBeGreaterThanOrEqual(5);
    const duplicate = FEATURE_REQUESTS.find((f) => f.duplicateOf === top.title && f.mergedQuarter === undefined);
    expect(duplicate, `a duplicate of ${top.title} left to merge`).toBeDefined();
    const [own] = await db.sql<{ links: number }[]>`
      select count(*)::int as links from feature_request_feedback l join feature_requests fr on fr.id = l.feature_request_id
      where fr.title = ${duplicate!.title} and fr.merged_into_id is null`;
    expect(own.links).toBeGreaterThanOrEqual(3);
  });

  it('has the demo employee linking her accounts’ asks to requests not shipped yet', async () => {
    const rows = await database().sql<{ title: string; status: string; links: number }[]>`
      select fr.title, fr.status, count(*)::int as links from feature_request_feedback l join feature_requests fr on fr.id = l.feature_request_id
      join users u on u.id = l.linked_by_id where u.email = 'employee@chorus.demo' group by fr.id`;
    for (const title of DEMO_EMPLOYEE_REQUESTS) {
      const r = rows.find((x) => x.title === title);
      expect(r?.links, title).toBeGreaterThanOrEqual(1);
      expect(['SHIPPED', 'DECLINED']).not.toContain(r!.status);
    }
  });
}
