// Relay connections: the generic types, and opaque cursors for keyset paging.
import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Edge<T> { cursor: string; node: T }
export interface ConnectionShape<T> { edges: Edge<T>[]; pageInfo: PageInfo; readonly totalCount: Promise<number> }

/** A Connection type for `node`: edges, pageInfo and totalCount (counted only when selected). */
export function Connection<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String) cursor: string;
    @Field(() => node) node: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return ConnectionType;
}

export const MAX_PAGE = 100;

export function pageSize(first: number | null | undefined, fallback = 25): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw badInput({ first: `Must be between 0 and ${MAX_PAGE}.` });
  }
  return first;
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Far above any cursor this API gives out (an order's name, a key, an id, a time). */
export const MAX_CURSOR = 1_000;

export function decodeCursor(cursor: string, length: number): unknown[] {
  if (cursor.length > MAX_CURSOR) throw badInput({ after: 'Not a cursor this list gave out.' });
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    /* fall through */
  }
  throw badInput({ after: 'Not a cursor this list gave out.' });
}

/** How a keyset cursor's sort key is cast back in SQL, and so what it must look like. */
export type KeyCast = 'timestamptz' | 'real' | 'float8' | 'int';
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(?:Z|([+-])(\d{2})(?::?(\d{2}))?)?$/;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

/**
 * PostgreSQL's text of a timestamptz ("2026-06-01 12:00:00.123456+00") as a JS instant, or NaN for
 * anything PostgreSQL would refuse. Every field is checked against its range, the day against its
 * month: Date.parse takes 30 February as 2 March, where PostgreSQL fails the whole statement. Year 0,
 * hour 24 and second 60 (which PostgreSQL rolls over) are refused too: no cursor of ours holds them.
 * Without an offset the text is read as UTC (only its validity matters to a cursor).
 */
export function parsePgTimestamp(text: string): number {
  const m = TIMESTAMP.exec(text);
  if (!m) return NaN;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const [fraction, sign, offsetHours, offsetMinutes] = [m[7], m[8], Number(m[9] ?? 0), Number(m[10] ?? 0)];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return NaN;
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  // PostgreSQL takes offsets up to ±15:59
  if (offsetHours > 15 || offsetMinutes > 59) return NaN;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, leaves the years 1–99 alone
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0);
  return date.getTime() - (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
}

// Plain decimal notation, as PostgreSQL writes numbers: Number() also takes "0x10", "0b1" and " 5 "
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const INTEGER = /^-?\d{1,10}$/;
const INT4_MAX = 2_147_483_647;
const REAL_MAX = 3.4028234663852886e38;
// the smallest subnormal real: PostgreSQL refuses what rounds to zero (under half of it) as an underflow
const REAL_MIN = 1.401298464324817e-45;

/** Whether PostgreSQL will take the text as a number of this type, without an out-of-range error. */
function validNumber(key: string, cast: Exclude<KeyCast, 'timestamptz'>): boolean {
  if (cast === 'int') return INTEGER.test(key) && Math.abs(Number(key)) <= INT4_MAX;
  if (!DECIMAL.test(key)) return false;
  const n = Number(key);
  // a non-zero number that JS rounds to 0 underflows float8; PostgreSQL refuses it
  if (n === 0) return !/[1-9]/.test(key.split(/e/i)[0]);
  if (!Number.isFinite(n)) return false;
  return cast === 'float8' || (Math.abs(n) <= REAL_MAX && Math.abs(n) > REAL_MIN / 2);
}

function validKey(key: unknown, cast: KeyCast): boolean {
  if (typeof key !== 'string') return false;
  if (cast === 'timestamptz') return !Number.isNaN(parsePgTimestamp(key));
  return validNumber(key, cast);
}

/**
 * Keyset cursors name the order they were made for: a cursor from another order, or one tampered
 * with, is refused with BAD_USER_INPUT on `after` instead of reaching SQL.
 */
export function keysetCursor(order: string, key: string, id: number, ...extra: string[]): unknown[] {
  return [order, key, id, ...extra];
}

export function decodeKeyset(cursor: string, order: string, cast: KeyCast, extra = 0): { key: string; id: number; extra: string[] } {
  const [o, key, id, ...rest] = decodeCursor(cursor, 3 + extra);
  if (o !== order || !validKey(key, cast) || !Number.isSafeInteger(id) || (id as number) < 1 || rest.some((v) => typeof v !== 'string')) {
    throw badInput({ after: 'This cursor belongs to another order or list.' });
  }
  return { key: key as string, id: id as number, extra: rest as string[] };
}

/** Turns rows fetched with one extra (limit + 1) into a page. */
export function toConnection<R, T>(
  rows: R[],
  limit: number,
  node: (row: R) => T,
  cursorOf: (row: R) => unknown[],
  totalCount: () => Promise<number>,
): ConnectionShape<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((r) => ({ cursor: encodeCursor(cursorOf(r)), node: node(r) }));
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    // a getter, so the count query runs only when a client selects totalCount
    get totalCount() {
      total ??= totalCount();
      return total;
    },
  };
}
