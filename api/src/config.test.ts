import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  it('has working defaults for a developer', () => {
    expect(loadConfig({})).toMatchObject({ port: 4000, timeZone: 'Europe/Oslo', demo: true, production: false, secureCookies: false });
  });

  it('makes the session cookie Secure in production unless told otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).secureCookies).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', CHORUS_SECURE_COOKIES: 'off' }).secureCookies).toBe(false);
    expect(loadConfig({ CHORUS_DEMO: 'off', CHORUS_TIME_ZONE: 'Europe/Stockholm', PORT: '8080' }))
      .toMatchObject({ demo: false, timeZone: 'Europe/Stockholm', port: 8080 });
  });

  it('gives the API a statement timeout of 5 s unless told otherwise (0: none)', () => {
    expect(loadConfig({}).statementTimeoutMs).toBe(5000);
    expect(loadConfig({ CHORUS_STATEMENT_TIMEOUT_MS: '250' }).statementTimeoutMs).toBe(250);
    expect(loadConfig({ CHORUS_STATEMENT_TIMEOUT_MS: '0' }).statementTimeoutMs).toBe(0);
    expect(() => loadConfig({ CHORUS_STATEMENT_TIMEOUT_MS: '5s' })).toThrow('CHORUS_STATEMENT_TIMEOUT_MS must be a whole number, got "5s"');
  });

  it('refuses a time zone the runtime does not know, and reads the jobs, email and minimum-responses settings', () => {
    expect(() => loadConfig({ CHORUS_TIME_ZONE: 'Europe/Gothenburg' })).toThrow('CHORUS_TIME_ZONE must be an IANA time zone such as Europe/Oslo, got "Europe/Gothenburg"');
    expect(loadConfig({})).toMatchObject({ jobs: true, smtpUrl: null, minResponses: 30, publicUrl: 'http://localhost:4000' });
    expect(loadConfig({ CHORUS_JOBS: 'off', SMTP_URL: 'smtp://mail:587', CHORUS_MIN_RESPONSES: '50', CHORUS_PUBLIC_URL: 'https://voc.example.no/' }))
      .toMatchObject({ jobs: false, smtpUrl: 'smtp://mail:587', minResponses: 50, publicUrl: 'https://voc.example.no' });
  });

  it('names a setting that is not a number', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT must be a whole number, got "eighty"');
  });
});
