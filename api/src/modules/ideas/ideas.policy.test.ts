import { describe, expect, it } from 'vitest';
import type { RoleName, Viewer } from '../../shared/auth';
import { isAuthor, mayChangeStatus, mayModerate, maySeeHidden, nextStatuses } from './ideas.policy';

const SUPPORT = 1, PRODUCT = 2;
const viewer = (role: RoleName, departmentId: number | null, id = 1): Viewer => ({ id, name: 'x', email: 'x@x', role, departmentId });

describe('decisions on ideas', () => {
  it('leaves the status to a LEAD of the idea’s department or an ADMIN', () => {
    const idea = { departmentId: SUPPORT };
    expect(mayChangeStatus(viewer('ADMIN', null), idea)).toBe(true);
    expect(mayChangeStatus(viewer('LEAD', SUPPORT), idea)).toBe(true);
    expect(mayChangeStatus(viewer('LEAD', PRODUCT), idea)).toBe(false);
    expect(mayChangeStatus(viewer('LEAD', null), idea)).toBe(false);
    expect(mayChangeStatus(viewer('EXECUTIVE', SUPPORT), idea)).toBe(false);
    expect(mayChangeStatus(viewer('EMPLOYEE', SUPPORT), idea)).toBe(false);
  });

  it('lets ADMINs alone moderate and see what was hidden, and authors alone edit', () => {
    for (const role of ['EMPLOYEE', 'LEAD', 'EXECUTIVE', 'ADMIN'] as const) {
      expect(mayModerate(viewer(role, SUPPORT))).toBe(role === 'ADMIN');
      expect(maySeeHidden(viewer(role, SUPPORT))).toBe(role === 'ADMIN');
    }
    expect(isAuthor(viewer('EMPLOYEE', SUPPORT, 7), { authorId: 7 })).toBe(true);
    expect(isAuthor(viewer('ADMIN', null, 8), { authorId: 7 })).toBe(false);
  });

  it('moves forward, declines from anything not implemented, and reopens a declined idea for review', () => {
    expect(nextStatuses('NEW')).toEqual(['UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'DECLINED']);
    expect(nextStatuses('IN_PROGRESS')).toEqual(['IMPLEMENTED', 'DECLINED']);
    expect(nextStatuses('IMPLEMENTED')).toEqual([]);
    expect(nextStatuses('DECLINED')).toEqual(['UNDER_REVIEW']);
  });
});
