import type { Component } from 'vue';
import {
  BulbOutline,
  ChatbubblesOutline,
  CheckboxOutline,
  CloudUploadOutline,
  RocketOutline,
  SettingsOutline,
  StatsChartOutline,
} from '@vicons/ionicons5';
import type { Role } from '@/gql/graphql';

export interface NavItem {
  /** route name; also the `nav-<key>` test id */
  key: string;
  label: string;
  icon: Component;
  roles?: Role[];
}

export interface NavGroup {
  label: string;
  items: NavItem[];
}

/** The sidebar, in the order of a VoC programme: listen, act, analyse, then the admin tools. */
export const NAVIGATION: NavGroup[] = [
  { label: 'nav.listen', items: [{ key: 'feedback', label: 'nav.feedback', icon: ChatbubblesOutline }] },
  {
    label: 'nav.act',
    items: [
      { key: 'actions', label: 'nav.actions', icon: CheckboxOutline },
      { key: 'ideas', label: 'nav.ideas', icon: BulbOutline },
    ],
  },
  {
    label: 'nav.analyse',
    items: [
      { key: 'dashboard', label: 'nav.dashboard', icon: StatsChartOutline },
      { key: 'feature-requests', label: 'nav.featureRequests', icon: RocketOutline },
    ],
  },
  {
    label: 'nav.manage',
    items: [
      { key: 'import', label: 'nav.import', icon: CloudUploadOutline, roles: ['ADMIN'] },
      { key: 'admin', label: 'nav.admin', icon: SettingsOutline, roles: ['ADMIN'] },
    ],
  },
];

export function navigationFor(role: Role | undefined): NavGroup[] {
  return NAVIGATION.map((g) => ({ ...g, items: g.items.filter((i) => !i.roles || (role && i.roles.includes(role))) })).filter(
    (g) => g.items.length > 0,
  );
}
