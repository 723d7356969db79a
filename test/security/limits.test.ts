// Reproductions 4 and 5 ("limits before work"): a 1.4 MB document held the event loop for 1.7 s before
// it was refused (9.8 MB: 12 s), without signing in; a 1 MB ideas search ran 17 s per statement and
// kept running after its client left; 70,000 ids in a list filter and a cursor holding 30 February
// ended as INTERNAL_SERVER_ERROR; and no statement had a time limit. Each is replayed here against
// the real server over HTTP, at sizes that finish in seconds.
import { createServer, listen, loadConfig, type ChorusServer } from '@chorus/api';
import { createDb, type DbHandle } from '@chorus/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, DEMO_PASSWORD, startTarget, timed, type Target } from './support';

let target: Target;
let lead: Client;
beforeAll(async () => {
  target = await startTarget();
  lead = await target.as('lead.support@chorus.demo');
});
afterAll(async () => { await target?.close(); });

const post = (body: string) =>
  fetch(`${target.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

/** A cursor the API gave out, its sort key replaced: what a client tampering with it sends. */
function withKey(cursor: string, key: string): string {
  const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  values[1] = key;
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

const THIRTIETH_OF_FEBRUARY = '2026-02-30 10:00:00.123456+00';
const manyIds = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

describe('reproduction 4: a document is refused before it is parsed in full', () => {
  it('refuses a 1.4 MB document without signing in, by the body limit, before reading it', async () => {
    const body = JSON.stringify({ query: `{ ${'viewer { id } '.repeat(100_000)}}` });
    expect(body.length).toBeGreaterThan(1_400_000);
    const [res, ms] = await timed(() => post(body));
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0]).toEqual({ message: 'The request body is larger than 64 kB.', extensions: { code: 'BAD_REQUEST' } });
    console.log(`a ${(body.length / 1e6).toFixed(1)} MB document without a session refused in ${ms.toFixed(0)} ms`);
    // a small document of many tokens is refused by the token limit just the same
    const small = await post(JSON.stringify({ query: `{ ${'viewer { id } '.repeat(3_000)}}` }));
    expect(small.status).toBe(400);
    expect((await small.json()).errors[0].message).toMatch(/Document contains more th[ae]t \d+ tokens\. Parsing aborted\./);
  });

  it('refuses a 1.4 MB document from an ADMIN (whose body limit is larger) by the token limit, with HTTP 400', async () => {
    const admin = await target.as('admin@chorus.demo');
    const body = JSON.stringify({ query: `{ ${'viewer { id } '.repeat(100_000)}}` });
    const [res, ms] = await timed(() => fetch(`${target.baseUrl}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie: admin.cookie! }, body,
    }));
    const json = await res.json();
    console.log(`a ${(body.length / 1e6).toFixed(1)} MB document refused in ${ms.toFixed(0)} ms`);
    expect(res.status).toBe(400);
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(json.errors[0].message).toMatch(/Document contains more th[ae]t \d+ tokens\. Parsing aborted\./);
    // before: parsed and validated in full, 1.7 s of blocked event loop; a generous bound, not a benchmark
    expect(ms).toBeLessThan(1_000);
  });

  it('sizes the body limit by who is asking: no session 64 kB, signed in 1 MB, an ADMIN 4 MB', async () => {
    // variables are coerced before any resolver can refuse: 3 MB of ingestFeedback rows without a
    // session cost 0.6 s of event loop before "Sign in first."; now they are not even read
    const rows = JSON.stringify({ query: 'mutation($i: [FeedbackInput!]!) { ingestFeedback(input: $i) { created } }', variables: { i: Array(30_000).fill({ source: 's', externalId: 'x', receivedAt: '2026-01-01T00:00:00Z', channel: 'SOCIAL' }) } });
    expect(rows.length).toBeGreaterThan(2_500_000);
    expect((await post(rows)).status).toBe(413);
    const withCookie = (c: Client, body: string) => fetch(`${target.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: c.cookie! }, body });
    const employee = await target.as('employee@chorus.demo');
    expect((await withCookie(employee, rows)).status).toBe(413);
    const padded = (n: number) => JSON.stringify({ query: '{ viewer { id } }', extensions: { padding: 'x'.repeat(n) } });
    expect((await withCookie(employee, padded(500_000))).status).toBe(200);
    const admin = await target.as('admin@chorus.demo');
    expect((await withCookie(admin, padded(3_000_000))).status).toBe(200);
  });

  it('refuses a 9.8 MB request by the body limit, as a GraphQL JSON error (HTTP 413)', async () => {
    const res = await post(JSON.stringify({ query: `{ ${'viewer { id } '.repeat(700_000)}}` }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await res.json()).errors[0]).toEqual({ message: expect.stringMatching(/larger than/), extensions: { code: 'BAD_REQUEST' } });
  });
});

describe('reproduction 5: unbounded inputs are refused before they reach PostgreSQL', () => {
  const IDEAS = `query($filter: IdeaFilter, $orderBy: IdeaSort, $after: String) {
    ideas(filter: $filter, orderBy: $orderBy, first: 2, after: $after) { totalCount pageInfo { endCursor } } }`;

  it('caps the ideas search at 200 characters, as the feedback search', async () => {
    const long = await lead.gql(IDEAS, { filter: { search: 'levering '.repeat(2_500) } });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'filter.search': 'Must be at most 200 characters.' } });
    expect(long.data).toBeNull();
    const fine = await lead.gql(IDEAS, { filter: { search: 'x'.repeat(200) } });
    expect(fine.errors).toBeUndefined();
  });

  it('refuses 70,000 ids in a list filter with BAD_USER_INPUT naming the field', async () => {
    const ideas = await lead.gql(IDEAS, { filter: { departmentIds: manyIds(70_000) } });
    expect(ideas.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'filter.departmentIds': expect.stringMatching(/At most 200/) } });
    const authors = await lead.gql(IDEAS, { filter: { authorIds: manyIds(201), statuses: Array(201).fill('NEW') } });
    expect(Object.keys(authors.errors?.[0].extensions?.fields ?? {}).sort()).toEqual(['filter.authorIds', 'filter.statuses']);
    const feedback = await lead.gql(`query($f: FeedbackFilter) { feedback(filter: $f) { totalCount } }`, { f: { themeIds: manyIds(70_000) } });
    expect(feedback.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'filter.themeIds': expect.any(String) } });
    const read = await lead.gql(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: manyIds(70_000) });
    expect(read.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { ids: expect.stringMatching(/At most 200/) } });
  });

  it('caps every free-text input: colleague and customer searches, the sign-in fields, titles with hidden characters', async () => {
    for (const [query, field] of [[`query($s: String) { users(search: $s) { id } }`, 'search'], [`query($s: String) { customers(search: $s) { id } }`, 'search']] as const) {
      const r = await lead.gql(query, { s: 'a'.repeat(500_000) });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { [field]: 'Must be at most 200 characters.' } });
    }
    const signIn = await target.client().gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`,
      { e: 'employee@chorus.demo', p: 'x'.repeat(50_000) });
    expect(signIn.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { password: expect.stringMatching(/at most 1000/) } });
    const departments = await lead.gql(`{ departments { id } }`);
    const idea = await lead.gql(`mutation($input: PostIdeaInput!) { postIdea(input: $input) { id } }`,
      { input: { title: 'Invoice \u202Efdp.exe', body: 'Body', departmentId: departments.data.departments[0].id } });
    expect(idea.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'title': expect.stringMatching(/control/) } });
  });

  it('refuses a cursor holding 30 February with BAD_USER_INPUT on `after`', async () => {
    const FEEDBACK = `query($after: String) { feedback(first: 2, after: $after) { totalCount pageInfo { endCursor } } }`;
    const page = await lead.gql(FEEDBACK);
    const forged = await lead.gql(FEEDBACK, { after: withKey(page.data.feedback.pageInfo.endCursor, THIRTIETH_OF_FEBRUARY) });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: expect.any(String) } });

    const ideas = await lead.gql(IDEAS, { orderBy: 'NEW' });
    const forgedIdeas = await lead.gql(IDEAS, { orderBy: 'NEW', after: withKey(ideas.data.ideas.pageInfo.endCursor, THIRTIETH_OF_FEBRUARY) });
    expect(forgedIdeas.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: expect.any(String) } });

    // the same for a sort key PostgreSQL reads as a number: votes past int4, a score past real
    const top = await lead.gql(IDEAS, { orderBy: 'TOP' });
    const forgedVotes = await lead.gql(IDEAS, { orderBy: 'TOP', after: withKey(top.data.ideas.pageInfo.endCursor, '3000000000') });
    expect(forgedVotes.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: expect.any(String) } });
  });
});

describe('reproduction 5: every statement of the API has a time limit', () => {
  // a server whose pool has a tiny statement timeout and two connections, on the seeded database
  let pool: DbHandle;
  let server: ChorusServer;
  let baseUrl: string;
  const log: string[] = [];
  beforeAll(async () => {
    pool = createDb(target.database.url, { max: 2, statementTimeoutMs: 250 });
    server = await createServer(pool, { ...loadConfig({}), demo: false, statementTimeoutMs: 250 }, (line) => log.push(line));
    baseUrl = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await server?.close();
    await pool?.close();
  });

  const IDEA_COUNT = `{ ideas(first: 1) { totalCount } }`;
  /** statements of the API's pool still running or waiting on the ideas */
  const stillRunning = async () => {
    const rows = await target.database.sql<{ n: number }[]>`select count(*)::int as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and state = 'active' and query like '%from "ideas"%'`;
    return rows[0].n;
  };

  it('cancels a statement that runs too long: the client gets INTERNAL_SERVER_ERROR with a request id, and the pool recovers', async () => {
    const employee = new Client(baseUrl);
    await employee.signIn('employee@chorus.demo', DEMO_PASSWORD);
    const gql = (signal: AbortSignal) => fetch(`${baseUrl}/graphql`, {
      method: 'POST', signal,
      headers: { 'content-type': 'application/json', cookie: employee.cookie! },
      body: JSON.stringify({ query: IDEA_COUNT }),
    });
    // a real query of the ideas page made slow: a transaction holds the table, and the API's
    // statements wait on it (the wait counts against statement_timeout, like a slow plan would)
    const holder = await target.database.sql.reserve();
    try {
      await holder`begin`;
      await holder`lock table ideas in access exclusive mode`;

      // twice as many requests as the pool has connections: without a timeout they would wait for ever
      const answers = await Promise.all(Array.from({ length: 4 }, () => gql(AbortSignal.timeout(10_000)).then((r) => r.json())));
      for (const answer of answers) {
        const error = answer.errors[0];
        expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
        expect(error.message).toContain(error.extensions.requestId);
        expect(error.message).not.toMatch(/statement|timeout|ideas/);
        expect(log.find((l) => l.includes(error.extensions.requestId))).toMatch(/canceling statement due to statement timeout/);
      }

      // clients that leave: their statements stop at the timeout instead of holding the pool
      for (let i = 0; i < 2; i++) await gql(AbortSignal.timeout(50)).catch(() => {});
      await new Promise((r) => setTimeout(r, 1_000));
      expect(await stillRunning()).toBe(0);
    } finally {
      await holder`rollback`;
      holder.release();
    }
    // every connection is free again
    for (let i = 0; i < 4; i++) {
      const r = await employee.gql(IDEA_COUNT);
      expect(r.errors).toBeUndefined();
      expect(r.data.ideas.totalCount).toBeGreaterThan(0);
    }
  });
});
