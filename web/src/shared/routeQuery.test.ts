import { describe, expect, it } from 'vitest';
import { firstValue, oneOf, queryValues } from './routeQuery';

describe('routeQuery', () => {
  it('reads a parameter’s values trimmed, without blanks or repeats', () => {
    expect(queryValues([' SMB ', 'SMB', '', null, 'ENTERPRISE'])).toEqual(['SMB', 'ENTERPRISE']);
    expect(queryValues('x')).toEqual(['x']);
    expect(queryValues(undefined)).toEqual([]);
    expect(firstValue(null)).toBe('');
  });

  it('keeps only the values of an enum', () => {
    expect(['SMB', 'NOPE'].filter(oneOf(['SMB', 'ENTERPRISE'] as const))).toEqual(['SMB']);
  });
});
