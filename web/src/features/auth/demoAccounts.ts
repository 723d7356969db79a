import type { Role } from '@/gql/graphql';

/** The accounts the demo data seeds (api-contract.md); shown on the sign-in page. */
export const DEMO_PASSWORD = 'chorus-demo';

export const DEMO_ACCOUNTS: { email: string; role: Role; department?: string }[] = [
  { email: 'admin@chorus.demo', role: 'ADMIN' },
  { email: 'exec@chorus.demo', role: 'EXECUTIVE' },
  { email: 'lead.support@chorus.demo', role: 'LEAD', department: 'Support' },
  { email: 'lead.product@chorus.demo', role: 'LEAD', department: 'Product' },
  { email: 'employee@chorus.demo', role: 'EMPLOYEE', department: 'Sales' },
];
