import { describe, expect, it } from 'vitest';
import { maskText, mayViewContact } from './privacy';

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
  });
});

describe('masking typed-in personal data', () => {
  it('hides emails and phone numbers in all their usual shapes', () => {
    expect(maskText('Ring meg på +47 912 34 567 eller 004791234567.')).toBe('Ring meg på [phone hidden] eller [phone hidden].');
    expect(maskText('Mitt nummer är 070-123 45 67')).toBe('Mitt nummer är [phone hidden]');
    expect(maskText('Skriv til åse.øvrebø@firma.no, takk')).toBe('Skriv til [email hidden], takk');
    expect(maskText('Order 12345 arrived on 2026-03-01')).toBe('Order 12345 arrived on 2026-03-01');
  });
});
