import { describe, expect, it } from 'vitest';
import type { RoleName, Viewer } from '../../shared/auth';
import { mayViewContact } from '../customers/customers.policy';
import { mayActOnFeedback, mayAssignActionItem, mayChangeActionItem, mayCreateActionItem } from './actions.policy';

const SUPPORT = 1, PRODUCT = 2;
const viewer = (role: RoleName, departmentId: number | null): Viewer => ({ id: 1, name: 'x', email: 'x@x', role, departmentId });
const everyone = (['EMPLOYEE', 'LEAD', 'EXECUTIVE', 'ADMIN'] as const).flatMap((role) => [SUPPORT, PRODUCT, null].map((d) => viewer(role, d)));
const support = { departmentId: SUPPORT };

describe('who may act on feedback', () => {
  it('is an ADMIN or the LEAD of the department it is routed to', () => {
    expect(mayActOnFeedback(viewer('ADMIN', null), support)).toBe(true);
    expect(mayActOnFeedback(viewer('LEAD', SUPPORT), support)).toBe(true);
    expect(mayActOnFeedback(viewer('LEAD', PRODUCT), support)).toBe(false);
    expect(mayActOnFeedback(viewer('EXECUTIVE', SUPPORT), support)).toBe(false);
    expect(mayActOnFeedback(viewer('EMPLOYEE', SUPPORT), support)).toBe(false);
    // unrouted feedback has no LEAD: a LEAD without a department is not its LEAD
    expect(mayActOnFeedback(viewer('LEAD', null), { departmentId: null })).toBe(false);
    expect(mayActOnFeedback(viewer('ADMIN', null), { departmentId: null })).toBe(true);
  });

  it('never lets anyone act who may not see the contact themselves', () => {
    for (const v of everyone) for (const departmentId of [SUPPORT, PRODUCT, null]) {
      if (mayActOnFeedback(v, { departmentId })) expect(mayViewContact(v, { departmentId, viewerIsAssignee: false })).toBe(true);
    }
  });
});

describe('who may create an action item', () => {
  it("is anyone for an item of their own, narrowed to the feedback's department or the idea's deciders", () => {
    for (const v of everyone) expect(mayCreateActionItem(v)).toBe(true);
    // reproduction 1: a LEAD of Product on Support's feedback
    expect(mayCreateActionItem(viewer('LEAD', PRODUCT), { feedback: support })).toBe(false);
    expect(mayCreateActionItem(viewer('EMPLOYEE', PRODUCT), { feedback: support })).toBe(false);
    expect(mayCreateActionItem(viewer('EXECUTIVE', null), { feedback: support })).toBe(false);
    expect(mayCreateActionItem(viewer('LEAD', SUPPORT), { feedback: support })).toBe(true);
    expect(mayCreateActionItem(viewer('EMPLOYEE', SUPPORT), { feedback: support })).toBe(true);
    expect(mayCreateActionItem(viewer('LEAD', PRODUCT), { idea: support })).toBe(false);
    expect(mayCreateActionItem(viewer('EMPLOYEE', SUPPORT), { idea: support })).toBe(false);
    expect(mayCreateActionItem(viewer('LEAD', SUPPORT), { idea: support })).toBe(true);
    expect(mayCreateActionItem(viewer('LEAD', SUPPORT), { feedback: support, idea: { departmentId: PRODUCT } })).toBe(false);
    expect(mayCreateActionItem(viewer('ADMIN', null), { feedback: { departmentId: null }, idea: support })).toBe(true);
    // unrouted feedback is the ADMINs' to route first
    expect(mayCreateActionItem(viewer('LEAD', null), { feedback: { departmentId: null } })).toBe(false);
  });

  it('is never allowed on a target when it is not allowed alone (the first check refuses no one it should not)', () => {
    for (const v of everyone) for (const departmentId of [SUPPORT, PRODUCT, null]) {
      if (mayCreateActionItem(v, { feedback: { departmentId } })) expect(mayCreateActionItem(v)).toBe(true);
      if (departmentId !== null && mayCreateActionItem(v, { idea: { departmentId } })) expect(mayCreateActionItem(v)).toBe(true);
    }
  });
});

describe('who may assign an action item', () => {
  it('on feedback: only someone who sees its contact by their own role, since the assignee will', () => {
    for (const v of everyone) for (const departmentId of [SUPPORT, PRODUCT, null]) {
      const allowed = mayAssignActionItem(v, { departmentId: v.departmentId }, { feedback: { departmentId } });
      expect(allowed).toBe(mayViewContact(v, { departmentId, viewerIsAssignee: false }));
    }
  });

  it('otherwise: LEADs and ADMINs anyone, everyone else within their own department (api-contract.md)', () => {
    expect(mayAssignActionItem(viewer('LEAD', PRODUCT), { departmentId: SUPPORT })).toBe(true);
    expect(mayAssignActionItem(viewer('ADMIN', null), { departmentId: SUPPORT })).toBe(true);
    expect(mayAssignActionItem(viewer('EMPLOYEE', SUPPORT), { departmentId: SUPPORT })).toBe(true);
    expect(mayAssignActionItem(viewer('EMPLOYEE', SUPPORT), { departmentId: PRODUCT })).toBe(false);
    expect(mayAssignActionItem(viewer('EMPLOYEE', null), { departmentId: null })).toBe(false);
    // an EMPLOYEE who could make an item on feedback still could not hand out its contact, not even to themselves
    expect(mayAssignActionItem(viewer('EMPLOYEE', SUPPORT), { departmentId: SUPPORT }, { feedback: support })).toBe(false);
  });
});

describe('who may change an action item and log follow-ups', () => {
  it('is its assignee, a LEAD of its department, an ADMIN (api-contract.md)', () => {
    const item = { assigneeId: 7, departmentId: SUPPORT };
    expect(mayChangeActionItem({ ...viewer('EMPLOYEE', PRODUCT), id: 7 }, item)).toBe(true);
    expect(mayChangeActionItem(viewer('EMPLOYEE', SUPPORT), item)).toBe(false);
    expect(mayChangeActionItem(viewer('LEAD', SUPPORT), item)).toBe(true);
    expect(mayChangeActionItem(viewer('LEAD', PRODUCT), item)).toBe(false);
    expect(mayChangeActionItem(viewer('EXECUTIVE', SUPPORT), item)).toBe(false);
    expect(mayChangeActionItem(viewer('ADMIN', null), item)).toBe(true);
    expect(mayChangeActionItem(viewer('LEAD', null), { assigneeId: null, departmentId: null })).toBe(false);
  });
});
