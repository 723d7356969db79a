// An API test's world: a database of its own, the real server on a free port, and a GraphQL client
// that keeps a session cookie like a browser.
import http from 'node:http';
import type { Db } from '@chorus/db';
import { createTestDatabase, type TestDatabase } from '@chorus/db/testing';
import { loadConfig, type Config } from '../config';
import { createServer, listen, type ChorusServer } from '../server';
import { PASSWORD, seedScenario, type Scenario } from './scenario';

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; fields?: Record<string, string>; [k: string]: unknown } }[];
  headers: Headers;
}

export class Client {
  cookie: string | null = null;
  constructor(readonly baseUrl: string) {}

  async gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const body = (await res.json()) as { data?: T; errors?: GqlResponse['errors'] };
    return { status: res.status, headers: res.headers, ...body };
  }

  async signIn(email: string, password = PASSWORD) {
    const r = await this.gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id role } }`, { e: email, p: password });
    if (r.errors) throw new Error(`sign-in failed: ${JSON.stringify(r.errors)}`);
    return this;
  }
}

export interface Harness {
  db: Db;
  database: TestDatabase;
  server: ChorusServer;
  baseUrl: string;
  scenario: Scenario;
  config: Config;
  /** statements sent since the last reset, for counting what a request costs */
  statements: string[];
  client(): Client;
  as(email: string): Promise<Client>;
  close(): Promise<void>;
}

export async function startHarness(options: { scenario?: boolean; errorLog?: string[]; config?: Partial<Config> } = {}): Promise<Harness> {
  const statements: string[] = [];
  const database = await createTestDatabase({
    onQuery: (q) => {
      // postgres.js looks up the array types once per new connection: driver set-up, not a
      // statement any request asked for
      if (!q.includes('pg_catalog.pg_type')) statements.push(q);
    },
  });
  const scenario = options.scenario === false ? (undefined as unknown as Scenario) : await seedScenario(database.db);
  const config = { ...loadConfig({}), demo: false, ...options.config };
  const server = await createServer(database, config, (line) => (options.errorLog ? options.errorLog.push(line) : console.error(line)));
  const port = await listen(server, 0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  statements.length = 0;
  return {
    db: database.db,
    database,
    server,
    baseUrl,
    scenario,
    config,
    statements,
    client: () => new Client(baseUrl),
    as: (email) => new Client(baseUrl).signIn(email),
    async close() {
      await server.close();
      await database.drop();
    },
  };
}

export interface Reply { status: number; body: any; setCookie: string | null }

/**
 * A GraphQL request from a client address of its own (Linux answers all of 127.0.0.0/8 on loopback):
 * for tests of what is counted per client address.
 */
export function postFrom(baseUrl: string, address: string, query: string, variables: Record<string, unknown>, cookie?: string): Promise<Reply> {
  const url = new URL(baseUrl);
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: url.hostname, port: url.port, path: '/graphql', method: 'POST', localAddress: address, agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...(cookie ? { cookie } : {}) },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text), setCookie: res.headers['set-cookie']?.[0] ?? null }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}
