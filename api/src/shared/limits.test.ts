// The limits checked before any SQL: cursors PostgreSQL would refuse, id lists past their cap, and the
// suggestions production keeps to itself.
import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError, formatError, withoutSuggestions } from './errors';
import { MAX_IDS, parseId, parseIds } from './ids';
import { decodeKeyset, encodeCursor, keysetCursor, MAX_CURSOR, parsePgTimestamp } from './pagination';
import { FieldErrors } from './validate';

/** The error `fn` throws, for its code and fields. */
function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('parsePgTimestamp', () => {
  it('reads the text PostgreSQL writes for a timestamptz', () => {
    expect(parsePgTimestamp('2026-06-01 12:00:00.123456+00')).toBe(Date.parse('2026-06-01T12:00:00.123Z'));
    expect(parsePgTimestamp('2026-06-01 14:00:00+02')).toBe(Date.parse('2026-06-01T12:00:00Z'));
    expect(parsePgTimestamp('2026-06-01 07:30:00-04:30')).toBe(Date.parse('2026-06-01T12:00:00Z'));
    expect(parsePgTimestamp('2028-02-29 00:00:00+00')).toBe(Date.parse('2028-02-29T00:00:00Z'));
    expect(parsePgTimestamp('2000-02-29T00:00:00Z')).toBe(Date.parse('2000-02-29T00:00:00Z'));
  });

  it('refuses dates that do not exist, which Date.parse would roll over', () => {
    for (const text of [
      '2026-02-30 10:00:00+00', // 30 February (Date.parse says 2 March)
      '2026-02-29 10:00:00+00', // not a leap year
      '1900-02-29 10:00:00+00', // nor is a century unless divisible by 400
      '2026-04-31 10:00:00+00',
      '2026-13-01 10:00:00+00',
      '2026-00-10 10:00:00+00',
      '2026-01-00 10:00:00+00',
      '0000-01-01 10:00:00+00', // PostgreSQL has no year 0
      '2026-01-01 25:00:00+00',
      '2026-01-01 24:00:00+00',
      '2026-01-01 10:60:00+00',
      '2026-01-01 10:00:60+00',
      '2026-01-01 10:00:00+16', // past PostgreSQL's ±15:59
      '2026-01-01 10:00:00+05:60',
      '2026-01-01 10:00:00.1234567+00', // PostgreSQL writes microseconds at most
      '2026-1-01 10:00:00+00',
      'tomorrow',
      '',
    ]) {
      expect(parsePgTimestamp(text), text).toBeNaN();
    }
  });
});

describe('decodeKeyset', () => {
  const cursor = (...values: unknown[]) => encodeCursor(values);
  const refused = (after: string, cast: Parameters<typeof decodeKeyset>[2]) =>
    thrown(() => decodeKeyset(after, 'O', cast)).fields;

  it('takes back the cursors it gave out', () => {
    expect(decodeKeyset(encodeCursor(keysetCursor('O', '2026-06-01 12:00:00.5+00', 7)), 'O', 'timestamptz')).toEqual({ key: '2026-06-01 12:00:00.5+00', id: 7, extra: [] });
    for (const key of ['7.5', '-1', '0', '1e-05', '0.0607927', '3.4e+38']) expect(decodeKeyset(cursor('O', key, 1), 'O', 'real').key).toBe(key);
    expect(decodeKeyset(cursor('O', '1e-320', 1), 'O', 'float8').key).toBe('1e-320');
    expect(decodeKeyset(cursor('O', '2147483647', 1), 'O', 'int').key).toBe('2147483647');
  });

  it('refuses on `after` what PostgreSQL would fail the statement on', () => {
    expect(refused(cursor('O', '2026-02-30 10:00:00+00', 1), 'timestamptz')).toEqual({ after: expect.any(String) });
    expect(refused(cursor('O', '2026-06-01 25:00:00+00', 1), 'timestamptz')).toHaveProperty('after');
    // numbers Number() takes and PostgreSQL does not, or not in this type's range
    for (const key of ['0x10', '0b1', ' 5', '5 ', '', 'Infinity', 'NaN', '1e39', '1e-50', '1_000']) {
      expect(refused(cursor('O', key, 1), 'real'), key).toHaveProperty('after');
    }
    expect(refused(cursor('O', '1e309', 1), 'float8')).toHaveProperty('after');
    expect(refused(cursor('O', '1e-400', 1), 'float8')).toHaveProperty('after');
    for (const key of ['3000000000', '1e3', '1.5', '-']) expect(refused(cursor('O', key, 1), 'int'), key).toHaveProperty('after');
  });

  it('refuses an id that is not a safe positive integer, another order, and a cursor too long to be ours', () => {
    for (const id of [0, -1, 1.5, 2 ** 53, '7', null]) expect(refused(cursor('O', '1', id), 'int'), String(id)).toHaveProperty('after');
    expect(refused(cursor('P', '1', 1), 'int')).toHaveProperty('after');
    expect(refused('A'.repeat(MAX_CURSOR + 1), 'int')).toHaveProperty('after');
    expect(refused('not a cursor', 'int')).toHaveProperty('after');
  });
});

describe('ids', () => {
  it('refuses a list longer than the cap before looking at its items, naming the field', () => {
    const error = thrown(() => parseIds(Array.from({ length: 70_000 }, () => 'x'), 'filter.departmentIds'));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual({ 'filter.departmentIds': `At most ${MAX_IDS} ids.` });
    expect(error.reasons).toEqual({ 'filter.departmentIds': { code: 'TOO_MANY', max: MAX_IDS } });
    expect(parseIds(Array.from({ length: MAX_IDS }, (_, i) => String(i + 1)), 'ids')).toHaveLength(MAX_IDS);
    expect(parseIds(null, 'ids')).toBeUndefined();
  });

  it('refuses an id past 2^53, which would silently become another number', () => {
    expect(parseId('9007199254740991', 'id')).toBe(Number.MAX_SAFE_INTEGER);
    expect(thrown(() => parseId('9999999999999999', 'id')).fields).toEqual({ id: 'Not a valid id.' });
  });
});

describe('FieldErrors.list', () => {
  it('reports every list over its cap at once', () => {
    const errors = new FieldErrors();
    errors.list(new Array(201).fill('A'), 'filter.statuses');
    errors.list(new Array(200).fill('A'), 'filter.authorIds');
    errors.list(null, 'filter.departmentIds');
    errors.list(new Array(3).fill('A'), 'filter.other', 2);
    expect(thrown(() => errors.throwIfAny()).fields).toEqual({ 'filter.statuses': 'At most 200 values.', 'filter.other': 'At most 2 values.' });
  });
});

describe('suggestions in production', () => {
  const coercion = 'Variable "$f" got invalid value "SURVEY_WEBB" at "f.channels[0]"; Value "SURVEY_WEBB" does not exist in "Channel" enum.';
  const suggestion = ' Did you mean the enum value "SURVEY_WEB", "SURVEY_SMS", or "SURVEY_EMAIL"?';

  it('strips "Did you mean …?" and the values it lists, keeping the rest of the message', () => {
    expect(withoutSuggestions(coercion + suggestion)).toBe(coercion);
    expect(withoutSuggestions('Field "serch" is not defined by type "FeedbackFilter". Did you mean "search"?'))
      .toBe('Field "serch" is not defined by type "FeedbackFilter".');
    expect(withoutSuggestions('Unknown argument "x". Did you mean "y" or "z"? More.')).toBe('Unknown argument "x". More.');
  });

  it('strips them from the message and the field messages when told to, keeping the field path', () => {
    const error = new GraphQLError(coercion + suggestion, { extensions: { code: 'BAD_USER_INPUT' } });
    const formatted = { message: error.message, extensions: { code: 'BAD_USER_INPUT' } };
    const production = formatError(formatted, error, () => {}, { hideSuggestions: true });
    expect(production).toEqual({ message: coercion, extensions: { code: 'BAD_USER_INPUT', fields: { 'f.channels.0': coercion } } });
    // in development the hint helps whoever writes the query
    expect(formatError(formatted, error, () => {}).message).toContain('Did you mean');
  });
});
