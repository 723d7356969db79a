import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index';

export type Schema = typeof schema;
export type Db = PostgresJsDatabase<Schema>;

export interface DbHandle {
  db: Db;
  /** the raw postgres.js client, for COPY and the few statements drizzle cannot say */
  sql: postgres.Sql;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  max?: number;
  /** called for every statement sent: tests count them to prove loaders batch */
  onQuery?: (query: string) => void;
}

export function createDb(url: string, options: CreateDbOptions = {}): DbHandle {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    debug: options.onQuery ? (_conn, query) => options.onQuery!(query) : undefined,
  });
  const db = drizzle({ client: sql, schema });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}
