// Reproduction 8 ("JSON errors only"): malformed JSON, a wrong charset or an oversized body got
// Express's HTML page, with the stack and file paths when NODE_ENV is unset (as `pnpm start` runs);
// in production, variable-coercion errors still said "Did you mean …" and listed enum values.
// Replayed against the real server over HTTP.
import { loadConfig } from '@chorus/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget, type Target } from './support';

// a stack line ("    at parse (/…/body-parser/lib/types/json.js:93:21)"), a file path, an HTML page
const LEAKS = /\n\s*at |\bat \S+ \(|node_modules|\/work\/|\.(?:js|ts):\d+|<html|<pre>/i;

let dev: Target;
let production: Target;
const nodeEnv = process.env.NODE_ENV;
beforeAll(async () => {
  // Express decides whether its error page shows the stack from NODE_ENV when the app is created:
  // unset, as `pnpm start` runs, is the case that leaked
  delete process.env.NODE_ENV;
  dev = await startTarget();
  production = await startTarget({ config: { ...loadConfig({ NODE_ENV: 'production' }), demo: false } });
});
afterAll(async () => {
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  await dev?.close();
  await production?.close();
});

async function send(body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${dev.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

/** A GraphQL JSON error response with nothing of the server's insides in it. */
function expectJsonError(r: { type: string | null; text: string }, code: string) {
  expect(r.type).toMatch(/^application\/(graphql-response\+)?json/);
  expect(r.text).not.toMatch(LEAKS);
  const body = JSON.parse(r.text);
  expect(body).toEqual({ errors: [{ message: expect.any(String), extensions: expect.objectContaining({ code }) }] });
  return body.errors[0] as { message: string; extensions: Record<string, unknown> };
}

describe('reproduction 8: every error from /graphql is a GraphQL JSON error', () => {
  it('answers malformed JSON with 400 BAD_REQUEST, no HTML and no stack', async () => {
    for (const body of ['{"query": ', '{"query": "{ viewer { id } }",}', 'not json at all', '"a string"']) {
      const r = await send(body);
      expect(r.status, body).toBe(400);
      expect(expectJsonError(r, 'BAD_REQUEST').message).toBe('The request body is not valid JSON.');
    }
  });

  it('answers a charset other than UTF-8 with 415', async () => {
    const r = await send(JSON.stringify({ query: '{ viewer { id } }' }), { 'content-type': 'application/json; charset=latin1' });
    expect(r.status).toBe(415);
    expectJsonError(r, 'BAD_REQUEST');
  });

  it('answers an oversized body with 413', async () => {
    const r = await send(JSON.stringify({ query: '{ viewer { id } }', variables: { padding: 'x'.repeat(11 * 1024 * 1024) } }));
    expect(r.status).toBe(413);
    expect(expectJsonError(r, 'BAD_REQUEST').message).toMatch(/larger than \d+ kB/);
  });

  it('answers an unsupported Content-Encoding with 415', async () => {
    const r = await send('x', { 'content-encoding': 'compress' });
    expect(r.status).toBe(415);
    expectJsonError(r, 'BAD_REQUEST');
  });

  it('answers paths outside /graphql in JSON too, without a stack', async () => {
    for (const [method, url] of [['POST', '/healthz'], ['DELETE', '/healthz'], ['GET', '/no/such/thing'], ['GET', '/%E0%A4%A']] as const) {
      const res = await fetch(`${dev.baseUrl}${url}`, { method });
      const text = await res.text();
      // without a built portal every one of these is unknown; with one, the GETs get the app shell
      // (the portal routes in the browser), which is HTML by design but holds no error
      if (res.status === 200 && method === 'GET') {
        expect(text, `${method} ${url}`).toContain('<div id="app">');
        continue;
      }
      expect(text, `${method} ${url}`).not.toMatch(LEAKS);
      if (res.status === 404) expectJsonError({ type: res.headers.get('content-type'), text }, 'NOT_FOUND');
    }
  });
});

describe('reproduction 8: no suggestions in production', () => {
  async function query(target: Target, query: string, variables: Record<string, unknown>) {
    const res = await fetch(`${target.baseUrl}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }),
    });
    expect(res.status).toBe(400);
    return (await res.json()).errors as { message: string; extensions: { code: string; fields?: Record<string, string> } }[];
  }
  const CHANNELS = `query($f: FeedbackFilter) { feedback(filter: $f) { totalCount } }`;

  it('echoes only the start of a refused value, not the megabytes sent', async () => {
    const [error] = await query(production, CHANNELS, { f: { channels: ['X'.repeat(50_000)] } });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message.length).toBeLessThanOrEqual(500);
  });

  it('says an enum value in a variable is invalid without guessing it or listing the values', async () => {
    const [error] = await query(production, CHANNELS, { f: { channels: ['SURVEY_WEBB'] } });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('Variable "$f" got invalid value "SURVEY_WEBB" at "f.channels[0]"; Value "SURVEY_WEBB" does not exist in "Channel" enum.');
    // the field path stays, its message without the suggestion too
    expect(error.extensions.fields).toEqual({ 'f.channels.0': error.message });

    const [sort] = await query(production, `query($o: IdeaSort) { ideas(orderBy: $o) { totalCount } }`, { o: 'NEWW' });
    expect(sort.message).toMatch(/Value "NEWW" does not exist in "IdeaSort" enum\.$/);
    for (const text of [error, sort].flatMap((e) => [e.message, ...Object.values(e.extensions.fields ?? {})])) {
      expect(text).not.toMatch(/Did you mean/);
      expect(text).not.toMatch(/"(SURVEY_WEB|SURVEY_SMS|SURVEY_EMAIL|NEW|TOP|TRENDING)"/);
    }

    // developers keep the hint
    const [hinted] = await query(dev, CHANNELS, { f: { channels: ['SURVEY_WEBB'] } });
    expect(hinted.message).toMatch(/Did you mean the enum value "SURVEY_WEB"/);
  });

  it('does not name the fields an input type has either', async () => {
    const [error] = await query(production, CHANNELS, { f: { serch: 'levering' } });
    expect(error.message).toBe('Variable "$f" got invalid value { serch: "levering" }; Field "serch" is not defined by type "FeedbackFilter".');
  });
});
