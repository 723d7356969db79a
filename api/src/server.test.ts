import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMITS, createServer, jsonErrors, listen, MAX_TOKENS } from './server';
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

  it('refuses a document over the token limit with HTTP 400, before validating it', async () => {
    const res = await post({ query: `{ ${'a '.repeat(MAX_TOKENS)}}` });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0].message).toMatch(`more that ${MAX_TOKENS} tokens`);
  });

  it('takes a full ingestFeedback batch under the body limit', async () => {
    const admin = await h.as('admin@test.dev');
    // the most rows one call takes (MAX_BATCH), as a help desk sends them: about 3 MB
    const input = Array.from({ length: 5_000 }, (_, i) => ({
      source: 'body-limit', externalId: `ZD-${i}`, receivedAt: '2026-05-01T10:00:00Z', channel: 'SURVEY_WEB',
      customerExternalId: `CUST-${i % 500}`, customerName: 'Nordic Retail Group AS', region: 'Vestland',
      contactName: 'Kari Nordmann', contactEmail: `kari.nordmann${i}@example.no`, productName: 'Chorus Analytics',
      npsScore: i % 11, text: 'Leveransen kom for sent og ingen ga beskjed. '.repeat(5),
    }));
    const size = JSON.stringify(input).length;
    expect(size).toBeGreaterThan(2_500_000);
    expect(size).toBeLessThan(BODY_LIMITS.admin);
    const r = await admin.gql(`mutation($input: [FeedbackInput!]!) { ingestFeedback(input: $input) { created rejected { index } } }`, { input });
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestFeedback).toEqual({ created: 5_000, rejected: [] });
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

describe('errors outside GraphQL', () => {
  it('answers what a middleware throws as a GraphQL JSON error, the detail only in the log', async () => {
    const log: string[] = [];
    const app = express();
    app.get('/boom', () => {
      throw new Error('secret detail in /srv/chorus/api/src/x.ts');
    });
    app.get('/refused', () => {
      throw Object.assign(new Error('Not allowed to read /etc/passwd'), { status: 403 });
    });
    app.use(jsonErrors((line) => log.push(line)));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const boom = await fetch(`${base}/boom`);
      expect(boom.status).toBe(500);
      expect(boom.headers.get('content-type')).toMatch(/^application\/json/);
      const body = await boom.json();
      const { requestId } = body.errors[0].extensions;
      expect(body.errors[0]).toEqual({
        message: `Internal server error. Quote request id ${requestId} when reporting it.`,
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      });
      expect(log.find((l) => l.includes(requestId))).toMatch(/secret detail[\s\S]*server\.test\.ts/);

      // a refusal keeps its status; its own message (which may quote the request) stays inside
      const refused = await fetch(`${base}/refused`);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ errors: [{ message: 'Forbidden.', extensions: { code: 'BAD_REQUEST' } }] });
    } finally {
      server.close();
    }
  });

  it('serves the portal without the HTML error page: a failing file is JSON, so is an unknown route', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'chorus-web-'));
    const shell = path.join(dist, 'index.html');
    writeFileSync(shell, '<!doctype html><title>Chorus</title>');
    const portal = await createServer(h.database, h.config, () => {}, { webDist: dist });
    const base = `http://127.0.0.1:${await listen(portal, 0, '127.0.0.1')}`;
    try {
      expect(await (await fetch(`${base}/feedback`)).text()).toContain('<title>Chorus</title>');
      // a path the static files cannot decode falls through to the app shell
      expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(200);
      // the shell gone (a rebuild under a running server): Express's page named the file and the stack
      rmSync(shell);
      const gone = await fetch(`${base}/feedback`);
      expect(gone.status).toBe(404);
      const text = await gone.text();
      expect(JSON.parse(text)).toEqual({ errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
      const healthz = await fetch(`${base}/healthz`, { method: 'POST' });
      expect(healthz.status).toBe(404);
      expect(await healthz.json()).toEqual({ errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
    } finally {
      await portal.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('the built portal on the wire', () => {
  it('sends the build\'s brotli or gzip file to browsers that take it, and caches hashed assets for good', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'chorus-web-'));
    mkdirSync(path.join(dist, 'assets'));
    const js = 'console.log("chorus");'.repeat(200);
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Chorus</title>');
    writeFileSync(path.join(dist, 'assets', 'index-AbC123.js'), js);
    writeFileSync(path.join(dist, 'assets', 'index-AbC123.js.br'), brotliCompressSync(js));
    writeFileSync(path.join(dist, 'assets', 'index-AbC123.js.gz'), gzipSync(js));
    writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const portal = await createServer(h.database, h.config, () => {}, { webDist: dist });
    const base = `http://127.0.0.1:${await listen(portal, 0, '127.0.0.1')}`;
    // node's fetch would decode a compressed body itself: read the bytes as they came
    const get = (file: string, encoding: string) => new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http.get(`${base}${file}`, { headers: { 'accept-encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    try {
      const br = await get('/assets/index-AbC123.js', 'gzip, deflate, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(br.body).toString()).toBe(js);
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(br.headers.vary).toMatch(/Accept-Encoding/i);
      const gz = await get('/assets/index-AbC123.js', 'gzip');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).toString()).toBe(js);
      const plain = await get('/assets/index-AbC123.js', 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(js);
      // what is not content-hashed is checked again on every use
      expect((await get('/favicon.svg', 'br')).headers['cache-control']).toBe('no-cache');
      expect((await get('/feedback', 'br')).headers['cache-control']).toBe('no-cache');
    } finally {
      await portal.close();
      rmSync(dist, { recursive: true, force: true });
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
