// Every setting Chorus reads, in one place. All come from environment variables.
export interface Config {
  port: number;
  /** the organisation's time zone: periods (quarters…) are local to it */
  timeZone: string;
  /** seed the demo company into an empty database at start */
  demo: boolean;
  production: boolean;
  /** mark the session cookie Secure (set when served over HTTPS, directly or behind a proxy) */
  secureCookies: boolean;
  /** a session ends after this long without a request… */
  sessionIdleMinutes: number;
  /** …and after this long in any case */
  sessionAbsoluteHours: number;
  /** the number of express proxies in front (for req.ip and req.secure) */
  trustProxy: number;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
}

export function loadConfig(env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: int('PORT', 4000),
    timeZone: env.CHORUS_TIME_ZONE || 'Europe/Oslo',
    demo: (env.CHORUS_DEMO ?? 'on') !== 'off',
    production,
    secureCookies: env.CHORUS_SECURE_COOKIES ? env.CHORUS_SECURE_COOKIES === 'on' : false,
    sessionIdleMinutes: int('CHORUS_SESSION_IDLE_MINUTES', 12 * 60),
    sessionAbsoluteHours: int('CHORUS_SESSION_ABSOLUTE_HOURS', 7 * 24),
    trustProxy: int('CHORUS_TRUST_PROXY', 0),
  };
}
