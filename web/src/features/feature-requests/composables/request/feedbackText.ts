import type { ScoreKind } from '@/shared/scores';

/** Verbatims are read in full on their own page; a list shows their start. */
export function excerpt(text: string | null | undefined, max = 280): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?-]+$/, '')}…`;
}

/** Every score the feedback carries, in the order the portal shows them. */
export function scoresOf(item: { npsScore?: number | null; csatScore?: number | null; cesScore?: number | null }): { kind: ScoreKind; value: number }[] {
  const out: { kind: ScoreKind; value: number }[] = [];
  if (item.npsScore != null) out.push({ kind: 'NPS', value: item.npsScore });
  if (item.csatScore != null) out.push({ kind: 'CSAT', value: item.csatScore });
  if (item.cesScore != null) out.push({ kind: 'CES', value: item.cesScore });
  return out;
}
