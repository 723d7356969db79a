// The deployment files: they cannot be run here (no Docker engine), so they are read and checked
// for what a real deployment needs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));

  it('names PostgreSQL ≥ 15 with a volume and a health check', () => {
    const pg = compose.services.postgres;
    expect(Number(pg.image.match(/^postgres:(\d+)/)?.[1])).toBeGreaterThanOrEqual(15);
    expect(pg.volumes.some((v: string) => v.endsWith(':/var/lib/postgresql/data'))).toBe(true);
    expect(Object.keys(compose.volumes)).toContain(pg.volumes[0].split(':')[0]);
    expect(pg.healthcheck.test.join(' ')).toMatch(/pg_isready/);
  });

  it('names Chorus, built here, waiting for a healthy database, with the settings a deployment needs', () => {
    const app = compose.services.chorus;
    expect(app.build).toBe('.');
    expect(app.depends_on.postgres.condition).toBe('service_healthy');
    expect(app.environment.DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\/chorus$/);
    expect(app.environment).toMatchObject({ NODE_ENV: 'production', CHORUS_DEMO: 'off', CHORUS_SECURE_COOKIES: 'on' });
    expect(app.healthcheck.test.join(' ')).toMatch(/\/healthz/);
    expect(app.ports[0]).toMatch(/:4000$/);
  });

  it('keeps the database password out of the file', () => {
    const text = readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');
    expect(text).toMatch(/\$\{CHORUS_DB_PASSWORD:\?/);
    expect(compose.services.postgres.environment.POSTGRES_PASSWORD).toMatch(/^\$\{CHORUS_DB_PASSWORD/);
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
  it('builds the portal, runs as a non-root user in production mode with a health check', () => {
    expect(dockerfile).toMatch(/pnpm install --frozen-lockfile/);
    expect(dockerfile).toMatch(/pnpm --filter @chorus\/web build/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/NODE_ENV=production/);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/healthz/m);
  });
});
