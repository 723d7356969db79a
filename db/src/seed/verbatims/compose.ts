// Turns a decision ("a Swedish support ticket complaining about invoices, with a bug on the side")
// into text: theme sentences from the language bank, slots filled with believable details, and the
// channel's framing (greeting and sign-off on tickets, @mentions on social, interview notes…).
import { COMPANY } from '../catalog';
import { DRIVERS } from '../names';
import type { Random } from '../random';
import { BANKS } from './index';
import type { Bucket, Lang, LanguageBank, ThemeKey } from './types';

export type Channel =
  | 'SURVEY_EMAIL' | 'SURVEY_SMS' | 'SURVEY_WEB' | 'SURVEY_IN_APP' | 'PHONE_INTERVIEW'
  | 'SUPPORT_TICKET' | 'REVIEW' | 'SOCIAL' | 'COMMUNITY' | 'USAGE';
export type Tone = 'positive' | 'neutral' | 'negative';

/** What the slots of a template are filled with; unknown details are drawn from `rng` on demand. */
export interface SlotValues {
  rng: Random;
  lang: Lang;
  product: string;
  customer: string;
  city: string;
  erp: string;
  version: string;
  /** 0-based month of the item, for "the problems in {month}" (the month before) */
  month: number;
  /** first names of the support team, so praise names real colleagues */
  staff: readonly string[];
  first?: string;
  email?: string;
  phone?: string;
  feature?: string;
  theme?: string;
  mention?: string;
  role?: string;
  body?: string;
  /** the Gothenburg crisis makes delays longer */
  longDelays?: boolean;
}

function amount(rng: Random, lang: Lang): string {
  const n = rng.int(8, 480) * 50;
  const grouped = n >= 1000 ? `${Math.floor(n / 1000)}${lang === 'en' ? ',' : '\u00a0'}${String(n % 1000).padStart(3, '0')}` : String(n);
  return lang === 'en' ? `NOK ${grouped}` : `${grouped} kr`;
}

function slot(key: string, v: SlotValues, bank: LanguageBank): string {
  const { rng } = v;
  switch (key) {
    case 'product': return v.product;
    case 'customer': return v.customer;
    case 'city': return v.city;
    case 'erp': return v.erp;
    case 'version': return v.version;
    case 'company': return COMPANY;
    case 'order': return `NF-${rng.int(40_000_000, 69_999_999)}`;
    case 'invoice': return String(rng.int(2_100_000, 2_899_999));
    case 'days': return String(v.longDelays ? rng.int(3, 9) : rng.int(2, 5));
    case 'hours': return String(rng.int(2, 6));
    case 'count': return String(rng.pick([20, 25, 30, 35, 40, 45]));
    case 'pct': return String(rng.pick([8, 10, 12, 15, 18, 20, 25]));
    case 'weekday': return bank.weekdays[rng.int(1, 5)];
    case 'month': return bank.months[(v.month + 11) % 12];
    case 'staff': return rng.pick(v.staff);
    case 'driver': return rng.pick(DRIVERS[v.lang]);
    case 'amount': return amount(rng, v.lang);
    case 'first': return v.first ?? '';
    case 'email': return v.email ?? '';
    case 'phone': return v.phone ?? '';
    case 'feature': return v.feature ?? '';
    case 'theme': return v.theme ?? '';
    case 'mention': return v.mention ?? '';
    case 'role': return v.role ?? '';
    case 'body': return v.body ?? '';
    default: throw new Error(`unknown slot {${key}}`);
  }
}

export function fill(template: string, v: SlotValues): string {
  const bank = BANKS[v.lang];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => slot(key, v, bank));
}

export function themeSentence(v: SlotValues, theme: ThemeKey, bucket: Bucket): string {
  const sentences = BANKS[v.lang].themes[theme];
  const list = (bucket === 'bug' ? sentences.bug : sentences[bucket]) ?? sentences.complaint;
  return fill(v.rng.pick(list), v);
}

export interface ComposeInput {
  values: SlotValues;
  channel: Channel;
  tone: Tone;
  bucket: Bucket | 'feature';
  primary: ThemeKey | null;
  secondary: ThemeKey | null;
  /** how the secondary theme is spoken of (a passive praises one thing and complains about another) */
  secondaryBucket: Bucket;
  story: 'crisis' | 'app' | 'recovery' | null;
  /** the feature request phrase in this language */
  feature: string | null;
  /** the customer typed an e-mail address or phone number into the text */
  contactLine: 'email' | 'phone' | null;
  hasSignature: boolean;
}

/** The sentences that carry the content, before the channel's framing. */
function body(c: ComposeInput, bank: LanguageBank): string[] {
  const v = c.values;
  const { rng } = v;
  // social posts and reviews are short: the theme sentences and nothing around them
  const short = c.channel === 'SOCIAL' || c.channel === 'REVIEW';
  const extra = (p: number) => !short && rng.chance(p);
  const out: string[] = [];
  if (c.story === 'crisis') {
    out.push(fill(rng.pick(bank.story.crisis), v));
    if (extra(0.45)) out.push(themeSentence(v, 'delivery_delays', 'complaint'));
    if (c.secondary && c.secondary !== 'delivery_delays') out.push(themeSentence(v, c.secondary, 'complaint'));
    if (extra(0.5)) out.push(fill(rng.pick(bank.consequences), v));
    return out;
  }
  if (c.story === 'app') {
    out.push(fill(rng.pick(bank.story.appRelease), v));
    if (extra(0.35)) out.push(themeSentence(v, 'mobile_app', rng.chance(0.5) ? 'bug' : 'complaint'));
    return out;
  }
  if (c.story === 'recovery') {
    out.push(fill(rng.pick(bank.story.recovery), v));
    if (c.primary) out.push(themeSentence(v, c.primary, 'praise'));
    return out;
  }
  if (c.bucket === 'feature') {
    if (c.secondary) out.push(themeSentence(v, c.secondary, 'praise'));
    out.push(fill(rng.pick(bank.featureFrames), { ...v, feature: c.feature ?? '' }));
    if (extra(0.45)) out.push(fill(rng.pick(bank.featureContext), v));
    return out;
  }
  if (c.channel.startsWith('SURVEY') && rng.chance(0.18)) out.push(rng.pick(bank.surveyOpeners[c.tone]));
  // a passive often praises one thing before the complaint
  const secondFirst = c.secondary !== null && c.secondaryBucket === 'praise' && c.bucket !== 'praise';
  if (secondFirst && c.secondary) out.push(themeSentence(v, c.secondary, 'praise'));
  if (c.primary) out.push(themeSentence(v, c.primary, c.bucket));
  if (!secondFirst && c.secondary) out.push(themeSentence(v, c.secondary, c.secondaryBucket));
  if (c.bucket === 'complaint' && c.tone === 'negative' && extra(0.35)) out.push(fill(rng.pick(bank.consequences), v));
  if (c.bucket === 'praise' && extra(0.28)) out.push(rng.pick(bank.positiveClosers));
  return out;
}

/** The verbatim as the customer (or interviewer) wrote it. */
export function composeText(c: ComposeInput): string {
  const v = c.values;
  const { rng } = v;
  const bank = BANKS[v.lang];
  const sentences = body(c, bank);
  if (c.contactLine === 'email' && v.email) sentences.push(fill(rng.pick(bank.contactLines.email), v));
  if (c.contactLine === 'phone' && v.phone) sentences.push(fill(rng.pick(bank.contactLines.phone), v));
  switch (c.channel) {
    case 'SUPPORT_TICKET': {
      const parts: string[] = [];
      if (rng.chance(0.65)) parts.push(rng.pick(bank.greetings));
      let text = sentences.join(' ');
      const signed = c.hasSignature && rng.chance(0.6);
      if (c.bucket === 'question' && !signed && rng.chance(0.3)) text += ` ${bank.questionClosers[0]}`;
      parts.push(text);
      if (signed) parts.push(fill(rng.pick(bank.signOffs), v));
      return parts.join('\n\n');
    }
    case 'COMMUNITY': {
      const asking = c.bucket === 'question' || c.bucket === 'bug';
      const openers = asking ? bank.communityOpeners.question : bank.communityOpeners.general;
      const opener = rng.chance(0.45) ? `${rng.pick(openers)}\n\n` : '';
      const closer = asking && rng.chance(0.6) ? ` ${rng.pick(bank.questionClosers)}` : '';
      return `${opener}${sentences.join(' ')}${closer}`;
    }
    case 'SOCIAL': {
      const mention = rng.chance(0.55) ? `@${COMPANY} ` : '';
      const tags = c.tone === 'positive' ? bank.socialTags.positive : bank.socialTags.negative;
      const tag = rng.chance(0.35) && c.tone !== 'neutral' ? ` ${rng.pick(tags)}` : '';
      return `${mention}${sentences.join(' ')}${tag}`;
    }
    case 'PHONE_INTERVIEW':
      return fill(rng.pick(bank.interviewFrames), { ...v, role: rng.pick(bank.interviewRoles), body: sentences.join(' ') });
    default:
      return sentences.join(' ');
  }
}
