// Sign-in, sign-out and the session behind every request (engineering.md's security baseline).
import { createHash, randomBytes } from 'node:crypto';
import { parse as parseCookies, serialize } from 'cookie';
import ipaddr from 'ipaddr.js';
import { eq, sql as raw } from 'drizzle-orm';
import type { Request } from 'express';
import { hashPassword, verifyPassword, type Db } from '@chorus/db';
import { auditLog, sessions, users } from '@chorus/db/schema';
import type { Config } from '../../config';
import type { Context } from '../../context';
import { requireViewer, type RoleName, type Viewer } from '../../shared/auth';
import type { PortalLocale } from '../org/org.type';
import { unauthenticated } from '../../shared/errors';
import { FieldErrors } from '../../shared/validate';

export const SESSION_COOKIE = 'chorus_session';
/** the longest email address there can be (RFC 5321), and a generous passphrase */
const MAX_EMAIL = 320;
const MAX_PASSWORD = 1_000;
/** guesses at one account per lock period: the MAX_FAILURES-th one that fails locks it for LOCK_MINUTES */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
/**
 * Failed sign-ins one client address may make per ADDRESS_WINDOW_MINUTES, across all accounts: this
 * is what stops one address spraying guesses over many accounts (the account lock stops guessing at
 * one). It is well above a person's typos because an office's staff share one address behind NAT, and
 * because a sign-in counts here while its password is being checked (see signIn), so a burst of people
 * signing in at once briefly holds as many slots as it has sign-ins.
 */
export const ADDRESS_MAX_FAILURES = 100;
export const ADDRESS_WINDOW_MINUTES = 15;
/** live sessions per user: signing in beyond this ends the oldest */
export const MAX_SESSIONS = 10;
// One answer for an unknown email, a wrong password, a locked or disabled account and a throttled
// address: no way to tell them apart.
const WRONG_CREDENTIALS = 'Wrong email or password.';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

// Verified against whenever no real hash may be (unknown email, locked or disabled account), with the
// same argon2 parameters, so those answers take as long as a wrong password.
let dummyHash: Promise<string> | undefined;

type ViewerRow = { id: string; name: string; email: string; role: RoleName; department_id: string | null };
const toViewer = (r: ViewerRow): Viewer => ({
  id: Number(r.id), name: r.name, email: r.email, role: r.role,
  departmentId: r.department_id === null ? null : Number(r.department_id),
});

/**
 * The viewer a request's cookie belongs to, in a single statement that also checks the idle and
 * absolute timeouts and refreshes the idle clock (at most once a minute, to spare writes).
 */
export async function viewerFromRequest(db: Db, config: Config, req: Request): Promise<{ viewer: Viewer; tokenHash: string } | null> {
  const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
  if (!token || token.length > 100) return null;
  const tokenHash = sha256(token);
  const rows = await db.execute<ViewerRow>(raw`
    with valid as (
      select s.token_hash, u.id, u.name, u.email, u.role, u.department_id
      from sessions s join users u on u.id = s.user_id
      where s.token_hash = ${tokenHash} and s.expires_at > now() and u.disabled_at is null
        and s.last_seen_at > now() - make_interval(mins => ${config.sessionIdleMinutes})
    ), touched as (
      update sessions set last_seen_at = now()
      where token_hash = (select token_hash from valid) and last_seen_at < now() - interval '1 minute'
    )
    select id, name, email, role, department_id from valid`);
  const row = rows[0];
  return row ? { viewer: toViewer(row), tokenHash } : null;
}

function cookie(config: Config, value: string, maxAgeSeconds: number) {
  return serialize(SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

type Attempt = {
  /** false when the client address has used up its failures for the window */
  allowed: boolean;
} & ({ id: null } | (ViewerRow & { password_hash: string; attempt: number }));

/**
 * Signs in, or throws the one UNAUTHENTICATED answer.
 *
 * Every attempt first reserves a slot, atomically and before any password is checked: one statement
 * counts it against the client address and against the account, under their row locks, and hands back
 * the password hash only when both still have room. Reserving first is what makes the limits hold
 * under concurrency: a check read before the (slow) argon2 verification and a count written after it
 * let a burst of parallel guesses all pass the check (issue: 29 wrong guesses and the right password
 * in one burst signed in and cleared the lock). The slot stays spent when the password is wrong, so a
 * failure needs no further statement; a success gives the slots back.
 *
 * An unknown email, a locked or a disabled account send the same statement (its account part matches
 * no row) and verify against a dummy hash: the same statements and the same work as a wrong password.
 */
export async function signIn(ctx: Context, emailInput: string, password: string): Promise<Viewer> {
  // Lengths are no secret and are checked for everyone alike, before any statement or hashing: a
  // megabyte "password" would otherwise go through argon2.
  const errors = new FieldErrors();
  errors.text(emailInput, 'email', { max: MAX_EMAIL });
  if (password.length > MAX_PASSWORD) errors.add('password', `Must be at most ${MAX_PASSWORD} characters.`, { code: 'TOO_LONG', max: MAX_PASSWORD });
  errors.throwIfAny();
  const email = emailInput.trim().toLowerCase();
  const address = clientAddress(ctx.req);
  // The account part counts only while the account is not locked: a locked account matches no row (a
  // lock is not prolonged by more tries), and once a lock has passed the count starts afresh, so there
  // are MAX_FAILURES guesses per lock period. `attempt` is this attempt's place in that count.
  const [row] = await ctx.db.execute<Attempt>(raw`
    with gate as (
      insert into sign_in_throttle as t (address, failures, window_started_at) values (${address}, 1, now())
      on conflict (address) do update set
        failures = case when t.window_started_at > now() - make_interval(mins => ${ADDRESS_WINDOW_MINUTES})
          then least(t.failures + 1, ${ADDRESS_MAX_FAILURES + 1}) else 1 end,
        window_started_at = case when t.window_started_at > now() - make_interval(mins => ${ADDRESS_WINDOW_MINUTES})
          then t.window_started_at else now() end
      returning failures <= ${ADDRESS_MAX_FAILURES} as allowed
    ), slot as (
      update users set
        failed_sign_ins = case when locked_until is null then failed_sign_ins + 1 else 1 end,
        locked_until = case when (case when locked_until is null then failed_sign_ins + 1 else 1 end) >= ${MAX_FAILURES}
          then now() + make_interval(mins => ${LOCK_MINUTES}) end
      where lower(email) = ${email} and disabled_at is null
        and (locked_until is null or locked_until <= now())
        and (select allowed from gate)
      returning id, name, email, role, department_id, password_hash, failed_sign_ins as attempt
    )
    select gate.allowed, slot.* from gate left join slot on true`);
  // a throttled address gets no password checked at all, whatever the email
  if (!row.allowed) throw unauthenticated(WRONG_CREDENTIALS);
  if (row.id === null) {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verifyPassword(await dummyHash, password);
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  const user = row;
  if (!(await verifyPassword(user.password_hash, password))) throw unauthenticated(WRONG_CREDENTIALS);

  // a fresh token at every sign-in (no session fixation)
  const token = randomBytes(32).toString('base64url');
  const tokenHash = sha256(token);
  const maxAge = ctx.config.sessionAbsoluteHours * 3600;
  await ctx.db.transaction(async (tx) => {
    // The throttle row before the user's row, in the order the reserving statement takes them, so the
    // two cannot deadlock.
    await tx.execute(raw`update sign_in_throttle set failures = greatest(failures - 1, 0) where address = ${address}`);
    // windows that have passed count for nothing: the table keeps only clients seen lately
    await tx.execute(raw`delete from sign_in_throttle
      where window_started_at < now() - make_interval(mins => ${ADDRESS_WINDOW_MINUTES})`);
    // A success clears the account's count only if no attempt has reserved a slot since this one:
    // guesses racing a sign-in stay counted, so a burst gets no fresh budget from it. The statement
    // always locks the user's row, which also queues this user's concurrent sign-ins behind each other
    // for the session cap below.
    // It also re-checks that the user is still enabled: a disable committed while the password was
    // being verified has already ended the user's sessions, and this one must not outlive it.
    const enabled = await tx.execute(raw`update users set
        failed_sign_ins = case when failed_sign_ins = ${user.attempt} then 0 else failed_sign_ins end,
        locked_until = case when failed_sign_ins = ${user.attempt} then null else locked_until end
      where id = ${user.id} and disabled_at is null returning id`);
    if (!enabled.length) throw unauthenticated(WRONG_CREDENTIALS);
    await tx.insert(sessions).values({ tokenHash, userId: Number(user.id), expiresAt: new Date(Date.now() + maxAge * 1000) });
    // The session this browser had ends, and so do the user's expired ones and, beyond MAX_SESSIONS
    // live ones, the oldest: a user cannot pile up sessions (each one a token that could leak).
    await tx.execute(raw`delete from sessions where token_hash = ${ctx.sessionTokenHash ?? ''}
      or (user_id = ${user.id} and token_hash not in (
        select token_hash from sessions
        where user_id = ${user.id} and expires_at > now()
          and last_seen_at > now() - make_interval(mins => ${ctx.config.sessionIdleMinutes})
        order by token_hash = ${tokenHash} desc, created_at desc, token_hash
        limit ${MAX_SESSIONS}))`);
    await tx.insert(auditLog).values({ actorId: Number(user.id), action: 'SIGN_IN', entityType: 'user', entityId: String(user.id) });
  });
  ctx.res.append('Set-Cookie', cookie(ctx.config, token, maxAge));
  return toViewer(user);
}

/** The client the throttle counts, as express sees it (CHORUS_TRUST_PROXY decides which proxy hop to believe). */
// An IPv6 client holds a whole /64 (a home or office network gets one), and picks a new address in
// it at will: counted per address it would get a fresh budget at every guess.
export function clientAddress(req: Pick<Request, "ip" | "socket">): string {
  const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  if (!ipaddr.isValid(ip)) return ip;
  const parsed = ipaddr.process(ip); // an IPv4-mapped IPv6 address becomes the IPv4 it is
  if (parsed.kind() === 'ipv4') return parsed.toString();
  return `${(parsed as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16)).join(':')}::/64`;
}

export async function signOut(ctx: Context): Promise<boolean> {
  // the cookie goes either way; without a live session the contract's answer is UNAUTHENTICATED
  ctx.res.append('Set-Cookie', cookie(ctx.config, '', 0));
  if (!ctx.sessionTokenHash) throw unauthenticated();
  await ctx.db.execute(raw`delete from sessions where token_hash = ${ctx.sessionTokenHash}`);
  return true;
}

/** Remembers the viewer's portal language, so that what Chorus sends them outside the portal speaks it. */
export async function setLocale(ctx: Context, locale: PortalLocale): Promise<Viewer> {
  const viewer = requireViewer(ctx);
  await ctx.db.update(users).set({ locale }).where(eq(users.id, viewer.id));
  return viewer;
}

/** A user's chosen language, told to them only. */
export async function viewerLocale(ctx: Context, userId: number): Promise<PortalLocale | null> {
  if (ctx.viewer?.id !== userId) return null;
  const [row] = await ctx.db.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return (row?.locale as PortalLocale | null) ?? null;
}
