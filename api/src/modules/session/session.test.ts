import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id name email role department { id name } } }`;
const VIEWER = `{ viewer { id email role } }`;

describe('sessions', () => {
  it('signs in, sets an HttpOnly SameSite=Lax cookie and knows the viewer', async () => {
    const c = h.client();
    const r = await c.gql(SIGN_IN, { e: 'Lead.Support@test.dev ', p: 'test-password' });
    expect(r.errors).toBeUndefined();
    expect(r.data.signIn).toMatchObject({ email: 'lead.support@test.dev', role: 'LEAD', department: { name: 'Support' } });
    const cookie = r.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^chorus_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await c.gql(VIEWER)).data.viewer).toMatchObject({ email: 'lead.support@test.dev' });
  });

  it('answers an unknown email and a wrong password the same way', async () => {
    const wrong = await h.client().gql(SIGN_IN, { e: 'admin@test.dev', p: 'nope' });
    const unknown = await h.client().gql(SIGN_IN, { e: 'nobody@test.dev', p: 'nope' });
    expect(wrong.errors![0]).toEqual(unknown.errors![0]);
    expect(wrong.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('stores only a hash of the token', async () => {
    const c = await h.as('exec@test.dev');
    const token = c.cookie!.split('=')[1];
    const rows = await h.database.sql`select token_hash from sessions`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
  });

  it('ends the session on the server at sign-out: the old cookie no longer works', async () => {
    const c = await h.as('employee@test.dev');
    const stolen = c.cookie;
    const out = await c.gql(`mutation { signOut }`);
    expect(out.data.signOut).toBe(true);
    const replay = h.client();
    replay.cookie = stolen;
    expect((await replay.gql(VIEWER)).data.viewer).toBeNull();
    const q = await replay.gql(`{ departments { id } }`);
    expect(q.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('locks an account after five failed sign-ins, even for the right password', async () => {
    for (let i = 0; i < 5; i++) await h.client().gql(SIGN_IN, { e: 'lead.product@test.dev', p: `wrong-${i}` });
    const r = await h.client().gql(SIGN_IN, { e: 'lead.product@test.dev', p: 'test-password' });
    expect(r.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    // more wrong tries while locked do not prolong the lock
    const [{ until }] = await h.database.sql`select locked_until as until from users where email = 'lead.product@test.dev'`;
    await h.client().gql(SIGN_IN, { e: 'lead.product@test.dev', p: 'wrong-again' });
    const [{ until: still }] = await h.database.sql`select locked_until as until from users where email = 'lead.product@test.dev'`;
    expect(still).toEqual(until);
    // once the lock has passed, the right password works and the count starts afresh
    await h.database.sql`update users set locked_until = now() - interval '1 second' where email = 'lead.product@test.dev'`;
    expect((await h.client().gql(SIGN_IN, { e: 'lead.product@test.dev', p: 'test-password' })).errors).toBeUndefined();
    const [{ failed }] = await h.database.sql`select failed_sign_ins as failed from users where email = 'lead.product@test.dev'`;
    expect(failed).toBe(0);
  });

  it('answers signOut without a session with UNAUTHENTICATED, and replaces the old session at sign-in', async () => {
    const r = await h.client().gql(`mutation { signOut }`);
    expect(r.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    const c = await h.as('employee@test.dev');
    const before = c.cookie;
    await c.signIn('employee@test.dev');
    expect(c.cookie).not.toBe(before);
    const old = h.client();
    old.cookie = before;
    expect((await old.gql(VIEWER)).data.viewer).toBeNull();
  });

  it('ends a session that has been idle too long', async () => {
    const c = await h.as('admin@test.dev');
    await h.database.sql`update sessions set last_seen_at = now() - interval '2 days'`;
    expect((await c.gql(VIEWER)).data.viewer).toBeNull();
  });

  it('ends the sessions of a disabled user', async () => {
    const c = await h.as('exec@test.dev');
    await h.database.sql`update users set disabled_at = now() where email = 'exec@test.dev'`;
    expect((await c.gql(VIEWER)).data.viewer).toBeNull();
    await h.database.sql`update users set disabled_at = null where email = 'exec@test.dev'`;
  });
});
