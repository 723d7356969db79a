// Derived feedback: signals the usage telemetry raises about an account (logins dropping, abandoned
// bookings, error spikes). Written by a machine, so always in English and in a fixed format.
import type { ProductName } from './catalog';
import type { Random } from './random';
import type { ThemeKey } from './verbatims/types';

export interface UsageSignal {
  theme: ThemeKey;
  category: 'OTHER' | 'BUG';
  sentiment: 'NEUTRAL' | 'NEGATIVE';
  text: string;
}

type Kind = 'adoption' | 'stalled' | 'errors' | 'abandoned' | 'integration' | 'unused' | 'crash';

const BY_PRODUCT: Record<ProductName, Partial<Record<Kind, number>>> = {
  'Customer App': { abandoned: 0.4, crash: 0.25, adoption: 0.35 },
  'Route Planner': { adoption: 0.3, stalled: 0.2, errors: 0.3, integration: 0.2 },
  Analytics: { adoption: 0.3, unused: 0.4, errors: 0.3 },
  'Warehouse Scanner': { stalled: 0.3, crash: 0.3, errors: 0.2, integration: 0.2 },
  Invoicing: { integration: 0.5, errors: 0.2, adoption: 0.3 },
  'Nordfrakt Delivery': { abandoned: 1 },
};

export function usageSignal(rng: Random, product: ProductName, erp: string, version: string, crashing: boolean): UsageSignal {
  const kind: Kind = crashing && product === 'Customer App' ? 'crash' : rng.fromTable(BY_PRODUCT[product]);
  const from = rng.int(8, 60);
  const to = Math.max(1, Math.round(from * rng.float(0.2, 0.6)));
  switch (kind) {
    case 'adoption':
      return { theme: 'onboarding', category: 'OTHER', sentiment: 'NEGATIVE',
        text: `Usage alert: logins to ${product} dropped ${Math.round((1 - to / from) * 100)}% over the last 30 days (from ${from} to ${to} active users). Possible stalled onboarding or churn risk.` };
    case 'stalled':
      return { theme: 'onboarding', category: 'OTHER', sentiment: 'NEUTRAL',
        text: `Onboarding stalled: only ${to} of ${from} invited users have signed in to ${product} since go-live ${rng.int(14, 60)} days ago.` };
    case 'errors':
      return { theme: 'performance', category: 'BUG', sentiment: 'NEGATIVE',
        text: `Error spike: ${rng.int(12, 240)} timeouts and 5xx responses in ${product} for this account in the last 24 hours.` };
    case 'abandoned':
      return { theme: 'usability', category: 'OTHER', sentiment: 'NEGATIVE',
        text: `Booking abandoned ${rng.int(3, 14)} times this week at the ${rng.pick(['address', 'pickup time', 'package size', 'payment'])} step – possible usability problem.` };
    case 'integration':
      return { theme: 'integrations', category: 'BUG', sentiment: 'NEGATIVE',
        text: `The ${erp} integration failed to sync ${rng.int(3, 40)} times in the last 24 hours (API errors).` };
    case 'unused':
      return { theme: 'reporting', category: 'OTHER', sentiment: 'NEUTRAL',
        text: `Scheduled reports in Analytics have not been opened for ${rng.int(21, 90)} days by anyone at this account.` };
    case 'crash':
      return { theme: 'mobile_app', category: 'BUG', sentiment: 'NEGATIVE',
        text: `${product === 'Customer App' ? 'Customer App' : `${product} app`} crashed ${rng.int(5, 90)} times on version ${version} for users at this account in the last 24 hours.` };
  }
}
