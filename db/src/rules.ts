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
 * matchesPolicy in SQL, for set-based figures over many rows (the response-time module): `p` and `f`
 * are the aliases of an sla_policies row and a feedback row. The two forms are the one rule; keep them
 * side by side.
 */
export const policyMatchesSql = (p: string, f: string): SQL => sql.raw(`((${p}.department_id is null or ${p}.department_id = ${f}.department_id)
  and ((${p}.max_nps is null and ${p}.max_csat is null and ${p}.max_ces is null)
    or ${f}.nps_score <= ${p}.max_nps or ${f}.csat_score <= ${p}.max_csat or ${f}.ces_score <= ${p}.max_ces))`);

/** isUnhappy in SQL: some policy with score ceilings matches the feedback row `f`. */
export const isUnhappySql = (f: string): SQL => sql`exists (select 1 from sla_policies u
  where (u.max_nps is not null or u.max_csat is not null or u.max_ces is not null) and ${policyMatchesSql('u', f)})`;
