import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedback, feedbackThemes } from '@chorus/db/schema';
import { assign } from '../../testing/scenario';
import { startHarness, type Client, type Harness } from '../../testing/harness';

let h: Harness;
let admin: Client;
let employee: Client;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.as('admin@test.dev');
  employee = await h.as('employee@test.dev');
});
afterAll(async () => { await h.close(); });

const LIST = `query($filter: FeedbackFilter, $orderBy: FeedbackOrder, $first: Int, $after: String) {
  feedback(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id npsScore text } }
  }
}`;
const ids = (r: { data?: any }) => r.data.feedback.edges.map((e: any) => e.node.id);

describe('feedback list', () => {
  it('needs a session', async () => {
    const r = await h.client().gql(LIST);
    expect(r.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists newest first with a total', async () => {
    const r = await employee.gql(LIST);
    const [f1, f2, f3] = h.scenario.feedback;
    expect(ids(r)).toEqual([f3, f2, f1].map((f) => String(f.id)));
    expect(r.data.feedback.totalCount).toBe(3);
  });

  it('pages with cursors in both directions of every sort', async () => {
    for (const orderBy of [undefined, { field: 'RECEIVED_AT', direction: 'ASC' }, { field: 'SCORE', direction: 'DESC' }, { field: 'SCORE', direction: 'ASC' }]) {
      const all = ids(await employee.gql(LIST, { orderBy }));
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const r = await employee.gql(LIST, { orderBy, first: 1, after });
        seen.push(...ids(r));
        if (!r.data.feedback.pageInfo.hasNextPage) break;
        after = r.data.feedback.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
    }
  });

  it('sorts by score: NPS, else CSAT scaled to 0–10', async () => {
    const r = await employee.gql(LIST, { orderBy: { field: 'SCORE', direction: 'DESC' } });
    const [f1, f2, f3] = h.scenario.feedback;
    // NPS 10, CSAT 5 (= 10, the later id first), NPS 3
    expect(ids(r)).toEqual([f3, f2, f1].map((f) => String(f.id)));
  });

  it('applies every filter: OR within a list, AND across fields', async () => {
    const s = h.scenario;
    const [f1, f2, f3] = s.feedback.map((f) => String(f.id));
    const cases: [Record<string, unknown>, string[]][] = [
      [{ departmentIds: [String(s.departments.support.id), String(s.departments.product.id)] }, [f3, f1]],
      [{ productIds: [String(s.products.app.id)] }, [f3, f2]],
      [{ customerIds: [String(s.customers.fjord.id)] }, [f2]],
      [{ themeIds: [String(s.themes.delivery.id)] }, [f3, f1]],
      [{ channels: ['REVIEW', 'SUPPORT_TICKET'] }, [f3, f2]],
      [{ kinds: ['DIRECT'] }, [f1]],
      [{ categories: ['PRAISE'] }, [f3]],
      [{ npsGroups: ['DETRACTOR'] }, [f1]],
      [{ sentiments: ['POSITIVE'] }, [f3, f2]],
      [{ regions: ['Oslo'] }, [f3, f1]],
      [{ segments: ['SMB'] }, [f2]],
      [{ loopStatuses: ['OPEN'] }, [f1]],
      [{ receivedFrom: '2026-06-02T00:00:00Z', receivedTo: '2026-06-03T12:00:00Z' }, [f2]],
      [{ regions: ['Oslo'], sentiments: ['POSITIVE'] }, [f3]],
      [{ search: 'leveranser' }, [f3]],
      [{ search: 'deliveries' }, [f1]],
      [{ search: 'fakturaer' }, [f2]],
    ];
    for (const [filter, expected] of cases) {
      const r = await employee.gql(LIST, { filter });
      expect({ filter, got: ids(r) }).toEqual({ filter, got: expected });
      expect(r.data.feedback.totalCount).toBe(expected.length);
    }
  });

  it('keeps unscored items last in both directions of the SCORE sort', async () => {
    await h.database.sql`insert into feedback (source, external_id, received_at, channel, kind, text, text_masked)
      values ('unscored', '1', '2026-06-05T00:00:00Z', 'SOCIAL', 'INDIRECT', 'No score here', 'No score here')`;
    try {
      for (const direction of ['ASC', 'DESC']) {
        const r = await employee.gql(LIST, { orderBy: { field: 'SCORE', direction } });
        expect(r.data.feedback.edges.at(-1).node.npsScore).toBeNull();
        expect(r.data.feedback.edges.at(-1).node.text).toBe('No score here');
      }
    } finally {
      await h.database.sql`delete from feedback where source = 'unscored'`;
    }
  });

  it('refuses a cursor from another order, or one tampered with, naming after', async () => {
    const page = await employee.gql(LIST, { first: 1, orderBy: { field: 'SCORE', direction: 'DESC' } });
    const cursor = page.data.feedback.pageInfo.endCursor;
    const forged = Buffer.from(JSON.stringify(['RECEIVED_AT:DESC', 'abc', 1])).toString('base64url');
    const fraction = Buffer.from(JSON.stringify(['RECEIVED_AT:DESC', '2026-06-01 12:00:00+00', 1.5])).toString('base64url');
    for (const after of [cursor, forged, fraction]) {
      const r = await employee.gql(LIST, { after });
      expect(r.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { after: expect.any(String) } });
    }
  });

  it('finds nothing by an email or phone number typed into a verbatim', async () => {
    for (const search of ['kari@acme.no', '912 34 567', '91234567']) {
      const r = await employee.gql(LIST, { filter: { search } });
      expect({ search, total: r.data.feedback.totalCount }).toEqual({ search, total: 0 });
    }
  });

  it('names the field of a bad id or cursor', async () => {
    const bad = await employee.gql(LIST, { filter: { productIds: ['abc'] } });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'filter.productIds.0': 'Not a valid id.' } });
    const cursor = await employee.gql(LIST, { after: 'garbage' });
    expect(cursor.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: expect.any(String) } });
    const long = await employee.gql(LIST, { filter: { search: 'x'.repeat(201) } });
    expect(long.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT', fields: { 'filter.search': 'Must be at most 200 characters.' }, reasons: { 'filter.search': { code: 'TOO_LONG', max: 200 } },
    });
    const badEnum = await employee.gql(LIST, { filter: { channels: ['FAX'] } });
    expect(badEnum.status).toBe(400);
    expect(badEnum.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'filter.channels.0': expect.any(String) } });
    const tooMany = await employee.gql(LIST, { first: 1000 });
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { first: expect.any(String) } });
  });
});

describe('contact masking', () => {
  const ITEM = `query($id: ID!) { feedbackItem(id: $id) { id text contact { name email phone masked } } }`;

  it('masks the contact and typed-in details for an employee', async () => {
    const r = await employee.gql(ITEM, { id: String(h.scenario.feedback[0].id) });
    expect(r.data.feedbackItem.contact).toEqual({ name: null, email: null, phone: null, masked: true });
    expect(r.data.feedbackItem.text).not.toContain('kari@acme.no');
    expect(r.data.feedbackItem.text).not.toContain('912 34 567');
    expect(r.data.feedbackItem.text).toContain('The delivery was late again');
  });

  it('shows it to the admin and to the lead of the routed department, not to another lead', async () => {
    const id = String(h.scenario.feedback[0].id); // routed to Support
    for (const email of ['admin@test.dev', 'lead.support@test.dev']) {
      const r = await (await h.as(email)).gql(ITEM, { id });
      expect(r.data.feedbackItem.contact).toEqual({ name: 'Kari Nordmann', email: 'kari@acme.no', phone: '+47 912 34 567', masked: false });
      expect(r.data.feedbackItem.text).toContain('kari@acme.no');
    }
    const other = await (await h.as('lead.product@test.dev')).gql(ITEM, { id });
    expect(other.data.feedbackItem.contact.masked).toBe(true);
  });

  it('shows it to the assignee of an open action item, not of a finished one', async () => {
    const [f1, , f3] = h.scenario.feedback;
    await assign(h.db, f1.id, h.scenario.users.employee.id, 'OPEN');
    await assign(h.db, f3.id, h.scenario.users.employee.id, 'DONE');
    const open = await employee.gql(ITEM, { id: String(f1.id) });
    expect(open.data.feedbackItem.contact.masked).toBe(false);
    const done = await employee.gql(ITEM, { id: String(f3.id) });
    expect(done.data.feedbackItem.contact.masked).toBe(true);
    const list = await employee.gql(`{ feedback { edges { node { id contact { email masked } } } } }`);
    const byId = Object.fromEntries(list.data.feedback.edges.map((e: any) => [e.node.id, e.node.contact]));
    expect(byId[String(f1.id)]).toEqual({ email: 'kari@acme.no', masked: false });
    expect(byId[String(f3.id)]).toEqual({ email: null, masked: true });
    await h.database.sql`delete from action_items`;
  });

  it('answers null for an unknown id', async () => {
    const r = await employee.gql(ITEM, { id: '999999' });
    expect(r.data.feedbackItem).toBeNull();
  });
});

describe('cost of a page', () => {
  const PAGE = `query($first: Int) { feedback(first: $first) {
    edges { node { id department { id name } product { id name } customer { id name segment } themes { id name } } }
  } }`;

  it('is a constant number of statements (at most 6) whatever the page size', async () => {
    // 120 more items over all departments, products, customers and themes
    const s = h.scenario;
    const rows = Array.from({ length: 120 }, (_, i) => ({
      source: 'bulk', externalId: String(i), receivedAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      channel: 'SOCIAL' as const, kind: 'INDIRECT' as const,
      departmentId: Object.values(s.departments)[i % 3].id, productId: Object.values(s.products)[i % 2].id,
      customerId: Object.values(s.customers)[i % 2].id,
    }));
    const inserted = await h.db.insert(feedback).values(rows).returning({ id: feedback.id });
    await h.db.insert(feedbackThemes).values(inserted.map((r, i) => ({ feedbackId: r.id, themeId: Object.values(s.themes)[i % 2].id })));

    const counts: Record<number, number> = {};
    for (const first of [5, 50, 100]) {
      h.statements.length = 0;
      const r = await employee.gql(PAGE, { first });
      expect(r.errors).toBeUndefined();
      expect(r.data.feedback.edges).toHaveLength(first);
      expect(r.data.feedback.edges.every((e: any) => e.node.department && e.node.product && e.node.customer && e.node.themes.length)).toBe(true);
      counts[first] = h.statements.length;
    }
    // session lookup + page + departments + products + customers + themes
    expect(counts[50]).toBeLessThanOrEqual(6);
    expect(counts[5]).toBe(counts[50]);
    expect(counts[100]).toBe(counts[50]);
  });
});
