// Rules of the VoC programme that both the demo data and the live API follow, kept in one place.

/** Unhappy by the default SLA policy (product.md): detractors, CSAT 1–2, CES 1–3. */
export function isUnhappy(nps: number | null | undefined, csat: number | null | undefined, ces: number | null | undefined): boolean {
  return (nps != null && nps <= 6) || (csat != null && csat <= 2) || (ces != null && ces <= 3);
}

/** Feedback a person should follow up: an unhappy score, or a complaint or bug report whatever the score. */
export function needsFollowUp(
  nps: number | null | undefined, csat: number | null | undefined, ces: number | null | undefined, category: string,
): boolean {
  return isUnhappy(nps, csat, ces) || category === 'COMPLAINT' || category === 'BUG';
}
