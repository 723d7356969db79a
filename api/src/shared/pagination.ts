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

export function decodeCursor(cursor: string, length: number): unknown[] {
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
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}(:?\d{2})?)?$/;
/** PostgreSQL's text of a timestamptz ("2026-06-01 12:00:00.123456+00") as a JS instant, or NaN. */
export function parsePgTimestamp(text: string): number {
  if (!TIMESTAMP.test(text)) return NaN;
  return Date.parse(text.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
}
function validKey(key: unknown, cast: KeyCast): boolean {
  if (typeof key !== 'string' || key.trim() === '') return false;
  if (cast === 'timestamptz') return !Number.isNaN(parsePgTimestamp(key));
  const n = Number(key);
  return cast === 'int' ? Number.isSafeInteger(n) : Number.isFinite(n);
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
