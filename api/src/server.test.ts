import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './testing/harness';

let h: Harness;
const errorLog: string[] = [];
beforeAll(async () => { h = await startHarness({ errorLog }); });
afterAll(async () => { await h.close(); });

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${h.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('GraphQL over HTTP', () => {
  it('passes every graphql-http audit with no error', async () => {
    const audits = serverAudits({ url: `${h.baseUrl}/graphql`, fetchFn: fetch });
    const results = await Promise.all(audits.map((a) => a.fn()));
    const errors = results.flatMap((r) => (r.status === 'error' ? [`${r.name}: ${r.reason}`] : []));
    expect(errors).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThanOrEqual(50);
  });

  it('answers a malformed query with HTTP 400', async () => {
    const res = await post({ query: '{ viewer { id ' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an invalid query with HTTP 400', async () => {
    const res = await post({ query: '{ noSuchField }' });
    expect(res.status).toBe(400);
  });

  it('refuses batched requests', async () => {
    const res = await post([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]);
    expect(res.status).toBe(400);
  });

  it('refuses a query with too many aliases with 400', async () => {
    const aliases = await post({ query: `{ ${Array.from({ length: 30 }, (_, i) => `x${i}: viewer { id }`).join(' ')} }` });
    expect(aliases.status).toBe(400);
    expect(JSON.stringify(await aliases.json())).toMatch(/Aliases limit/);
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const res = await fetch(`${h.baseUrl}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`);
    expect(res.status).toBe(400);
  });

  it('hides what went wrong inside behind a request id', async () => {
    const c = await h.as('employee@test.dev');
    await h.database.sql`alter table departments rename to departments_moved`;
    try {
      const r = await c.gql('{ departments { id name } }');
      expect(r.errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(r.errors![0].message).not.toMatch(/departments|relation|exist/i);
      const id = r.errors![0].extensions?.requestId as string;
      expect(r.errors![0].message).toContain(id);
      // the detail is in the server's log, under the same id
      expect(errorLog.find((l) => l.includes(id))).toMatch(/departments/);
    } finally {
      await h.database.sql`alter table departments_moved rename to departments`;
    }
  });
});

describe('health and portal', () => {
  it('answers /healthz with 200 while the database is reachable', async () => {
    const res = await fetch(`${h.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('sends security headers', async () => {
    const res = await fetch(`${h.baseUrl}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
