// The fixed cast of the demo: Nordfrakt, a Nordic delivery company that also sells the software its
// business customers run their shipping on. Departments, people, products, surveys, themes and SLA
// policies are hand-written so the demo reads like one real company.
import type { Lang, ThemeKey } from './verbatims/types';

export const COMPANY = 'Nordfrakt';

/** Every demo user signs in with this (api-contract.md). */
export const DEMO_PASSWORD = 'chorus-demo';

export const DEPARTMENTS = ['Support', 'Sales', 'Product', 'Marketing', 'IT', 'Operations', 'Management'] as const;
export type DepartmentName = (typeof DEPARTMENTS)[number];

export type Role = 'EMPLOYEE' | 'LEAD' | 'EXECUTIVE' | 'ADMIN';

export interface UserSpec {
  name: string;
  /** defaults to firstname.lastname@chorus.demo */
  email?: string;
  role: Role;
  department: DepartmentName;
  locale: Lang;
}

// The five demo accounts of the API contract come first; every department has exactly one LEAD.
export const USERS: readonly UserSpec[] = [
  { name: 'Ingrid Haugen', email: 'admin@chorus.demo', role: 'ADMIN', department: 'Management', locale: 'nb' },
  { name: 'Erik Lindqvist', email: 'exec@chorus.demo', role: 'EXECUTIVE', department: 'Management', locale: 'sv' },
  { name: 'Maria Solberg', email: 'lead.support@chorus.demo', role: 'LEAD', department: 'Support', locale: 'nb' },
  { name: 'Johan Nyström', email: 'lead.product@chorus.demo', role: 'LEAD', department: 'Product', locale: 'sv' },
  { name: 'Sofie Berg', email: 'employee@chorus.demo', role: 'EMPLOYEE', department: 'Sales', locale: 'nb' },
  { name: 'Kristin Aasen', role: 'EXECUTIVE', department: 'Management', locale: 'nb' },
  { name: 'Magnus Ekström', role: 'LEAD', department: 'Management', locale: 'sv' },
  { name: 'Thomas Nygaard', role: 'LEAD', department: 'Sales', locale: 'nb' },
  { name: 'Kari Nordli', role: 'LEAD', department: 'Marketing', locale: 'nb' },
  { name: 'Andreas Lunde', role: 'LEAD', department: 'IT', locale: 'nb' },
  { name: 'Per Gustafsson', role: 'LEAD', department: 'Operations', locale: 'sv' },
  { name: 'Anna Bergström', role: 'EMPLOYEE', department: 'Support', locale: 'sv' },
  { name: 'Jonas Dahl', role: 'EMPLOYEE', department: 'Support', locale: 'nb' },
  { name: 'Sara Holm', role: 'EMPLOYEE', department: 'Support', locale: 'sv' },
  { name: 'Henrik Moe', role: 'EMPLOYEE', department: 'Support', locale: 'nb' },
  { name: 'Elin Sandberg', role: 'EMPLOYEE', department: 'Support', locale: 'sv' },
  { name: 'Sander Myhre', role: 'EMPLOYEE', department: 'Support', locale: 'nb' },
  { name: 'Camilla Strand', role: 'EMPLOYEE', department: 'Support', locale: 'nb' },
  { name: 'Oskar Lund', role: 'EMPLOYEE', department: 'Support', locale: 'sv' },
  { name: 'Eva Johansson', role: 'EMPLOYEE', department: 'Support', locale: 'sv' },
  { name: 'Emma Karlsson', role: 'EMPLOYEE', department: 'Sales', locale: 'sv' },
  { name: 'Fredrik Holmberg', role: 'EMPLOYEE', department: 'Sales', locale: 'sv' },
  { name: 'Nora Bakken', role: 'EMPLOYEE', department: 'Sales', locale: 'nb' },
  { name: 'Lucas Engström', role: 'EMPLOYEE', department: 'Sales', locale: 'en' },
  { name: 'Ida Rasmussen', role: 'EMPLOYEE', department: 'Product', locale: 'nb' },
  { name: 'Viktor Sjöberg', role: 'EMPLOYEE', department: 'Product', locale: 'sv' },
  { name: 'Hanna Lie', role: 'EMPLOYEE', department: 'Product', locale: 'nb' },
  { name: 'Mathias Vik', role: 'EMPLOYEE', department: 'Product', locale: 'en' },
  { name: 'Linnea Forsberg', role: 'EMPLOYEE', department: 'Product', locale: 'sv' },
  { name: 'Wilma Hedlund', role: 'EMPLOYEE', department: 'Marketing', locale: 'sv' },
  { name: 'Martin Eide', role: 'EMPLOYEE', department: 'Marketing', locale: 'nb' },
  { name: 'Peter Wallin', role: 'EMPLOYEE', department: 'IT', locale: 'sv' },
  { name: 'Mona Kristiansen', role: 'EMPLOYEE', department: 'IT', locale: 'nb' },
  { name: 'Daniel Åberg', role: 'EMPLOYEE', department: 'IT', locale: 'en' },
  { name: 'Siri Tangen', role: 'EMPLOYEE', department: 'IT', locale: 'nb' },
  { name: 'Lars Haugland', role: 'EMPLOYEE', department: 'Operations', locale: 'nb' },
  { name: 'Karin Olofsson', role: 'EMPLOYEE', department: 'Operations', locale: 'sv' },
  { name: 'Ole Brekke', role: 'EMPLOYEE', department: 'Operations', locale: 'nb' },
  { name: 'Maja Lindgren', role: 'EMPLOYEE', department: 'Operations', locale: 'sv' },
  { name: 'Tobias Fagerlund', role: 'EMPLOYEE', department: 'Operations', locale: 'sv' },
];

export const PRODUCTS = ['Nordfrakt Delivery', 'Customer App', 'Route Planner', 'Warehouse Scanner', 'Invoicing', 'Analytics'] as const;
export type ProductName = (typeof PRODUCTS)[number];
export const DELIVERY: ProductName = 'Nordfrakt Delivery';
export const CUSTOMER_APP: ProductName = 'Customer App';

export type Metric = 'nps' | 'csat' | 'ces';
export type SurveyChannel = 'SURVEY_EMAIL' | 'SURVEY_SMS' | 'SURVEY_WEB' | 'SURVEY_IN_APP';

export interface SurveySpec {
  name: string;
  type: 'RELATIONAL' | 'TRANSACTIONAL' | 'IN_THE_MOMENT';
  channel: SurveyChannel;
  product: ProductName;
  metric: Metric;
  /** share of all feedback, in percent */
  share: number;
  /** responses ÷ invitations, before noise and the slow improvement over the window */
  responseRate: number;
  /** relational surveys go out in a wave at the start of each quarter, staggered by this many days */
  waveOffset?: number;
  /** relational surveys also ask the two other loyalty questions (for the CLI) */
  loyalty?: boolean;
}

export const SURVEYS: readonly SurveySpec[] = [
  { name: 'Relationship NPS – Nordfrakt Delivery', type: 'RELATIONAL', channel: 'SURVEY_EMAIL', product: 'Nordfrakt Delivery', metric: 'nps', share: 10, responseRate: 0.21, waveOffset: 8, loyalty: true },
  { name: 'Relationship NPS – Route Planner', type: 'RELATIONAL', channel: 'SURVEY_EMAIL', product: 'Route Planner', metric: 'nps', share: 3.5, responseRate: 0.24, waveOffset: 15, loyalty: true },
  { name: 'Relationship NPS – Warehouse Scanner', type: 'RELATIONAL', channel: 'SURVEY_EMAIL', product: 'Warehouse Scanner', metric: 'nps', share: 3, responseRate: 0.2, waveOffset: 22, loyalty: true },
  { name: 'Relationship NPS – Invoicing', type: 'RELATIONAL', channel: 'SURVEY_WEB', product: 'Invoicing', metric: 'nps', share: 3, responseRate: 0.19, waveOffset: 29, loyalty: true },
  { name: 'Relationship NPS – Analytics', type: 'RELATIONAL', channel: 'SURVEY_WEB', product: 'Analytics', metric: 'nps', share: 2.5, responseRate: 0.2, waveOffset: 36, loyalty: true },
  { name: 'Customer App – how likely to recommend', type: 'IN_THE_MOMENT', channel: 'SURVEY_IN_APP', product: 'Customer App', metric: 'nps', share: 6, responseRate: 0.36 },
  { name: 'Post-delivery CSAT (SMS)', type: 'TRANSACTIONAL', channel: 'SURVEY_SMS', product: 'Nordfrakt Delivery', metric: 'csat', share: 8, responseRate: 0.29 },
  { name: 'Support ticket CSAT – Delivery', type: 'TRANSACTIONAL', channel: 'SURVEY_EMAIL', product: 'Nordfrakt Delivery', metric: 'csat', share: 4.5, responseRate: 0.27 },
  { name: 'Support ticket CSAT – Customer App', type: 'TRANSACTIONAL', channel: 'SURVEY_EMAIL', product: 'Customer App', metric: 'csat', share: 2.5, responseRate: 0.25 },
  { name: 'Booking effort (CES)', type: 'TRANSACTIONAL', channel: 'SURVEY_WEB', product: 'Nordfrakt Delivery', metric: 'ces', share: 3.5, responseRate: 0.22 },
  { name: 'Invoice query effort (CES)', type: 'TRANSACTIONAL', channel: 'SURVEY_EMAIL', product: 'Invoicing', metric: 'ces', share: 1.5, responseRate: 0.19 },
  { name: 'Scanner check-in effort (CES)', type: 'IN_THE_MOMENT', channel: 'SURVEY_IN_APP', product: 'Warehouse Scanner', metric: 'ces', share: 2.5, responseRate: 0.39 },
  { name: 'Was this report helpful? (CSAT)', type: 'IN_THE_MOMENT', channel: 'SURVEY_IN_APP', product: 'Analytics', metric: 'csat', share: 2.5, responseRate: 0.33 },
];

export interface ThemeSpec {
  key: ThemeKey;
  name: string;
  /**
   * Lower-case word stems in English, Norwegian and Swedish. A keyword tags a text when a word of it
   * starts with the keyword. Short stems that are common words in another of the languages (nb "seg",
   * sv "bud") are left out on purpose.
   */
  keywords: string[];
  /** how often the theme comes up for each product (0 = never) */
  products: Partial<Record<ProductName, number>>;
  /** how much more often it comes up in praise, mixed and negative feedback */
  tone: { positive: number; neutral: number; negative: number };
}

export const THEMES: readonly ThemeSpec[] = [
  {
    key: 'delivery_delays', name: 'Delivery delays',
    keywords: ['delay', 'late', 'overdue', 'punctual', 'forsink', 'leveringstid', 'punktlig', 'försen', 'leveranstid', 'dröj'],
    products: { 'Nordfrakt Delivery': 10, 'Customer App': 0.6 }, tone: { positive: 0.7, neutral: 1, negative: 2.4 },
  },
  {
    key: 'damaged_parcels', name: 'Damaged or lost parcels',
    keywords: ['damag', 'broken', 'lost', 'crushed', 'skade', 'skadd', 'knust', 'mistet', 'forsvunn', 'skad', 'trasig', 'förstör', 'försvunn', 'krossad'],
    products: { 'Nordfrakt Delivery': 5 }, tone: { positive: 0.4, neutral: 0.8, negative: 1.6 },
  },
  {
    key: 'tracking', name: 'Tracking & notifications',
    keywords: ['track', 'notif', 'sporing', 'spore', 'varsel', 'varsl', 'spårning', 'spåra', 'avisering', 'notis'],
    products: { 'Nordfrakt Delivery': 4, 'Customer App': 5 }, tone: { positive: 1, neutral: 1, negative: 1 },
  },
  {
    key: 'billing', name: 'Billing & invoices',
    keywords: ['invoic', 'bill', 'charged', 'credit', 'faktur', 'belast', 'kreditnota', 'debiter'],
    products: { Invoicing: 10, 'Nordfrakt Delivery': 1.5 }, tone: { positive: 0.8, neutral: 1, negative: 1.3 },
  },
  {
    key: 'pricing', name: 'Pricing',
    keywords: ['price', 'pricing', 'expensive', 'cost', 'pris', 'dyr', 'kostnad', 'gebyr', 'avgift'],
    products: { 'Nordfrakt Delivery': 3, Invoicing: 1.5, 'Route Planner': 1.5, Analytics: 1.5, 'Warehouse Scanner': 1, 'Customer App': 0.4 },
    tone: { positive: 0.5, neutral: 1.4, negative: 1.1 },
  },
  {
    key: 'onboarding', name: 'Onboarding',
    keywords: ['onboard', 'setup', 'training', 'oppstart', 'opplæring', 'oppsett', 'innføring', 'uppstart', 'utbildning', 'introduktion', 'igång'],
    products: { 'Route Planner': 3, 'Warehouse Scanner': 3, Analytics: 2.5, Invoicing: 1.5, 'Customer App': 0.6 },
    tone: { positive: 1, neutral: 1, negative: 0.9 },
  },
  {
    key: 'mobile_app', name: 'Mobile app',
    keywords: ['app', 'mobile', 'iphone', 'android', 'crash', 'mobil', 'krasj', 'krasch'],
    products: { 'Customer App': 10, 'Warehouse Scanner': 5 }, tone: { positive: 1, neutral: 1, negative: 1.2 },
  },
  {
    key: 'performance', name: 'Performance & reliability',
    keywords: ['slow', 'performance', 'downtime', 'outage', 'timeout', 'freez', 'treg', 'ytelse', 'nedetid', 'henger', 'ustabil', 'långsam', 'segt', 'prestanda', 'driftstörning', 'hänger', 'instabil'],
    products: { 'Route Planner': 3.5, Analytics: 3, 'Customer App': 2, 'Warehouse Scanner': 2.5, Invoicing: 1.5 },
    tone: { positive: 0.5, neutral: 1, negative: 1.4 },
  },
  {
    key: 'integrations', name: 'Integrations & API',
    keywords: ['integrat', 'api', 'webhook', 'erp', 'visma', 'fortnox', 'tripletex', 'integrasjon'],
    products: { 'Route Planner': 3, Invoicing: 3, Analytics: 2.5, 'Warehouse Scanner': 2 }, tone: { positive: 0.8, neutral: 1.2, negative: 1 },
  },
  {
    key: 'reporting', name: 'Reporting & analytics',
    keywords: ['report', 'dashboard', 'export', 'statistic', 'rapport', 'dashbord', 'eksport', 'statistikk', 'statistik'],
    products: { Analytics: 10, 'Route Planner': 2, Invoicing: 1.5 }, tone: { positive: 1, neutral: 1.2, negative: 0.9 },
  },
  {
    key: 'usability', name: 'Usability',
    keywords: ['usab', 'intuitive', 'confus', 'clunky', 'interface', 'brukervennl', 'intuitiv', 'forvirr', 'tungvin', 'knotete', 'grensesnitt', 'användarvänl', 'krånglig', 'rörig', 'förvirr', 'gränssnitt'],
    products: { 'Customer App': 3, 'Route Planner': 3, Analytics: 2, 'Warehouse Scanner': 2, Invoicing: 2.5 },
    tone: { positive: 1.2, neutral: 1.1, negative: 0.9 },
  },
  {
    key: 'documentation', name: 'Documentation',
    keywords: ['documentation', 'guide', 'manual', 'tutorial', 'dokumentasjon', 'veiledning', 'brukerveiledning', 'hjelpeside', 'dokumentation', 'instruktion', 'handledning', 'hjälpsid'],
    products: { 'Route Planner': 1.5, Analytics: 1.5, 'Warehouse Scanner': 1.5, Invoicing: 0.8 }, tone: { positive: 0.7, neutral: 1.2, negative: 0.9 },
  },
  {
    key: 'support_quality', name: 'Support quality',
    keywords: ['support', 'helpdesk', 'kundeservice', 'kundestøtte', 'brukerstøtte', 'kundtjänst', 'kundservice'],
    products: { 'Nordfrakt Delivery': 2.5, 'Customer App': 2, 'Route Planner': 2, 'Warehouse Scanner': 2, Invoicing: 2, Analytics: 2 },
    tone: { positive: 1.6, neutral: 1, negative: 1 },
  },
  {
    key: 'staff_friendliness', name: 'Driver & staff friendliness',
    keywords: ['driver', 'friendly', 'unfriendly', 'polite', 'rude', 'courier', 'sjåfør', 'hyggelig', 'vennlig', 'høflig', 'uhøflig', 'frekk', 'chaufför', 'trevlig', 'vänlig', 'otrevlig', 'artig', 'oartig', 'budbil'],
    products: { 'Nordfrakt Delivery': 4 }, tone: { positive: 2.2, neutral: 0.8, negative: 0.7 },
  },
];

export const THEME_BY_KEY = new Map(THEMES.map((t) => [t.key, t]));

/** Tokenises like the keyword rule expects: words of letters and digits, lower-cased. */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** True when a word of `text` starts with one of the theme's keywords. */
export function matchesTheme(text: string, theme: ThemeSpec): boolean {
  const ws = words(text);
  return theme.keywords.some((k) => ws.some((w) => w.startsWith(k)));
}

