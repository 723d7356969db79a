// The shape of a language's text bank. Every language has the same keys, so any feedback can be
// written in any of the three; a test checks that every theme sentence contains one of its theme's
// keywords, which is what keeps the seeded themes and the API's keyword tagging in agreement.

export type Lang = 'en' | 'nb' | 'sv';
export const LANGS: readonly Lang[] = ['en', 'nb', 'sv'];

export const THEME_KEYS = [
  'delivery_delays',
  'damaged_parcels',
  'tracking',
  'billing',
  'pricing',
  'onboarding',
  'mobile_app',
  'performance',
  'integrations',
  'reporting',
  'usability',
  'documentation',
  'support_quality',
  'staff_friendliness',
] as const;
export type ThemeKey = (typeof THEME_KEYS)[number];

/** What a sentence does: praise, complain, a bit of both, ask, or report a defect. */
export type Bucket = 'praise' | 'complaint' | 'mixed' | 'question' | 'bug';

export interface ThemeSentences {
  praise: string[];
  complaint: string[];
  mixed: string[];
  question: string[];
  /** only themes where software can break */
  bug?: string[];
}

/**
 * Templates use {slots}: {product} {order} {days} {staff} {driver} {weekday} {city} {amount}
 * {version} {hours} {count} {month} {invoice} {erp} {company} {first} {customer} {pct} {from} {to}
 * {feature} {email} {phone} {role} {body} {theme} {mention}.
 */
export interface LanguageBank {
  themes: Record<ThemeKey, ThemeSentences>;
  story: {
    /** the Gothenburg terminal crisis: delivery delays in Västra Götaland */
    crisis: string[];
    /** the Customer App 5.0 release that crashed */
    appRelease: string[];
    /** a detractor who was contacted answers again (followed by a praise sentence) */
    recovery: string[];
  };
  surveyOpeners: { positive: string[]; neutral: string[]; negative: string[] };
  positiveClosers: string[];
  /** what the problem costs the customer; follows a complaint */
  consequences: string[];
  greetings: string[];
  signOffs: string[];
  communityOpeners: { general: string[]; question: string[] };
  /** the first is polite enough for a support ticket; the others suit a forum */
  questionClosers: string[];
  socialTags: { positive: string[]; negative: string[] };
  /** phone interview notes wrapped around the customer's words ({body}) */
  interviewFrames: string[];
  interviewRoles: string[];
  /** "It would be great to be able to {feature}." */
  featureFrames: string[];
  featureContext: string[];
  contactLines: { email: string[]; phone: string[] };
  weekdays: string[];
  months: string[];
  /** Closing the loop, written by the team in its own language */
  actionTitles: string[];
  followUp: {
    internal: string[];
    phone: string[];
    email: string[];
    meeting: string[];
    /** closing note without contacting the customer again */
    resolved: string[];
    /** closing after checking with the customer */
    confirmed: { phone: string[]; email: string[] };
    unreachable: string[];
    /** closed in a backlog review: nobody reached the customer in time */
    stale: string[];
  };
  feedbackComments: string[];
  ideaComments: string[];
  ideaReasons: { declined: string[]; underReview: string[]; accepted: string[]; inProgress: string[]; implemented: string[] };
  /** theme names in this language, for titles */
  themeLabels: Record<ThemeKey, string>;
}
