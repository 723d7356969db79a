// Where feedback comes from and how much of it arrives each day. Each "stream" is a source of items
// (one survey, one non-survey channel, or a story event); a day's volume is the sum of the streams'
// weights that day, and the requested total is spread over the days in proportion.
import type { SeededSurvey } from './model';
import { Random } from './random';
import { appBugIntensity, crisisIntensity, dayVolume, WEEKDAY_VOLUME } from './story';
import { HOUR, type Calendar, type Day } from './time';
import type { Channel } from './verbatims/compose';

export type NonSurveyChannel = 'PHONE_INTERVIEW' | 'SUPPORT_TICKET' | 'REVIEW' | 'SOCIAL' | 'COMMUNITY' | 'USAGE';

export type Stream =
  | { kind: 'survey'; survey: SeededSurvey }
  | { kind: 'channel'; channel: NonSurveyChannel }
  /** the Gothenburg terminal crisis: extra delay complaints from Västra Götaland */
  | { kind: 'crisis' }
  /** the Customer App 5.0 crash */
  | { kind: 'app' };

/** Percent of all feedback from each non-survey channel (the surveys' shares are in the catalog). */
const CHANNEL_SHARES: Record<NonSurveyChannel, number> = {
  PHONE_INTERVIEW: 1.5,
  SUPPORT_TICKET: 22,
  REVIEW: 6,
  SOCIAL: 5,
  COMMUNITY: 4.5,
  USAGE: 6,
};

/** At the worst of the crisis, this many percent extra volume arrives from the story region. */
const CRISIS_SHARE = 24;
const APP_SHARE = 16;

const BACKGROUND = 0.08;
// relational surveys: a wave of answers right after the invitations, a second bump after the reminder
function waveShape(s: number): number {
  if (s < 0) return 0;
  return Math.exp(-s / 5) + (s >= 7 ? 0.5 * Math.exp(-(s - 7) / 3) : 0);
}
const WAVE_SCALE = (() => {
  let sum = 0;
  for (let s = 0; s < 91; s++) sum += waveShape(s);
  return (91 * (1 - BACKGROUND)) / sum;
})();

/** How a stream's volume varies over the quarter and the week, relative to its share. */
function streamProfile(stream: Stream, day: Day): number {
  switch (stream.kind) {
    case 'survey': {
      const offset = stream.survey.spec.waveOffset;
      if (offset === undefined) return 1;
      return BACKGROUND + WAVE_SCALE * waveShape(day.dayOfQuarter - offset);
    }
    case 'channel':
      // usage signals are computed by a nightly job, so the weekday does not matter
      if (stream.channel === 'USAGE') return 1 / WEEKDAY_VOLUME[day.weekday];
      // people post on social media in their spare time
      if (stream.channel === 'SOCIAL' && (day.weekday === 0 || day.weekday === 6)) return 2.2;
      return 1;
    case 'crisis':
      return crisisIntensity(day);
    case 'app':
      return appBugIntensity(day);
  }
}

function streamShare(stream: Stream): number {
  switch (stream.kind) {
    case 'survey': return stream.survey.spec.share;
    case 'channel': return CHANNEL_SHARES[stream.channel];
    case 'crisis': return CRISIS_SHARE;
    case 'app': return APP_SHARE;
  }
}

export interface DayPlan {
  day: Day;
  /** items to generate that day */
  count: number;
  weights: Float64Array;
}

/**
 * Every day's stream weights and item count. The counts are rounded on the cumulative sum, so they
 * add up to exactly `total` however the weights fall.
 */
export function planDays(calendar: Calendar, surveys: readonly SeededSurvey[], total: number, seed: number): { streams: Stream[]; days: DayPlan[] } {
  const streams: Stream[] = [
    ...surveys.map((survey): Stream => ({ kind: 'survey', survey })),
    ...(Object.keys(CHANNEL_SHARES) as NonSurveyChannel[]).map((channel): Stream => ({ kind: 'channel', channel })),
    { kind: 'crisis' },
    { kind: 'app' },
  ];
  const noise = Random.derive(seed, 'volume');
  const plans: DayPlan[] = calendar.days.map((day) => {
    const base = dayVolume(day) * noise.float(0.85, 1.15);
    const weights = new Float64Array(streams.length);
    streams.forEach((stream, i) => {
      weights[i] = streamShare(stream) * streamProfile(stream, day) * base;
    });
    return { day, count: 0, weights };
  });
  const dayTotals = plans.map((p) => p.weights.reduce((a, b) => a + b, 0));
  const sum = dayTotals.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let assigned = 0;
  plans.forEach((plan, i) => {
    cumulative += dayTotals[i];
    const upTo = Math.round((total * cumulative) / sum);
    plan.count = upTo - assigned;
    assigned = upTo;
  });
  return { streams, days: plans };
}

// Hour-of-day profiles (Oslo time): office hours, evenings (apps, social), and the nightly job.
const OFFICE = [0.2, 0.1, 0.05, 0.05, 0.1, 0.3, 0.9, 2.4, 4, 4.8, 4.8, 4.4, 3.8, 4.4, 4.4, 3.9, 3, 2.2, 1.7, 1.5, 1.3, 1, 0.7, 0.4];
const EVENING = [0.6, 0.3, 0.15, 0.1, 0.1, 0.3, 0.8, 1.6, 2, 2.2, 2.3, 2.4, 2.6, 2.4, 2.3, 2.4, 2.6, 2.8, 3.2, 3.6, 3.8, 3.4, 2.4, 1.3];
const NIGHTLY = [0, 0, 1, 3, 4, 2, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

/** A moment within the day at which an item on this channel plausibly arrives. */
export function timeOfDay(rng: Random, day: Day, channel: Channel): number {
  const profile = channel === 'USAGE' ? NIGHTLY : channel === 'SOCIAL' || channel === 'SURVEY_IN_APP' || channel === 'REVIEW' ? EVENING : OFFICE;
  const hour = rng.weightedIndex(profile);
  const offset = hour * HOUR + rng.int(0, HOUR - 1);
  // DST days have 23 hours; keep the moment inside the day
  return day.startUtc + Math.min(offset, day.length - 1000);
}
