// The dashboard's rollup (schema/rollups.ts, kept by migration 0005's triggers): which grains it holds,
// and the one rebuild, needed when it has never been built or the organisation's time zone changed.
import type { DbHandle } from './client';

/** The rollup's dimension columns, in GROUPING()'s argument order: the first is the highest bit. */
export const ROLLUP_DIMENSIONS = ['department_id', 'product_id', 'region', 'segment', 'channel', 'survey_id'] as const;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

/**
 * The `grouping` value of the grain that keeps exactly these dimensions (the others summed over), or
 * else of the finest grain that answers it: the rollup holds none, each one alone, and all six.
 */
export function rollupGrain(kept: ReadonlySet<RollupDimension>): number {
  if (kept.size > 1 && kept.size < ROLLUP_DIMENSIONS.length) kept = new Set(ROLLUP_DIMENSIONS);
  let bits = 0;
  ROLLUP_DIMENSIONS.forEach((d, i) => {
    if (!kept.has(d)) bits |= 1 << (ROLLUP_DIMENSIONS.length - 1 - i);
  });
  return bits;
}

/**
 * Builds the rollup from the raw rows unless it is already kept in `timeZone`. Writers wait meanwhile
 * (SHARE ROW EXCLUSIVE on feedback and customers), so no change is lost between the rebuild and the
 * triggers taking over; two processes starting together build it once (an advisory lock).
 * Returns whether it rebuilt.
 */
export async function ensureRollups(handle: DbHandle, timeZone: string): Promise<boolean> {
  return handle.sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext('chorus.rollups'))`;
    const [state] = await tx<{ time_zone: string }[]>`select time_zone from rollup_state`;
    if (state?.time_zone === timeZone) return false;
    await tx`lock table feedback, customers in share row exclusive mode`;
    await tx`delete from feedback_rollup`;
    await tx`insert into rollup_state (id, time_zone, built_at) values (true, ${timeZone}, now())
      on conflict (id) do update set time_zone = excluded.time_zone, built_at = excluded.built_at`;
    const [{ statement }] = await tx<{ statement: string }[]>`
      select feedback_rollup_merge(feedback_rollup_rows('feedback', 1, ${timeZone})) as statement`;
    await tx.unsafe(statement);
    // statistics now, so the first trend is planned on the rollup's real size
    await tx`analyze feedback_rollup`;
    return true;
  });
}
