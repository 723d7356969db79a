import { describe, expect, it } from 'vitest';
import { mayBrowseCustomers, mayViewContact } from './customers.policy';

const viewer = (role: 'EMPLOYEE' | 'LEAD' | 'EXECUTIVE' | 'ADMIN', departmentId: number | null = 1) =>
  ({ id: 1, name: 'x', email: 'x@x', role, departmentId });

describe('who may see a contact', () => {
  it('follows product.md', () => {
    const scope = { departmentId: 1, viewerIsAssignee: false };
    expect(mayViewContact(viewer('ADMIN', null), scope)).toBe(true);
    expect(mayViewContact(viewer('LEAD', 1), scope)).toBe(true);
    expect(mayViewContact(viewer('LEAD', 2), scope)).toBe(false);
    expect(mayViewContact(viewer('LEAD', null), { departmentId: null, viewerIsAssignee: false })).toBe(false);
    expect(mayViewContact(viewer('EXECUTIVE'), scope)).toBe(false);
    expect(mayViewContact(viewer('EMPLOYEE'), scope)).toBe(false);
    expect(mayViewContact(viewer('EMPLOYEE'), { departmentId: 1, viewerIsAssignee: true })).toBe(true);
    // unrouted feedback: no department's LEAD, only ADMINs (and an assignee)
    expect(mayViewContact(viewer('ADMIN', null), { departmentId: null, viewerIsAssignee: false })).toBe(true);
    expect(mayViewContact(viewer('LEAD', 1), { departmentId: null, viewerIsAssignee: false })).toBe(false);
  });
});

describe('who may browse customer accounts', () => {
  it('is everyone signed in', () => {
    for (const role of ['EMPLOYEE', 'LEAD', 'EXECUTIVE', 'ADMIN'] as const) expect(mayBrowseCustomers(viewer(role))).toBe(true);
  });
});
