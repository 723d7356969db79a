import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import type { DbHandle } from './client';
import { refreshDerivedText } from './derived/refresh';

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');

/**
 * Applies the committed migrations, then brings derived text (masked verbatims, rendered markdown) up
 * to the current rules; safe to run at every start (already-applied and current ones are skipped).
 */
export async function runMigrations(handle: DbHandle, log?: (line: string) => void): Promise<void> {
  await migrate(handle.db, { migrationsFolder });
  await refreshDerivedText(handle.sql, log);
}
