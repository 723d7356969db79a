// A database of its own for a test file: a copy of the migrated template, dropped afterwards.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { createDb, type CreateDbOptions, type DbHandle } from '../client';
import './provided';

export interface TestDatabase extends DbHandle {
  url: string;
  name: string;
  /** closes the connections and drops the database */
  drop(): Promise<void>;
}

export async function createTestDatabase(options: CreateDbOptions = {}): Promise<TestDatabase> {
  const adminUrl = inject('chorusAdminUrl');
  const template = inject('chorusTemplate');
  const name = `chorus_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const handle = createDb(url, options);
  return {
    ...handle,
    url,
    name,
    async drop() {
      await handle.close();
      const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
export { XSS_VECTORS } from '../derived/xss-vectors';
