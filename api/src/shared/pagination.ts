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
