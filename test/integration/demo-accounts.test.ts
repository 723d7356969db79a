// The contract's five demo accounts, against the demo company as `pnpm start` seeds it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, listen, loadConfig, type ChorusServer } from '@chorus/api';
import { createTestDatabase, type TestDatabase } from '@chorus/db/testing';
import { seedDemo } from '@chorus/db/seed';

let database: TestDatabase;
let server: ChorusServer;
let url: string;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database, { feedback: 500 });
  server = await createServer(database, { ...loadConfig({}), demo: false });
  url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/graphql`;
});
afterAll(async () => {
  await server.close();
  await database.drop();
});

const post = (query: string, variables: object, cookie?: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }) });

describe('demo accounts', () => {
  it.each([
    ['admin@chorus.demo', 'ADMIN', null],
    ['exec@chorus.demo', 'EXECUTIVE', null],
    ['lead.support@chorus.demo', 'LEAD', 'Support'],
    ['lead.product@chorus.demo', 'LEAD', 'Product'],
    ['employee@chorus.demo', 'EMPLOYEE', 'Sales'],
  ])('%s signs in as %s', async (email, role, department) => {
    const res = await post('mutation($e: String!) { signIn(email: $e, password: "chorus-demo") { role department { name } } }', { e: email });
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.signIn.role).toBe(role);
    if (department) expect(body.data.signIn.department.name).toBe(department);
    const cookie = res.headers.get('set-cookie')!.split(';')[0];
    const viewer = await (await post('{ viewer { email } }', {}, cookie)).json();
    expect(viewer.data.viewer.email).toBe(email);
  });

  it('lets every other demo employee sign in with the same password', async () => {
    const [other] = await database.sql<{ email: string }[]>`
      select email from users where email not in ('admin@chorus.demo', 'exec@chorus.demo', 'lead.support@chorus.demo',
        'lead.product@chorus.demo', 'employee@chorus.demo') order by id limit 1`;
    const body = await (await post('mutation($e: String!) { signIn(email: $e, password: "chorus-demo") { email } }', { e: other.email })).json();
    expect(body.data.signIn.email).toBe(other.email);
  });
});
