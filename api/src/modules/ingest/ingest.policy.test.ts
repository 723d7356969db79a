import { describe, expect, it } from 'vitest';
import { mayIngest } from './ingest.policy';

describe('who may ingest feedback', () => {
  it('is an ADMIN (integrations come with API keys)', () => {
    for (const role of ['EMPLOYEE', 'LEAD', 'EXECUTIVE', 'ADMIN'] as const) {
      expect(mayIngest({ id: 1, name: 'x', email: 'x@x', role, departmentId: 1 })).toBe(role === 'ADMIN');
    }
  });
});
