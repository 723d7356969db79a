// What Chorus works out about a piece of feedback on arrival when the source does not say: its
// language, sentiment, kind, category, themes, the department it is routed to and whether it needs
// follow-up. Rules, not a model: predictable, explainable, and fast enough for bulk imports.
import { needsFollowUp as followUp, type SlaPolicyRule } from '@chorus/db';
import type { Category, Channel, FeedbackKind, LoopStatus, Sentiment } from '../feedback/feedback.type';

const KIND_OF_CHANNEL: Record<Channel, FeedbackKind> = {
  SURVEY_EMAIL: 'DIRECT', SURVEY_SMS: 'DIRECT', SURVEY_WEB: 'DIRECT', SURVEY_IN_APP: 'DIRECT',
  PHONE_INTERVIEW: 'DIRECT', COMMUNITY: 'DIRECT',
  SUPPORT_TICKET: 'INDIRECT', REVIEW: 'INDIRECT', SOCIAL: 'INDIRECT',
  USAGE: 'DERIVED',
};
export const kindOf = (channel: Channel): FeedbackKind => KIND_OF_CHANNEL[channel];


// Word stems in English, Norwegian and Swedish; matched at the start of words.
const POSITIVE = ['great', 'excellent', 'love', 'happy', 'thank', 'fast', 'easy', 'helpful', 'good', 'perfect',
  'flott', 'fornøyd', 'takk', 'rask', 'enkel', 'hjelpsom', 'bra', 'super', 'glimrende', 'utmerket',
  'nöjd', 'tack', 'snabb', 'enkelt', 'hjälpsam', 'toppen', 'utmärkt', 'fantastisk'];
const NEGATIVE = ['bad', 'terrible', 'slow', 'late', 'broken', 'angry', 'disappoint', 'never', 'worst', 'problem', 'wrong',
  'dårlig', 'treg', 'forsink', 'sen', 'skuff', 'elendig', 'aldri', 'feil', 'problem',
  'dålig', 'långsam', 'försen', 'besvik', 'aldrig', 'fel', 'usel', 'irriter'];
const FEATURE = ['would be nice', 'wish', 'please add', 'feature', 'could you add', 'it would help',
  'ønsker', 'ønske', 'savner', 'hadde vært fint', 'kunne dere', 'funksjon',
  'önskar', 'saknar', 'skulle vara bra', 'kan ni lägga', 'funktion'];
const BUG = ['bug', 'crash', 'error', 'does not work', "doesn't work", 'freez',
  'krasj', 'feilmelding', 'virker ikke', 'fungerer ikke', 'heng',
  'krasch', 'felmeddelande', 'fungerar inte', 'funkar inte', 'hänger sig'];

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
const hits = (tokens: string[], stems: string[]) =>
  stems.filter((s) => !s.includes(' ') && tokens.some((t) => t.startsWith(s))).length;
const phrase = (text: string, phrases: string[]) => phrases.some((p) => text.toLowerCase().includes(p));

export interface Scores { npsScore?: number | null; csatScore?: number | null; cesScore?: number | null }

export function sentimentOf(scores: Scores, text: string | null | undefined): Sentiment | null {
  if (scores.npsScore != null) return scores.npsScore >= 9 ? 'POSITIVE' : scores.npsScore >= 7 ? 'NEUTRAL' : 'NEGATIVE';
  if (scores.csatScore != null) return scores.csatScore >= 4 ? 'POSITIVE' : scores.csatScore === 3 ? 'NEUTRAL' : 'NEGATIVE';
  if (scores.cesScore != null) return scores.cesScore >= 5 ? 'POSITIVE' : scores.cesScore === 4 ? 'NEUTRAL' : 'NEGATIVE';
  if (!text) return null;
  const tokens = words(text);
  const score = hits(tokens, POSITIVE) - hits(tokens, NEGATIVE);
  return score > 0 ? 'POSITIVE' : score < 0 ? 'NEGATIVE' : 'NEUTRAL';
}

export function categoryOf(sentiment: Sentiment | null, text: string | null | undefined): Category {
  if (text) {
    if (phrase(text, BUG) || hits(words(text), BUG) > 0) return 'BUG';
    if (phrase(text, FEATURE)) return 'FEATURE_REQUEST';
    if (text.trim().endsWith('?')) return 'QUESTION';
  }
  if (sentiment === 'POSITIVE') return 'PRAISE';
  if (sentiment === 'NEGATIVE') return 'COMPLAINT';
  return 'OTHER';
}

export interface ThemeKeywords { id: number; name: string; keywords: string[] }

/** Themes whose keywords (word stems) appear in the text. */
export function themesOf(text: string | null | undefined, themes: ThemeKeywords[]): number[] {
  if (!text) return [];
  const tokens = words(text);
  const lower = text.toLowerCase();
  return themes
    .filter((t) => t.keywords.some((k) => (k.includes(' ') ? lower.includes(k) : tokens.some((w) => w.startsWith(k)))))
    .map((t) => t.id);
}

/**
 * Feedback that needs a person to follow up, by the organisation's SLA policies (what is unhappy is
 * theirs to say) and the rule the demo data follows too (db/src/rules.ts).
 */
export const needsFollowUp = (policies: readonly SlaPolicyRule[], scores: Scores, category: Category, departmentId: number | null = null): boolean =>
  followUp(policies, { nps: scores.npsScore, csat: scores.csatScore, ces: scores.cesScore, departmentId, category });

export const loopStatusOf = (policies: readonly SlaPolicyRule[], scores: Scores, category: Category, departmentId: number | null): LoopStatus =>
  needsFollowUp(policies, scores, category, departmentId) ? 'OPEN' : 'NOT_NEEDED';

/**
 * The name of the department a piece of feedback is routed to: what it asks for decides before where
 * it came from. (The caller finds no id when the organisation has no department of that name.)
 */
export function departmentFor(category: Category, channel: Channel, themeNames: string[]): string {
  const themes = themeNames.map((n) => n.toLowerCase());
  if (category === 'FEATURE_REQUEST') return 'Product';
  if (category === 'BUG') return 'IT';
  if (themes.some((t) => t.includes('deliver') || t.includes('lever'))) return 'Operations';
  if (themes.some((t) => t.includes('billing') || t.includes('pricing') || t.includes('invoice'))) return 'Sales';
  if (channel === 'REVIEW' || channel === 'SOCIAL') return 'Marketing';
  return 'Support';
}
