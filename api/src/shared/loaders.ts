// Per-request DataLoaders: every nested field that reads the database batches through one of these.
import DataLoader from 'dataloader';
import { inArray, type Column } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@chorus/db';

/** Loads rows of `table` by primary key `id`, one `where id in (…)` per tick. */
export function byIdLoader<T extends PgTable & { id: Column }>(db: Db, table: T) {
  return new DataLoader<number, T['$inferSelect'] | null>(async (ids) => {
    const rows = (await db.select().from(table as PgTable).where(inArray(table.id, ids as number[]))) as (T['$inferSelect'] & { id: number })[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Groups rows fetched for many keys into one list per key, in the keys' order. */
export function groupBy<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
