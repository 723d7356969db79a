// One piece of feedback: who sent it, through which channel, how they scored, what they wrote, what
// it is about and where it is routed. Every field follows from the ones before it, so scores,
// sentiment, category, themes, text and department always agree with each other.
import { COMPANY, CUSTOMER_APP, DELIVERY, PRODUCTS, THEMES, type DepartmentName, type ProductName } from './catalog';
import type { Refs, SeededContact, SeededCustomer, SeededFeatureRequest, SeededSurvey } from './model';
import { contactLanguage, REGIONS, STORY_REGION } from './names';
import { Random, WeightedTable } from './random';
import { APP_RELEASE_DAY, APP_RELEASE_QUARTER, appBugIntensity, appVersion, crisisIntensity, npsShares, npsTarget } from './story';
import type { NonSurveyChannel, Stream } from './streams';
import { timeOfDay } from './streams';
import type { Calendar, Day } from './time';
import { MINUTE } from './time';
import { usageSignal } from './usage';
import { composeText, type Channel, type SlotValues, type Tone } from './verbatims/compose';
import { BANKS } from './verbatims/index';
import type { Bucket, Lang, ThemeKey } from './verbatims/types';

export type Category = 'PRAISE' | 'COMPLAINT' | 'BUG' | 'FEATURE_REQUEST' | 'QUESTION' | 'OTHER';
export type Sentiment = 'POSITIVE' | 'NEUTRAL' | 'NEGATIVE';
export type Kind = 'DIRECT' | 'INDIRECT' | 'DERIVED';

export interface Item {
  id: number;
  day: Day;
  receivedAt: number;
  channel: Channel;
  kind: Kind;
  category: Category;
  source: string;
  externalId: string;
  customer: SeededCustomer | null;
  contact: SeededContact | null;
  product: ProductName;
  survey: SeededSurvey | null;
  department: DepartmentName;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  repurchase: number | null;
  crossBuy: number | null;
  text: string | null;
  language: Lang | null;
  sentiment: Sentiment;
  tone: Tone;
  themes: ThemeKey[];
  featureRequest: SeededFeatureRequest | null;
  story: 'crisis' | 'app' | 'recovery' | null;
  /** the slot values used for the text, reused for follow-up notes */
  values: SlotValues;
}

/** A detractor who was called back answers the next survey (planned when the call happens). */
export interface RecoveryPlan {
  customer: SeededCustomer;
  contact: SeededContact;
  survey: SeededSurvey;
  theme: ThemeKey | null;
  recovered: boolean;
}

const KIND: Record<Channel, Kind> = {
  SURVEY_EMAIL: 'DIRECT', SURVEY_SMS: 'DIRECT', SURVEY_WEB: 'DIRECT', SURVEY_IN_APP: 'DIRECT', PHONE_INTERVIEW: 'DIRECT', COMMUNITY: 'DIRECT',
  SUPPORT_TICKET: 'INDIRECT', REVIEW: 'INDIRECT', SOCIAL: 'INDIRECT', USAGE: 'DERIVED',
};

// Which products each non-survey channel talks about.
const CHANNEL_PRODUCTS: Record<NonSurveyChannel, Partial<Record<ProductName, number>>> = {
  SUPPORT_TICKET: { 'Nordfrakt Delivery': 40, 'Customer App': 15, 'Route Planner': 12, 'Warehouse Scanner': 10, Invoicing: 15, Analytics: 8 },
  REVIEW: { 'Nordfrakt Delivery': 55, 'Customer App': 30, 'Warehouse Scanner': 5, 'Route Planner': 5, Analytics: 5 },
  SOCIAL: { 'Nordfrakt Delivery': 70, 'Customer App': 25, 'Route Planner': 5 },
  COMMUNITY: { 'Route Planner': 30, Analytics: 22, 'Warehouse Scanner': 18, Invoicing: 12, 'Customer App': 18 },
  PHONE_INTERVIEW: { 'Nordfrakt Delivery': 45, 'Route Planner': 15, Analytics: 15, Invoicing: 10, 'Warehouse Scanner': 15 },
  USAGE: { 'Customer App': 25, 'Route Planner': 25, Analytics: 20, 'Warehouse Scanner': 20, Invoicing: 10 },
};

const TONE_CATEGORIES: Record<Tone, Partial<Record<Category, number>>> = {
  positive: { PRAISE: 0.85, FEATURE_REQUEST: 0.15 },
  neutral: { OTHER: 0.4, FEATURE_REQUEST: 0.28, QUESTION: 0.1, COMPLAINT: 0.16, PRAISE: 0.06 },
  negative: { COMPLAINT: 0.74, BUG: 0.16, QUESTION: 0.05, FEATURE_REQUEST: 0.05 },
};

const BUCKET: Record<Category, Bucket | 'feature'> = {
  PRAISE: 'praise', COMPLAINT: 'complaint', BUG: 'bug', QUESTION: 'question', OTHER: 'mixed', FEATURE_REQUEST: 'feature',
};

const HAS_BUG = new Set(THEMES.filter((t) => BANKS.en.themes[t.key].bug).map((t) => t.key));

/** Per-source counters: ticket numbers and post ids grow over time like the real systems'. */
class SourceIds {
  private counters = new Map<string, number>();
  constructor(private readonly rng: Random) {}

  private next(source: string, start: number, maxStep: number): number {
    const n = (this.counters.get(source) ?? start) + this.rng.int(1, maxStep);
    this.counters.set(source, n);
    return n;
  }

  private alnum(n: number): string {
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let out = '';
    for (let i = 0; i < n; i++) out += chars[this.rng.int(0, chars.length - 1)];
    return out;
  }

  /** [source, external id] for an item. */
  make(channel: Channel, product: ProductName, day: Day): [string, string] {
    switch (channel) {
      case 'SUPPORT_TICKET': return ['zendesk', String(this.next('zendesk', 48_000, 3))];
      case 'PHONE_INTERVIEW': return ['cx-interviews', `INT-${day.year}-${String(this.next(`int-${day.year}`, 0, 1)).padStart(4, '0')}`];
      case 'COMMUNITY': return ['community', `post-${this.next('community', 1_200, 4)}`];
      case 'USAGE': return ['app-telemetry', `sig-${day.key}-${String(this.next(`usage-${day.key}`, 0, 1)).padStart(4, '0')}`];
      case 'SOCIAL': {
        const network = this.rng.weighted(['linkedin', 'facebook', 'x'], [0.45, 0.35, 0.2]);
        return [network, String(7_100_000_000_000 + this.next(network, 0, 50_000) * 1_000 + this.rng.int(0, 999))];
      }
      case 'REVIEW': {
        if (product === DELIVERY) return ['trustpilot', `${this.alnum(16).toLowerCase()}${this.next('trustpilot', 0, 1).toString(16).padStart(8, '0')}`];
        if (product === CUSTOMER_APP || product === 'Warehouse Scanner') {
          const store = this.rng.chance(0.55) ? 'google-play' : 'app-store';
          return [store, `${store === 'app-store' ? '' : 'gp:'}${this.next(store, 9_000_000, 40)}`];
        }
        return ['g2', `g2-${this.next('g2', 700_000, 60)}`];
      }
      default:
        // Qualtrics response ids; the counter suffix keeps them unique however many there are
        return ['qualtrics', `R_${this.alnum(9)}${this.next('qualtrics', 0, 1).toString(36).padStart(6, '0')}`];
    }
  }
}

export class ItemFactory {
  private readonly byProduct = new Map<ProductName, WeightedTable<SeededCustomer>>();
  private readonly highTouch = new Map<ProductName, WeightedTable<SeededCustomer>>();
  private readonly storyCustomers: WeightedTable<SeededCustomer>;
  private readonly staff: string[];
  private readonly ids: SourceIds;
  private readonly releaseIndex: number;
  /**
   * Contacts whose detractor answer nobody followed up, until when it still colours their next NPS
   * answer: a customer nobody called back mostly stays a detractor, which is what makes the recovery
   * rate of followed-up detractors stand out against the rest (product.md).
   */
  private readonly unanswered = new Map<number, number>();

  constructor(private readonly refs: Refs, calendar: Calendar, private readonly rng: Random) {
    for (const product of PRODUCTS) {
      const users = refs.customers.filter((c) => c.products.includes(product));
      this.byProduct.set(product, new WeightedTable(users, users.map((c) => c.weight)));
      const big = users.filter((c) => c.segment !== 'SMB');
      this.highTouch.set(product, big.length ? new WeightedTable(big, big.map((c) => c.weight)) : this.byProduct.get(product)!);
    }
    let story = refs.customers.filter((c) => c.region.name === STORY_REGION && c.products.includes(DELIVERY));
    if (story.length === 0) story = refs.customers.filter((c) => c.products.includes(DELIVERY));
    this.storyCustomers = new WeightedTable(story, story.map((c) => c.weight));
    this.staff = refs.members.get('Support')!.map((u) => u.first);
    this.ids = new SourceIds(Random.derive(rng.int(0, 2 ** 31), 'external-ids'));
    const releaseQuarterStart = calendar.days.findIndex((d) => d.quarter === APP_RELEASE_QUARTER);
    this.releaseIndex = releaseQuarterStart >= 0 ? releaseQuarterStart + APP_RELEASE_DAY : -1_000;
  }

  /** What happened to a detractor answer (called in order, after the item's loop is planned). */
  rememberLoop(item: Item, followedUp: boolean): void {
    if (item.nps === null || item.nps > 6 || !item.contact) return;
    if (followedUp) this.unanswered.delete(item.contact.id);
    else this.unanswered.set(item.contact.id, item.receivedAt + 180 * 86_400_000);
  }

  private values(day: Day, lang: Lang, product: ProductName, customer: SeededCustomer | null, contact: SeededContact | null): SlotValues {
    const region = customer?.region ?? this.rng.pick(REGIONS);
    return {
      rng: this.rng,
      lang,
      // customers speak of the delivery service by the company's name
      product: product === DELIVERY ? COMPANY : product,
      customer: customer?.name ?? '',
      city: this.rng.pick(region.city[lang]),
      erp: customer?.erp ?? 'Visma',
      version: appVersion(day, this.releaseIndex),
      month: day.month,
      staff: this.staff,
      first: contact?.first,
      email: contact?.email,
      phone: contact?.phone ?? undefined,
    };
  }

  private pickTheme(product: ProductName, bucket: Bucket, tone: Tone, exclude: ThemeKey | null, boost?: Partial<Record<ThemeKey, number>>): ThemeKey | null {
    const keys: ThemeKey[] = [];
    const weights: number[] = [];
    for (const t of THEMES) {
      const w = t.products[product] ?? 0;
      if (w <= 0 || t.key === exclude || (bucket === 'bug' && !HAS_BUG.has(t.key))) continue;
      keys.push(t.key);
      weights.push(w * t.tone[tone] * (boost?.[t.key] ?? 1));
    }
    return keys.length ? this.rng.weighted(keys, weights) : null;
  }

  private pickFeatureRequest(product: ProductName, at: number, segment: string | null): SeededFeatureRequest | null {
    const open = this.refs.featureRequests.filter((f) => f.spec.product === product && at >= f.askedFrom && (f.closedAt === null || at < f.closedAt));
    if (open.length === 0) return null;
    return this.rng.weighted(open, open.map((f) => f.spec.demand * (segment === 'ENTERPRISE' ? f.spec.enterprise ?? 1 : 1)));
  }

  private language(customer: SeededCustomer | null, contact: SeededContact | null): Lang {
    if (contact) return contact.language;
    if (customer) return contactLanguage(this.rng, customer.country);
    return this.rng.weighted(['en', 'nb', 'sv'] as const, [0.4, 0.35, 0.25]);
  }

  private score(tone: Tone, metric: 'nps' | 'csat' | 'ces'): number {
    const r = this.rng;
    switch (metric) {
      case 'nps':
        return tone === 'positive' ? r.weighted([10, 9], [0.45, 0.55]) : tone === 'neutral' ? r.weighted([8, 7], [0.55, 0.45])
          : r.weighted([6, 5, 4, 3, 2, 1, 0], [0.3, 0.22, 0.14, 0.1, 0.08, 0.06, 0.1]);
      case 'csat':
        return tone === 'positive' ? r.weighted([5, 4], [0.65, 0.35]) : tone === 'neutral' ? r.weighted([3, 4], [0.5, 0.5]) : r.weighted([1, 2], [0.45, 0.55]);
      case 'ces':
        return tone === 'positive' ? r.weighted([7, 6, 5], [0.4, 0.45, 0.15]) : tone === 'neutral' ? r.weighted([5, 4], [0.35, 0.65])
          : r.weighted([3, 2, 1], [0.4, 0.35, 0.25]);
    }
  }

  private toneFrom(target: number): Tone {
    const { promoter, detractor } = npsShares(target);
    const r = this.rng.next();
    return r < promoter ? 'positive' : r < promoter + detractor ? 'negative' : 'neutral';
  }

  /** A regular item from a stream. */
  make(day: Day, stream: Stream, id: number): Item {
    const r = this.rng;
    let channel: Channel;
    let survey: SeededSurvey | null = null;
    let product: ProductName;
    let story: Item['story'] = null;
    if (stream.kind === 'survey') {
      survey = stream.survey;
      channel = survey.spec.channel;
      product = survey.spec.product;
    } else if (stream.kind === 'crisis') {
      story = 'crisis';
      channel = r.weighted(['SUPPORT_TICKET', 'SOCIAL', 'REVIEW', 'SURVEY_SMS', 'PHONE_INTERVIEW'] as const, [45, 20, 12, 18, 5]);
      product = DELIVERY;
      if (channel === 'SURVEY_SMS') survey = this.refs.surveys.find((s) => s.spec.channel === 'SURVEY_SMS')!;
    } else if (stream.kind === 'app') {
      story = 'app';
      channel = r.weighted(['SURVEY_IN_APP', 'REVIEW', 'SUPPORT_TICKET'] as const, [40, 30, 30]);
      product = CUSTOMER_APP;
      if (channel === 'SURVEY_IN_APP') survey = this.refs.surveys.find((s) => s.spec.channel === 'SURVEY_IN_APP' && s.spec.product === CUSTOMER_APP)!;
    } else {
      channel = stream.channel;
      product = r.fromTable(CHANNEL_PRODUCTS[stream.channel]);
    }

    // who
    const hasCustomer = channel === 'SOCIAL' ? story === 'crisis' || r.chance(0.55) : channel === 'REVIEW' ? story !== null || r.chance(0.65) : true;
    const table = story === 'crisis' ? this.storyCustomers : channel === 'PHONE_INTERVIEW' ? this.highTouch.get(product)! : this.byProduct.get(product)!;
    const customer = hasCustomer ? table.pick(r) : null;
    const contactChance = channel === 'SOCIAL' ? 0 : channel === 'USAGE' ? 0.35 : channel === 'REVIEW' ? 0.45 : 1;
    const contact = customer && customer.contacts.length && r.chance(contactChance)
      ? customer.contacts[r.weightedIndex(customer.contacts.map((_, i) => (i === 0 ? 2 : 1)))] : null;
    const receivedAt = timeOfDay(r, day, channel);
    const [source, externalId] = this.ids.make(channel, product, day);
    const base = { id, day, receivedAt, channel, kind: KIND[channel], source, externalId, customer, contact, product, survey, story, featureRequest: null };

    if (channel === 'USAGE') {
      const values = this.values(day, 'en', product, customer, contact);
      const signal = usageSignal(r, product, values.erp, values.version, appBugIntensity(day) > 0.3);
      return {
        ...base, category: signal.category, department: this.route(signal.category, signal.theme, channel, customer, 'neutral', product, null),
        nps: null, csat: null, ces: null, repurchase: null, crossBuy: null, text: signal.text, language: 'en', sentiment: signal.sentiment,
        tone: signal.sentiment === 'NEGATIVE' ? 'negative' : 'neutral', themes: [signal.theme], values,
      };
    }

    // how they feel
    const target = npsTarget(day, product, customer?.segment ?? null, customer?.region.name ?? null, customer?.temperament ?? 0);
    let tone: Tone;
    let category: Category | null = null;
    if (story === 'crisis') tone = r.chance(0.86) ? 'negative' : 'neutral';
    else if (story === 'app') tone = r.chance(0.9) ? 'negative' : 'neutral';
    else if (channel === 'SUPPORT_TICKET' || channel === 'COMMUNITY') {
      // tickets and forum posts start from what they are (mostly questions and problems), tilted by the mood
      const neg = Math.max(0.4, Math.min(4, npsShares(target).detractor / npsShares(25).detractor));
      const software = product !== DELIVERY;
      category = channel === 'SUPPORT_TICKET'
        ? r.fromTable<Category>({ QUESTION: 36, COMPLAINT: 28 * neg, BUG: (software ? 18 : 4) * Math.sqrt(neg), FEATURE_REQUEST: 6, PRAISE: 7 / neg, OTHER: 5 })
        : r.fromTable<Category>({ QUESTION: 30, FEATURE_REQUEST: 42, BUG: 10 * Math.sqrt(neg), PRAISE: 10 / neg, OTHER: 8 });
      tone = category === 'PRAISE' ? 'positive' : category === 'COMPLAINT' || category === 'BUG' ? 'negative' : 'neutral';
    } else if (channel === 'REVIEW') {
      const { promoter, detractor } = npsShares(target + 5);
      tone = r.weighted(['positive', 'negative', 'neutral'] as const, [promoter * 1.1, detractor * 1.3, (1 - promoter - detractor) * 0.45]);
    } else if (channel === 'SOCIAL') {
      tone = this.toneFrom(target - 25);
    } else {
      const metric = survey?.spec.metric ?? 'nps';
      // transactional questions are answered more kindly than "would you recommend us"
      tone = this.toneFrom(target + (metric === 'csat' ? 38 : metric === 'ces' ? 18 : 0));
      if (metric === 'nps' && contact && (this.unanswered.get(contact.id) ?? 0) > receivedAt && r.chance(0.6)) tone = 'negative';
    }

    // scores
    const metric = survey?.spec.metric ?? (channel === 'PHONE_INTERVIEW' && r.chance(0.5) ? 'nps' : null);
    const nps = metric === 'nps' ? this.score(tone, 'nps') : null;
    const csat = metric === 'csat' ? this.score(tone, 'csat') : null;
    const ces = metric === 'ces' ? this.score(tone, 'ces') : null;
    let repurchase: number | null = null;
    let crossBuy: number | null = null;
    if (nps !== null && survey?.spec.loyalty && r.chance(0.85)) {
      repurchase = Math.max(0, Math.min(10, Math.round(nps + r.normal(0.4, 1.2))));
      crossBuy = Math.max(0, Math.min(10, Math.round(nps - 1.2 + r.normal(0, 1.8))));
    }

    // an answer without a comment: common in surveys, never elsewhere
    if (survey && !story && r.chance(0.07)) {
      return {
        ...base, category: 'OTHER', department: this.route('OTHER', null, channel, customer, tone, product, survey),
        nps, csat, ces, repurchase, crossBuy, text: null, language: null, tone,
        sentiment: tone === 'positive' ? 'POSITIVE' : tone === 'negative' ? 'NEGATIVE' : 'NEUTRAL', themes: [],
        values: this.values(day, 'en', product, customer, contact),
      };
    }

    // what it is about
    if (category === null) {
      if (story === 'crisis') category = tone === 'neutral' ? 'QUESTION' : 'COMPLAINT';
      else if (story === 'app') category = r.chance(0.7) ? 'BUG' : 'COMPLAINT';
      else if (channel === 'SOCIAL' && tone === 'neutral') category = r.chance(0.6) ? 'QUESTION' : 'OTHER';
      else if (channel === 'REVIEW' && tone === 'neutral') category = r.chance(0.6) ? 'OTHER' : 'FEATURE_REQUEST';
      else category = r.fromTable(TONE_CATEGORIES[tone]);
    }
    let featureRequest: SeededFeatureRequest | null = null;
    if (category === 'FEATURE_REQUEST') {
      featureRequest = this.pickFeatureRequest(product, receivedAt, customer?.segment ?? null);
      if (!featureRequest) category = tone === 'positive' ? 'PRAISE' : 'OTHER';
    }
    let bucket: Bucket | 'feature' = BUCKET[category];
    const lang = this.language(customer, contact);
    const values = this.values(day, lang, product, customer, contact);
    const crisisHere = customer?.region.name === STORY_REGION && product === DELIVERY ? crisisIntensity(day) : 0;
    values.longDelays = crisisHere > 0.2;

    let primary: ThemeKey | null;
    let secondary: ThemeKey | null = null;
    let secondaryBucket: Bucket = bucket === 'feature' ? 'praise' : bucket;
    if (story === 'crisis') {
      primary = 'delivery_delays';
      if (r.chance(0.25)) secondary = r.pick(['tracking', 'support_quality'] as const);
    } else if (story === 'app') {
      primary = 'mobile_app';
    } else if (featureRequest) {
      primary = featureRequest.spec.theme;
      if (tone === 'positive') secondary = this.pickTheme(product, 'praise', tone, primary);
    } else {
      // in the story region during the crisis even ordinary complaints are mostly about delays
      const boost = crisisHere > 0 && tone !== 'positive' ? { delivery_delays: 1 + 5 * crisisHere } : undefined;
      primary = this.pickTheme(product, bucket as Bucket, tone, null, boost);
      if (bucket === 'bug' && primary === null) {
        bucket = 'complaint';
        category = 'COMPLAINT';
        primary = this.pickTheme(product, 'complaint', tone, null, boost);
      }
      const mixed = tone === 'neutral' && (bucket === 'complaint' || bucket === 'mixed');
      if (mixed && r.chance(bucket === 'complaint' ? 0.5 : 0.2)) {
        secondaryBucket = 'praise';
        secondary = this.pickTheme(product, 'praise', 'positive', primary);
      } else if ((bucket === 'praise' || bucket === 'complaint') && r.chance(0.3)) {
        secondary = this.pickTheme(product, bucket, tone, primary);
      }
    }
    const signature = channel === 'SUPPORT_TICKET' && contact !== null;
    const typed = contact && channel !== 'SOCIAL' && channel !== 'REVIEW' && r.chance(0.02) ? (contact.phone && r.chance(0.45) ? 'phone' : 'email') : null;
    const text = composeText({
      values, channel, tone, bucket, primary, secondary, secondaryBucket, story,
      feature: featureRequest ? featureRequest.spec.phrase[lang] : null, contactLine: typed, hasSignature: signature,
    });
    const themes = [...new Set([primary, secondary].filter((t): t is ThemeKey => t !== null))];
    const sentiment: Sentiment = category === 'PRAISE' ? 'POSITIVE'
      : category === 'BUG' ? 'NEGATIVE'
        : category === 'COMPLAINT' ? (secondaryBucket === 'praise' && secondary ? 'NEUTRAL' : 'NEGATIVE')
          : category === 'FEATURE_REQUEST' ? (tone === 'positive' ? 'POSITIVE' : 'NEUTRAL')
            : category === 'QUESTION' && tone === 'negative' ? 'NEGATIVE' : 'NEUTRAL';
    return {
      ...base, category, featureRequest, department: this.route(category, primary, channel, customer, tone, product, survey),
      nps, csat, ces, repurchase, crossBuy, text, language: lang, sentiment, tone, themes, values,
    };
  }

  /** The later survey answer of a detractor who was contacted: mostly no longer a detractor. */
  makeRecovery(day: Day, plan: RecoveryPlan, id: number): Item {
    const r = this.rng;
    const { survey, customer, contact } = plan;
    const channel = survey.spec.channel;
    const product = survey.spec.product;
    const tone: Tone = plan.recovered ? (r.chance(0.55) ? 'positive' : 'neutral') : 'negative';
    const nps = this.score(tone, 'nps');
    const [source, externalId] = this.ids.make(channel, product, day);
    const lang = contact.language;
    const values = this.values(day, lang, product, customer, contact);
    const theme = plan.theme ?? this.pickTheme(product, 'praise', 'positive', null);
    let text: string;
    let themes: ThemeKey[];
    let category: Category;
    if (plan.recovered) {
      text = composeText({ values, channel, tone, bucket: 'praise', primary: theme, secondary: null, secondaryBucket: 'praise', story: 'recovery', feature: null, contactLine: null, hasSignature: false });
      themes = theme ? [theme] : [];
      category = 'PRAISE';
    } else {
      const t = plan.theme ?? this.pickTheme(product, 'complaint', 'negative', null);
      text = composeText({ values, channel, tone, bucket: 'complaint', primary: t, secondary: null, secondaryBucket: 'complaint', story: null, feature: null, contactLine: null, hasSignature: false });
      themes = t ? [t] : [];
      category = 'COMPLAINT';
    }
    const loyal = survey.spec.loyalty === true;
    return {
      id, day, receivedAt: timeOfDay(r, day, channel), channel, kind: 'DIRECT', category, source, externalId, customer, contact, product, survey,
      department: this.route(category, themes[0] ?? null, channel, customer, tone, product, survey),
      nps, csat: null, ces: null,
      repurchase: loyal ? Math.max(0, Math.min(10, nps + r.int(-1, 1))) : null,
      crossBuy: loyal ? Math.max(0, Math.min(10, nps - r.int(0, 2))) : null,
      text, language: lang, sentiment: plan.recovered ? 'POSITIVE' : 'NEGATIVE',
      tone, themes, featureRequest: null, story: 'recovery', values,
    };
  }

  /** Where the item lands: the department that can act on it. */
  private route(category: Category, theme: ThemeKey | null, channel: Channel, customer: SeededCustomer | null, tone: Tone, product: ProductName, survey: SeededSurvey | null): DepartmentName {
    if (category === 'FEATURE_REQUEST') return 'Product';
    if (category === 'BUG') {
      return product === 'Warehouse Scanner' || product === 'Invoicing' || theme === 'integrations' || theme === 'performance' ? 'IT' : 'Product';
    }
    // a large account unhappy in the relationship survey is escalated to management
    if (customer && customer.segment === 'ENTERPRISE' && customer.revenue > 12_000_000 && tone === 'negative' && survey?.spec.type === 'RELATIONAL') return 'Management';
    if ((channel === 'SOCIAL' || channel === 'REVIEW') && category === 'PRAISE') return 'Marketing';
    switch (theme) {
      case 'delivery_delays': case 'damaged_parcels': case 'staff_friendliness': return 'Operations';
      case 'tracking': return channel === 'SUPPORT_TICKET' ? 'Support' : 'Operations';
      case 'billing': case 'pricing': return 'Sales';
      case 'support_quality': case 'onboarding': return 'Support';
      case 'performance': case 'integrations': return 'IT';
      case 'mobile_app': case 'reporting': case 'usability': case 'documentation':
        return channel === 'SUPPORT_TICKET' && category === 'QUESTION' ? 'Support' : 'Product';
      default:
        if (channel === 'SOCIAL' || channel === 'REVIEW') return 'Marketing';
        if (survey?.spec.type === 'RELATIONAL' && customer && customer.segment !== 'SMB') return 'Sales';
        return 'Support';
    }
  }
}

/** Ingestion lag between the source system and Chorus. */
export function createdAt(item: Item, rng: Random): number {
  return item.receivedAt + rng.int(1, 40) * MINUTE;
}
