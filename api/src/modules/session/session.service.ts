// Sign-in, sign-out and the session behind every request (engineering.md's security baseline).
import { createHash, randomBytes } from 'node:crypto';
import { parse as parseCookies, serialize } from 'cookie';
import { sql as raw } from 'drizzle-orm';
import type { Request } from 'express';
import { hashPassword, verifyPassword, type Db } from '@chorus/db';
import { auditLog, sessions } from '@chorus/db/schema';
import type { Config } from '../../config';
import type { Context } from '../../context';
import type { RoleName, Viewer } from '../../shared/auth';
import { unauthenticated } from '../../shared/errors';

export const SESSION_COOKIE = 'chorus_session';
/** failed attempts before the account is locked for LOCK_MINUTES */
const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;
// One answer for an unknown email, a wrong password and a locked account: no way to tell them apart.
const WRONG_CREDENTIALS = 'Wrong email or password.';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

// Verified against when the email is unknown, so both failures take the same time.
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

export async function signIn(ctx: Context, emailInput: string, password: string): Promise<Viewer> {
  const email = emailInput.trim().toLowerCase();
  const [user] = await ctx.db.execute<ViewerRow & { password_hash: string; locked: boolean; disabled: boolean }>(raw`
    select id, name, email, role, department_id, password_hash,
           coalesce(locked_until > now(), false) as locked, disabled_at is not null as disabled
    from users where lower(email) = ${email}`);
  if (!user) {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verifyPassword(await dummyHash, password);
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  const ok = await verifyPassword(user.password_hash, password);
  if (!ok || user.locked || user.disabled) {
    if (!ok) {
      // Counted only while not locked (a lock is not prolonged by more tries), and the count starts
      // afresh once a lock has passed: five tries per lock period.
      await ctx.db.execute(raw`
        update users set
          failed_sign_ins = case when failed_sign_ins + 1 >= ${MAX_FAILURES} then 0 else failed_sign_ins + 1 end,
          locked_until = case when failed_sign_ins + 1 >= ${MAX_FAILURES}
            then now() + make_interval(mins => ${LOCK_MINUTES}) else null end
        where id = ${user.id} and (locked_until is null or locked_until <= now())`);
    }
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  // a fresh token at every sign-in (no session fixation)
  const token = randomBytes(32).toString('base64url');
  const maxAge = ctx.config.sessionAbsoluteHours * 3600;
  await ctx.db.transaction(async (tx) => {
    await tx.execute(raw`update users set failed_sign_ins = 0, locked_until = null where id = ${user.id}`);
    // the session this browser had ends, and so do the user's expired ones
    await tx.execute(raw`delete from sessions where token_hash = ${ctx.sessionTokenHash ?? ''}
      or (user_id = ${user.id} and (expires_at <= now()
        or last_seen_at <= now() - make_interval(mins => ${ctx.config.sessionIdleMinutes})))`);
    await tx.insert(sessions).values({
      tokenHash: sha256(token),
      userId: Number(user.id),
      expiresAt: new Date(Date.now() + maxAge * 1000),
    });
    await tx.insert(auditLog).values({ actorId: Number(user.id), action: 'SIGN_IN', entityType: 'user', entityId: String(user.id) });
  });
  ctx.res.append('Set-Cookie', cookie(ctx.config, token, maxAge));
  return toViewer(user);
}

export async function signOut(ctx: Context): Promise<boolean> {
  // the cookie goes either way; without a live session the contract's answer is UNAUTHENTICATED
  ctx.res.append('Set-Cookie', cookie(ctx.config, '', 0));
  if (!ctx.sessionTokenHash) throw unauthenticated();
  await ctx.db.execute(raw`delete from sessions where token_hash = ${ctx.sessionTokenHash}`);
  return true;
}

/** Ends every session of a user (when disabled, or when the password changes). */
export async function endSessionsOf(db: Db, userId: number): Promise<void> {
  await db.execute(raw`delete from sessions where user_id = ${userId}`);
}

