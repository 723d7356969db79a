// Score scales and bands exactly as product.md defines them.
import type { NpsGroup } from '@/gql/graphql';

export type ScoreKind = 'NPS' | 'CSAT' | 'CES' | 'LOYALTY';
/** good: promoter / satisfied / easy; bad: needs follow-up (detractor, CSAT 1–2, CES 1–3). */
export type ScoreBand = 'good' | 'neutral' | 'bad';

export const SCALES: Record<ScoreKind, { min: number; max: number }> = {
  NPS: { min: 0, max: 10 },
  CSAT: { min: 1, max: 5 },
  CES: { min: 1, max: 7 },
  LOYALTY: { min: 0, max: 10 },
};

export function scoreBand(kind: ScoreKind, value: number): ScoreBand {
  switch (kind) {
    case 'NPS':
    case 'LOYALTY':
      return value >= 9 ? 'good' : value >= 7 ? 'neutral' : 'bad';
    case 'CSAT':
      return value >= 4 ? 'good' : value === 3 ? 'neutral' : 'bad';
    case 'CES':
      return value >= 5 ? 'good' : value === 4 ? 'neutral' : 'bad';
  }
}

export function npsGroupOf(score: number): NpsGroup {
  return score >= 9 ? 'PROMOTER' : score >= 7 ? 'PASSIVE' : 'DETRACTOR';
}

export interface Scored {
  npsScore?: number | null;
  csatScore?: number | null;
  cesScore?: number | null;
}

/** The score a list shows for an item: its NPS, else CSAT, else CES (the API's SCORE order). */
export function primaryScore(item: Scored): { kind: ScoreKind; value: number } | null {
  if (item.npsScore != null) return { kind: 'NPS', value: item.npsScore };
  if (item.csatScore != null) return { kind: 'CSAT', value: item.csatScore };
  if (item.cesScore != null) return { kind: 'CES', value: item.cesScore };
  return null;
}
