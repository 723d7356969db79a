// Closing the loop: for feedback that needs a follow-up, what the team did and when. The timeline
// (item created, customer contacted, problem resolved) is simulated in the organisation's office hours
// and shifts, so some complaints on a Friday evening wait for Monday, and the story's crisis quarter is
// visibly slower until the proactive SMS ships.
import type { DepartmentName } from './catalog';
import type { Item, RecoveryPlan } from './item';
import type { IdCounter, Refs, SeededUser } from './model';
import type { Random } from './random';
import { CRISIS_QUARTER, responseSlowdown } from './story';
import { STORY_REGION } from './names';
import { addBusinessHours, DAY, HOUR, MINUTE, type Calendar } from './time';
import { fill } from './verbatims/compose';
import { BANKS } from './verbatims/index';
import { DEFAULT_SLA_POLICIES, isUnhappy as unhappy, needsFollowUp as followUp } from '../rules';

export type LoopStatus = 'OPEN' | 'IN_PROGRESS' | 'CLOSED' | 'NOT_NEEDED';
export type ActionStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'WONT_DO';
export type Priority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';

export interface FollowUpPlan {
  id: number;
  author: SeededUser;
  contacted: boolean;
  channel: 'phone' | 'email' | 'meeting' | null;
  note: string;
  at: number;
}

export interface ActionPlan {
  id: number;
  title: string;
  description: string | null;
  status: ActionStatus;
  priority: Priority;
  assignee: SeededUser;
  department: DepartmentName;
  createdBy: SeededUser;
  slaPolicyId: number;
  createdAt: number;
  updatedAt: number;
  dueAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  version: number;
  followUps: FollowUpPlan[];
}

export interface LoopResult {
  loopStatus: LoopStatus;
  action: ActionPlan | null;
  recovery: { dayIndex: number; plan: RecoveryPlan } | null;
}

// The demo company keeps the default policies (reference.ts stores exactly these rows).
/** Caught by the "Unhappy customers" policy: detractors, CSAT 1–2 and CES 1–3. */
export function isUnhappy(item: Pick<Item, 'nps' | 'csat' | 'ces'>): boolean {
  return unhappy(DEFAULT_SLA_POLICIES, item);
}

export function needsFollowUp(item: Pick<Item, 'nps' | 'csat' | 'ces' | 'category'>): boolean {
  return followUp(DEFAULT_SLA_POLICIES, item);
}

/** How long forgotten feedback stays open before a backlog review closes it (WONT_DO, never contacted). */
const STALE_AFTER = 21 * DAY;

export class LoopPlanner {
  constructor(
    private readonly refs: Refs,
    private readonly calendar: Calendar,
    private readonly rng: Random,
    private readonly ids: { action: IdCounter; followUp: IdCounter },
  ) {}

  private assignee(department: DepartmentName): SeededUser {
    const team = this.refs.members.get(department) ?? [this.refs.leads.get(department)!];
    // leads delegate; the demo employee in Sales gets her share of billing questions
    return this.rng.weighted(team, team.map((u) => (u.role === 'LEAD' ? (team.length === 1 ? 1 : 0.35) : u.email === 'employee@chorus.demo' ? 1.6 : 1)));
  }

  plan(item: Item): LoopResult {
    if (!needsFollowUp(item)) return { loopStatus: 'NOT_NEEDED', action: null, recovery: null };
    const r = this.rng;
    const now = this.calendar.now;
    const unhappy = isUnhappy(item);
    const region = item.customer?.region.name ?? null;
    const crisis = item.day.quarter === CRISIS_QUARTER && (region === STORY_REGION || item.department === 'Operations');
    const slowdown = responseSlowdown(item.day, region, item.department);

    // the simulated timeline, whether or not an action item records it: an item is mostly opened soon
    // after the answer arrives (by whoever is on duty; otherwise in office hours), and the customer-facing
    // teams work late and weekend shifts, so most calls do not wait for the next morning
    const zone = this.calendar.zone;
    const triage = Math.min(slowdown, 2);
    const created = r.chance(0.7) ? item.receivedAt + r.int(2, 40) * triage * MINUTE
      : addBusinessHours(item.receivedAt, r.logNormal(0.6, 0.8) * triage, zone);
    let contactHours = r.logNormal(unhappy ? 2.5 : 6, 0.85) * slowdown;
    if (r.chance(0.1)) contactHours *= r.float(3, 6);
    const contacted = r.chance(0.65) ? created + contactHours * HOUR : addBusinessHours(created, contactHours, zone);
    const resolved = addBusinessHours(contacted, r.logNormal(unhappy ? 20 : 28, 0.9) * (crisis ? 2 : 1), zone);
    // some customers are never reached, and some feedback slips through (more of it when a team is swamped)
    const forgotten = slowdown > 2 ? 0.15 : 0.07;
    const outcome = r.fromTable({ normal: 0.85 - forgotten + 0.055, unreachable: 0.07, stuck: 0.025, forgotten });

    // forgotten feedback stays open until a backlog review closes it a few weeks on
    const stale = outcome === 'forgotten' && now - created > STALE_AFTER;
    const status: ActionStatus = created >= now || (outcome === 'forgotten' && !stale) || contacted >= now ? 'OPEN'
      : outcome === 'unreachable' || stale ? 'WONT_DO'
        : outcome === 'stuck' || resolved >= now ? 'IN_PROGRESS' : 'DONE';
    const loopStatus: LoopStatus = status === 'OPEN' ? 'OPEN' : status === 'IN_PROGRESS' ? 'IN_PROGRESS' : 'CLOSED';

    const segment = item.customer?.segment;
    const pAction = item.department === 'Management' ? 0.8
      : item.story === 'crisis' || crisis ? 0.3
        : segment === 'ENTERPRISE' ? 0.2 : segment === 'MID_MARKET' ? 0.08 : 0.04;
    // A loop in progress or closed is one somebody worked, so its action item and follow-ups are in the
    // data (api-contract.md: the loop status follows the action items). Feedback nobody has contacted
    // yet is OPEN: some of it already has an item someone was given, the rest waits in the queue.
    const worked = status !== 'OPEN';
    if (created >= now || (!worked && !r.chance(Math.min(1, pAction + (item.nps !== null && item.nps <= 3 ? 0.1 : 0))))) {
      return { loopStatus, action: null, recovery: null };
    }

    const assignee = this.assignee(item.department);
    const lead = this.refs.leads.get(item.department) ?? assignee;
    const bank = BANKS[assignee.locale];
    // (a review or a post may come from no known customer: it is answered where it was written)
    const first = item.contact?.first ?? item.customer?.name ?? '';
    const values = { ...item.values, lang: assignee.locale, first, theme: bank.themeLabels[item.themes[0] ?? 'support_quality'], customer: item.customer?.name ?? '' };
    const followUps: FollowUpPlan[] = [];
    const add = (author: SeededUser, at: number, contactedCustomer: boolean, channel: FollowUpPlan['channel'], templates: string[]) => {
      if (at < now) followUps.push({ id: this.ids.followUp.take(), author, contacted: contactedCustomer, channel, note: fill(r.pick(templates), values), at });
    };
    // an internal note between creating the item and reaching the customer
    if (r.chance(0.35)) add(r.chance(0.8) ? assignee : lead, created + Math.min(r.int(10, 120) * MINUTE, Math.max(0, contacted - created - MINUTE)), false, null, bank.followUp.internal);
    if (stale) add(lead, created + STALE_AFTER, false, null, bank.followUp.stale);
    else if (status !== 'OPEN') {
      if (outcome === 'unreachable') add(assignee, contacted, false, null, bank.followUp.unreachable);
      else {
        const channel = segment === 'ENTERPRISE' && r.chance(0.2) ? 'meeting' : r.chance(0.6) ? 'phone' : 'email';
        add(assignee, contacted, true, channel, bank.followUp[channel]);
      }
    }
    if (status === 'DONE') {
      if (r.chance(0.4)) {
        const channel = r.chance(0.5) ? 'phone' : 'email';
        add(assignee, resolved, true, channel, bank.followUp.confirmed[channel]);
      } else {
        add(assignee, resolved, false, null, bank.followUp.resolved);
      }
    }
    followUps.sort((a, b) => a.at - b.at);
    const firstContact = followUps.find((f) => f.contacted);
    const priority: Priority = item.department === 'Management' || (segment === 'ENTERPRISE' && (crisis || (item.nps !== null && item.nps <= 4))) ? 'URGENT'
      : unhappy && segment !== 'SMB' ? 'HIGH' : !unhappy && segment === 'SMB' ? 'LOW' : 'NORMAL';
    const last = followUps.length ? followUps[followUps.length - 1].at : created;
    const action: ActionPlan = {
      id: this.ids.action.take(),
      title: fill(r.pick(bank.actionTitles), values),
      // the feedback itself is shown beside the item; its maker sometimes adds what they already know
      description: r.chance(0.3) ? fill(r.pick(bank.followUp.internal), values) : null,
      status,
      priority,
      assignee,
      department: item.department,
      createdBy: r.chance(0.7) ? lead : assignee,
      slaPolicyId: unhappy ? this.refs.sla.unhappy : this.refs.sla.everyone,
      createdAt: created,
      updatedAt: Math.max(created, last),
      dueAt: item.receivedAt + (unhappy ? this.refs.sla.unhappyHours : this.refs.sla.everyoneHours) * HOUR,
      firstResponseAt: firstContact ? firstContact.at : null,
      resolvedAt: status === 'DONE' ? resolved : null,
      version: 1 + followUps.length + (status === 'OPEN' ? 0 : 1),
      followUps,
    };

    // the detractor who was called back answers a later survey, mostly as a passive or promoter
    let recovery: LoopResult['recovery'] = null;
    if (status === 'DONE' && firstContact && item.nps !== null && item.nps <= 6 && item.customer && item.contact && item.survey && r.chance(0.5)) {
      const at = resolved + r.int(25, 150) * DAY;
      const dayIndex = Math.floor((at - this.calendar.start) / DAY);
      if (dayIndex < this.calendar.days.length) {
        recovery = {
          dayIndex: Math.max(dayIndex, item.day.index + 1),
          plan: { customer: item.customer, contact: item.contact, survey: item.survey, theme: item.themes[0] ?? null, recovered: r.chance(0.72) },
        };
      }
    }
    return { loopStatus, action, recovery };
  }
}
