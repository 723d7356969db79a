// Every setting Chorus reads, in one place. All come from environment variables.
export interface Config {
  port: number;
  /** the organisation's time zone: periods (quarters…) are local to it */
  timeZone: string;
  /** seed the demo company into an empty database at start */
  demo: boolean;
  production: boolean;
  /** mark the session cookie Secure: on by default in production, which is served over HTTPS */
  secureCookies: boolean;
  /** a session ends after this long without a request… */
  sessionIdleMinutes: number;
  /** …and after this long in any case */
  sessionAbsoluteHours: number;
  /** the number of proxies in front whose X-Forwarded-* headers express trusts (for client addresses) */
  trustProxy: number;
  /**
   * PostgreSQL cancels any statement of the API's pool running longer than this (0: never). A request
   * gets INTERNAL_SERVER_ERROR instead of holding a connection, and a request whose client has gone
   * stops costing the database by then. Migrations and seeding run on a pool without it.
   */
  statementTimeoutMs: number;
  /** run the background jobs (escalation, digests, email) in this process; any number may, each job runs once */
  jobs: boolean;
  /** smtp(s)://user:pass@host:port: escalations and digests also go by email; unset, in the portal only */
  smtpUrl: string | null;
  /** the From of those emails */
  mailFrom: string;
  /** the portal's address as people open it, for the links in emails */
  publicUrl: string;
  /** a figure computed from fewer responses than this is shown as "too few responses" (product.md) */
  minResponses: number;
}

/** Refuses a time zone the runtime does not know: every period and digest would be wrong, silently. */
function timeZone(name: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
  } catch {
    throw new Error(`CHORUS_TIME_ZONE must be an IANA time zone such as Europe/Oslo, got "${name}"`);
  }
  return name;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
}

export function loadConfig(env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: int(env, 'PORT', 4000),
    timeZone: timeZone(env.CHORUS_TIME_ZONE || 'Europe/Oslo'),
    demo: (env.CHORUS_DEMO ?? 'on') !== 'off',
    production,
    secureCookies: env.CHORUS_SECURE_COOKIES ? env.CHORUS_SECURE_COOKIES === 'on' : production,
    sessionIdleMinutes: int(env, 'CHORUS_SESSION_IDLE_MINUTES', 12 * 60),
    sessionAbsoluteHours: int(env, 'CHORUS_SESSION_ABSOLUTE_HOURS', 7 * 24),
    trustProxy: int(env, 'CHORUS_TRUST_PROXY', 0),
    // every request the portal makes runs in milliseconds; 5 s leaves room for a busy database
    statementTimeoutMs: int(env, 'CHORUS_STATEMENT_TIMEOUT_MS', 5000),
    jobs: (env.CHORUS_JOBS ?? 'on') !== 'off',
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.CHORUS_MAIL_FROM || 'Chorus <chorus@localhost>',
    minResponses: Math.max(1, int(env, 'CHORUS_MIN_RESPONSES', 30)),
    publicUrl: (env.CHORUS_PUBLIC_URL || `http://localhost:${int(env, 'PORT', 4000)}`).replace(/\/+$/, ''),
  };
}
