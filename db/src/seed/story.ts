/*
 * THE STORY THE DEMO TELLS
 *
 * Nordfrakt is a Nordic delivery company (parcels and pallets for business customers) that also sells
 * the software its customers ship with: the Customer App, Route Planner, Warehouse Scanner, Invoicing
 * and Analytics. It has run a Voice-of-the-Customer programme for the eight quarters in the window.
 *
 * 1. A slow climb. Company-wide NPS rises from about +15 to about +35 over the eight quarters, and
 *    first-response times shorten, as the follow-up routine matures. Invoicing is the weakest product
 *    (billing complaints), Analytics and Route Planner the strongest; enterprise accounts are the
 *    hardest to please.
 *
 * 2. The Gothenburg terminal crisis (five quarters before the running one). At the start of that
 *    quarter Nordfrakt moved its west-Sweden hub to a new terminal in Gothenburg; the new sorting line
 *    underperformed for weeks. Customers in Västra Götaland saw deliveries arrive days late: their NPS
 *    falls from about +20 to about −30 for that quarter, tickets, social posts and reviews about
 *    "delivery delays" spike (mostly in Swedish, naming the Gothenburg terminal), and complaints are
 *    routed to Operations. Operations is swamped, so first responses are several times slower and
 *    most miss the 24-hour SLA, until the forum's "proactive SMS" idea ships two months in: from then
 *    on response times and SLA attainment recover. Action items and call-backs follow; the region's NPS
 *    recovers to about +5 the next quarter and is back to normal the quarter after. Many detractors who
 *    were called back answer the next survey as passives or promoters; those nobody called mostly stay
 *    detractors (the recovery rate, followed up against not).
 *
 * 3. The Customer App 5.0 release (two quarters ago, about five weeks into the quarter). The redesign
 *    crashed on start for many Android and iPhone users: three weeks of crash reports (BUG feedback on
 *    the "mobile app" theme from in-app surveys, app-store reviews and tickets), an in-app NPS dip, then
 *    5.0.2 fixed it.
 *
 * The functions below are the knobs of that story; the generator asks them about every day and item.
 */
import { CUSTOMER_APP, DELIVERY, type ProductName } from './catalog';
import { STORY_REGION } from './names';
import type { Day } from './time';

export const CRISIS_QUARTER = -5;
/**
 * Day of the crisis quarter the forum's "Proactive SMS when a terminal falls behind" idea shipped:
 * customers heard of delays before they had to complain, Operations' queue shrank, and its response
 * times (and SLA attainment) recovered from then on.
 */
export const SMS_SHIPPED_DAY = 58;
export const APP_RELEASE_QUARTER = -2;
/** day of the quarter the 5.0 release went out */
export const APP_RELEASE_DAY = 34;
/** days from the release to the fix (5.0.2) */
const APP_FIX_AFTER = 19;

export type Segment = 'ENTERPRISE' | 'MID_MARKET' | 'SMB';

const PRODUCT_NPS: Record<ProductName, number> = {
  'Nordfrakt Delivery': 0,
  'Customer App': 4,
  'Route Planner': 9,
  'Warehouse Scanner': 3,
  Invoicing: -12,
  Analytics: 11,
};

const SEGMENT_NPS: Record<Segment, number> = { ENTERPRISE: -5, MID_MARKET: 0, SMB: 4 };

/** How strongly the crisis is felt on a day: 0 outside it, up to 1 at its worst. */
export function crisisIntensity(day: Day): number {
  if (day.quarter === CRISIS_QUARTER) {
    const d = day.dayOfQuarter;
    if (d < 10) return 0.35 + 0.065 * d;
    if (d < 60) return 1;
    return Math.max(0.3, 1 - (d - 60) * 0.022);
  }
  if (day.quarter === CRISIS_QUARTER + 1) return Math.max(0, 0.25 - day.dayOfQuarter * 0.006);
  return 0;
}

/** How hard the app crash is felt on a day: 0 outside the three weeks after the 5.0 release. */
export function appBugIntensity(day: Day): number {
  if (day.quarter !== APP_RELEASE_QUARTER) return 0;
  const d = day.dayOfQuarter - APP_RELEASE_DAY;
  if (d < 0) return 0;
  if (d < 3) return 0.5 + d * 0.25;
  if (d < APP_FIX_AFTER) return 1;
  return Math.max(0, 1 - (d - APP_FIX_AFTER) * 0.12);
}

/** The Customer App version a customer is on that day (5.0 is the crashing one). */
export function appVersion(day: Day, releaseIndex: number): string {
  const d = day.index - releaseIndex;
  if (d < 0) return `4.${3 + Math.floor(day.index / 56)}`;
  if (d < 8) return '5.0.0';
  if (d < APP_FIX_AFTER) return '5.0.1';
  if (d < 60) return '5.0.2';
  return `5.${1 + Math.floor((d - 60) / 56)}`;
}

/** NPS shift for the story region, by quarter relative to the crisis. */
function crisisShift(day: Day, product: ProductName): number {
  const delivery = product === DELIVERY;
  switch (day.quarter - CRISIS_QUARTER) {
    case 0: return delivery ? -85 : -50;
    case 1: return delivery ? -25 : -14;
    case 2: return delivery ? -6 : -3;
    default: return 0;
  }
}

/**
 * The NPS this customer would give this product on this day, before chance: the trend, product and
 * segment offsets, the customer's own temperament, and the story.
 */
export function npsTarget(day: Day, product: ProductName, segment: Segment | null, region: string | null, temperament: number): number {
  let nps = 15 + 21 * day.progress + PRODUCT_NPS[product] + (segment ? SEGMENT_NPS[segment] : 0) + temperament;
  if (region === STORY_REGION) nps += crisisShift(day, product);
  else if (region === 'Skåne' && day.quarter === CRISIS_QUARTER && product === DELIVERY) nps -= 8;
  if (product === CUSTOMER_APP) nps -= 48 * appBugIntensity(day);
  return nps;
}

/** Promoter and detractor shares that give `nps` with about 28 % passives. */
export function npsShares(nps: number): { promoter: number; detractor: number } {
  const clamp = (x: number) => Math.min(0.94, Math.max(0.02, x));
  const promoter = clamp((0.72 + nps / 100) / 2);
  const detractor = clamp((0.72 - nps / 100) / 2);
  const sum = promoter + detractor;
  return sum > 0.97 ? { promoter: (promoter / sum) * 0.97, detractor: (detractor / sum) * 0.97 } : { promoter, detractor };
}

/**
 * How much slower than usual first responses are: Operations drowning during the crisis, and the
 * routine getting quicker over the window.
 */
export function responseSlowdown(day: Day, region: string | null, department: string): number {
  const trend = 1.1 - 0.45 * day.progress;
  if (day.quarter === CRISIS_QUARTER) {
    const shipped = day.dayOfQuarter >= SMS_SHIPPED_DAY;
    if (region === STORY_REGION || department === 'Operations') return trend * (shipped ? 1.3 : 8);
    return trend * (shipped ? 1.1 : 1.5);
  }
  if (day.quarter === CRISIS_QUARTER + 1 && department === 'Operations') return trend * 1.5;
  return trend;
}

/** Weekday volume: Mondays are busiest, weekends quiet. Index 0 = Sunday. */
export const WEEKDAY_VOLUME = [0.3, 1.18, 1.12, 1.06, 1.0, 0.88, 0.34];
/** Month volume: Nordic July holidays, the November peak before Christmas. */
export const MONTH_VOLUME = [1.08, 1.0, 1.05, 0.97, 0.95, 0.9, 0.62, 0.92, 1.05, 1.06, 1.15, 0.92];

/** Public holidays when hardly anyone writes (Christmas, New Year, 17 May, 6 June, Midsummer Eve-ish). */
export function holidayFactor(day: Day): number {
  const m = day.month + 1;
  const d = day.date;
  if ((m === 12 && d >= 24) || (m === 1 && d === 1)) return 0.3;
  if (m === 5 && d === 17) return 0.55;
  if (m === 6 && (d === 6 || (d >= 19 && d <= 25 && day.weekday === 5))) return 0.7;
  return 1;
}

/** The general volume of a day, before the day's own noise. */
export function dayVolume(day: Day): number {
  return WEEKDAY_VOLUME[day.weekday] * MONTH_VOLUME[day.month] * holidayFactor(day) * (0.8 + 0.4 * day.progress);
}
