// Rules of the VoC programme that both the demo data and the live API follow, kept in one place. The
// response targets and what counts as an unhappy answer are not written here but are data: the rows of
// `sla_policies` (product.md: detractors, CSAT 1–2 and CES 1–3 within 24 hours, the rest within 72, by
// default). These functions read whichever policies they are given: the database's in the API, the
// defaults below in the seed, which stores exactly them.
import { sql, type SQL } from 'drizzle-orm';

/** An SLA policy as the rules read it (a row of sla_policies). */
export interface SlaPolicyRule {
  /** breaks a tie of rank, as the SQL form does */
  id?: number;
  rank: number;
  departmentId?: number | null;
  maxNps: number | null;
  maxCsat: number | null;
  maxCes: number | null;
  targetHours: number;
}

export interface ScoredFeedback {
  nps?: number | null;
  csat?: number | null;
  ces?: number | null;
  departmentId?: number | null;
}

/** The policies a new organisation starts with (the seed and a fresh deployment store these rows). */
export const DEFAULT_SLA_POLICIES = [
  { rank: 1, name: 'Unhappy customers', maxNps: 6, maxCsat: 2, maxCes: 3, targetHours: 24 },
  { rank: 2, name: 'Everyone else', maxNps: null, maxCsat: null, maxCes: null, targetHours: 72 },
] as const satisfies readonly (SlaPolicyRule & { name: string })[];

const hasCeilings = (p: SlaPolicyRule) => p.maxNps !== null || p.maxCsat !== null || p.maxCes !== null;
const atOrBelow = (score: number | null | undefined, ceiling: number | null) => score != null && ceiling !== null && score <= ceiling;

/** A policy matches when its department is the feedback's (or none) and any of its ceilings is met (or it has none). */
export function matchesPolicy(p: SlaPolicyRule, f: ScoredFeedback): boolean {
  if (p.departmentId != null && p.departmentId !== f.departmentId) return false;
  return !hasCeilings(p) || atOrBelow(f.nps, p.maxNps) || atOrBelow(f.csat, p.maxCsat) || atOrBelow(f.ces, p.maxCes);
}

/** The policy that applies: the first by rank (then id) that matches. */
export function policyFor<P extends SlaPolicyRule>(policies: readonly P[], f: ScoredFeedback): P | null {
  return [...policies].sort((a, b) => a.rank - b.rank || (a.id ?? 0) - (b.id ?? 0)).find((p) => matchesPolicy(p, f)) ?? null;
}

/** Unhappy: an answer some policy with score ceilings catches (the catch-all does not make anyone unhappy). */
export function isUnhappy(policies: readonly SlaPolicyRule[], f: ScoredFeedback): boolean {
  return policies.some((p) => hasCeilings(p) && matchesPolicy(p, f));
}

/** Feedback a person should follow up: an unhappy answer, or a complaint or bug report whatever the score. */
export function needsFollowUp(policies: readonly SlaPolicyRule[], f: ScoredFeedback & { category: string }): boolean {
  return isUnhappy(policies, f) || f.category === 'COMPLAINT' || f.category === 'BUG';
}

/**
 * The rules in SQL over a feedback row `f` (an alias or a quoted table name), for set-based work on many
 * rows (the response-time figures, the follow-up queue, the digest): the policies read once are written
 * into the statement as literals, so PostgreSQL evaluates plain comparisons per row (no subquery per
 * row, and a plan it may run in parallel). The TypeScript functions above are the same rule; keep the
 * two side by side.
 */
export function policySql(policies: readonly SlaPolicyRule[], f: string) {
  const col = (name: string) => sql.raw(`${f}.${name}`);
  const matches = (p: SlaPolicyRule): SQL => {
    const department = p.departmentId == null ? sql`true` : sql`${col('department_id')} = ${sql.raw(String(Math.trunc(p.departmentId)))}`;
    const ceilings = ([['nps_score', p.maxNps], ['csat_score', p.maxCsat], ['ces_score', p.maxCes]] as const)
      .filter(([, max]) => max !== null).map(([name, max]) => sql`${col(name)} <= ${sql.raw(String(Math.trunc(max!)))}`);
    return sql`(${department} and ${ceilings.length ? sql`(${sql.join(ceilings, sql` or `)})` : sql`true`})`;
  };
  const ranked = [...policies].sort((a, b) => a.rank - b.rank || (a.id ?? 0) - (b.id ?? 0));
  const unhappy = ranked.filter(hasCeilings).map(matches);
  return {
    /** isUnhappy: some policy with score ceilings matches (null scores compare as unknown, so as no) */
    unhappy: unhappy.length ? sql`coalesce(${sql.join(unhappy, sql` or `)}, false)` : sql`false`,
    /** needsFollowUp: unhappy, or a complaint or a bug */
    needsFollowUp: sql`(${col('category')} in ('COMPLAINT', 'BUG') or ${unhappy.length ? sql`coalesce(${sql.join(unhappy, sql` or `)}, false)` : sql`false`})`,
    /** the target of policyFor, in hours; null when no policy matches */
    targetHours: ranked.length
      ? sql`(case ${sql.join(ranked.map((p) => sql`when coalesce(${matches(p)}, false) then ${sql.raw(String(Math.trunc(p.targetHours)))}`), sql` `)} end)`
      : sql`null::int`,
  };
}
