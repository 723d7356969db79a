// The in-memory view of what the seeder has written so far, shared by the phases.
import type postgres from 'postgres';
import type { Db } from '../client';
import type { DepartmentName, ProductName, Role, SurveySpec } from './catalog';
import type { FeatureRequestSpec, FeatureRequestStatus } from './feature-requests';
import type { Country, RegionSpec } from './names';
import type { Segment } from './story';
import type { Calendar } from './time';
import type { Lang, ThemeKey } from './verbatims/types';

export interface SeededUser {
  id: number;
  name: string;
  first: string;
  email: string;
  role: Role;
  department: DepartmentName;
  locale: Lang;
}

export interface SeededContact {
  id: number;
  first: string;
  last: string;
  email: string;
  phone: string | null;
  language: Lang;
}

export interface SeededCustomer {
  id: number;
  name: string;
  segment: Segment;
  region: RegionSpec;
  country: Country;
  revenue: number;
  products: ProductName[];
  /** the account's own temperament: added to its NPS target */
  temperament: number;
  /** how much feedback it sends relative to others */
  weight: number;
  erp: string;
  contacts: SeededContact[];
}

export interface SeededSurvey {
  id: number;
  index: number;
  spec: SurveySpec;
}

export interface SeededFeatureRequest {
  id: number;
  spec: FeatureRequestSpec;
  createdAt: number;
  /** customers stop asking once it shipped */
  closedAt: number | null;
  shippedAt: number | null;
  /** the first day customers ask for it */
  askedFrom: number;
  /** the request its feedback is linked to: itself, or the one it was merged into */
  linkTo: number;
  /** an unmerged duplicate's request, which some of its feedback is linked to as well */
  alsoLinkTo: number | null;
  mergedAt: number | null;
  /** its status changes after it was opened */
  changes: { at: number; status: FeatureRequestStatus }[];
}

export interface Refs {
  departments: Map<DepartmentName, number>;
  users: SeededUser[];
  leads: Map<DepartmentName, SeededUser>;
  members: Map<DepartmentName, SeededUser[]>;
  products: Map<ProductName, number>;
  surveys: SeededSurvey[];
  themes: Map<ThemeKey, number>;
  sla: { unhappy: number; everyone: number; unhappyHours: number; everyoneHours: number };
  customers: SeededCustomer[];
  featureRequests: SeededFeatureRequest[];
}

/** Ids handed out by the seeder itself (COPY needs them up front); sequences are reset at the end. */
export class IdCounter {
  private next: number;
  constructor(start: number) {
    this.next = start;
  }
  take(): number {
    return this.next++;
  }
  peek(): number {
    return this.next;
  }
}

export interface SeedContext {
  db: Db;
  sql: postgres.Sql;
  seed: number;
  calendar: Calendar;
  passwordHash: string;
  /** run dependent COPYs on a second connection while the next chunk of feedback streams */
  parallel: boolean;
  progress: (done: number, total: number, phase: string) => void;
}
