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
  /**
   * PostgreSQL's statement_timeout for every connection of this pool, in milliseconds (0 or absent:
   * none). Set by the API for the pool serving requests; migrations, seeding and the CLIs run long
   * statements on purpose and open their pools without it.
   */
  statementTimeoutMs?: number;
  /**
   * false: PostgreSQL's JIT compilation off for this pool. The API's statements are short or, when a
   * report is large, dominated by work JIT does not speed up; compiling them cost a second and more per
   * statement at a million rows (the planner's estimate crosses jit_above_cost and it compiles anyway).
   */
  jit?: boolean;
}

export function createDb(url: string, options: CreateDbOptions = {}): DbHandle {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    debug: options.onQuery ? (_conn, query) => options.onQuery!(query) : undefined,
    // sent in the start-up packet, so it holds from a connection's first statement and survives
    // transactions (a SET inside a rolled-back transaction would be undone)
    connection: {
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      ...(options.jit === false ? { jit: 'off' } : {}),
    },
  });
  const db = drizzle({ client: sql, schema });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}
