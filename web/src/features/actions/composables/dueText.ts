// "due in 3 h" / "overdue by 5 h": how far a due time is from now, in the unit a person would say.

type Translate = (key: string, params?: Record<string, unknown>) => string;

export type DueState = 'none' | 'due' | 'overdue' | 'answered' | 'closed';

export interface DueItem {
  dueAt: string | null | undefined;
  status?: string;
  firstResponseAt?: string | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A span in minutes below an hour, hours below two days, days beyond: rounded down, never 0. */
export function span(ms: number): { n: number; unit: 'minutes' | 'hours' | 'days' } {
  const abs = Math.abs(ms);
  if (abs < HOUR) return { n: Math.max(1, Math.floor(abs / MINUTE)), unit: 'minutes' };
  if (abs < 2 * DAY) return { n: Math.floor(abs / HOUR), unit: 'hours' };
  return { n: Math.floor(abs / DAY), unit: 'days' };
}

/**
 * Where an item stands against its due time. Once the customer has been contacted (the first
 * response) or the item is closed the due time no longer presses: it is not counted down.
 */
export function dueState(item: DueItem, now: number): DueState {
  if (item.status === 'DONE' || item.status === 'WONT_DO') return 'closed';
  if (item.firstResponseAt) return 'answered';
  if (!item.dueAt) return 'none';
  return new Date(item.dueAt).getTime() < now ? 'overdue' : 'due';
}

/** The words for the state: "due in 3 h", "overdue by 2 d", "customer contacted". */
export function dueText(item: DueItem, now: number, t: Translate): string {
  const state = dueState(item, now);
  if (state === 'none') return t('actions.due.none');
  if (state === 'answered') return t('actions.due.answered');
  if (state === 'closed') return t('actions.due.closed');
  const { n, unit } = span(new Date(item.dueAt!).getTime() - now);
  const time = t(`actions.due.${unit}`, { n });
  return t(state === 'overdue' ? 'actions.due.overdue' : 'actions.due.in', { time });
}
