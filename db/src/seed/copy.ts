// Bulk loading through PostgreSQL's COPY (text format): one statement streams any number of rows,
// which is what lets the same generator fill millions of feedback items in minutes.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type postgres from 'postgres';

export type CopyValue = string | number | boolean | Date | null | undefined | readonly string[];

const SPECIAL = /[\\\t\n\r]/;

/** Escapes a text value for COPY's text format: backslash, tab, newline and carriage return. */
export function escapeCopy(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** A PostgreSQL array literal (before COPY escaping). */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** One value in COPY text format; `\N` is NULL. */
export function copyValue(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return escapeCopy(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot COPY ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  return escapeCopy(arrayLiteral(value));
}

/** One row as a line of COPY text. */
export function copyLine(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += '\t';
    line += copyValue(values[i]);
  }
  return `${line}\n`;
}

/**
 * Streams pre-formatted COPY lines into a table. `source` yields strings that each hold one or more
 * complete lines; `pipeline` applies backpressure, so memory stays bounded however many rows flow,
 * and surfaces a failed COPY (a constraint violation) as a rejection instead of a hang.
 */
export async function copyInto(
  sql: postgres.Sql,
  table: string,
  columns: readonly string[],
  source: Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  const writable = await sql.unsafe(`copy ${table} (${columns.join(', ')}) from stdin`).writable();
  await pipeline(Readable.from(source, { objectMode: false }), writable);
}

/** Rows in memory, batched into ~1 MB strings so the socket is fed in large writes. */
export function* batchLines(lines: Iterable<string>, batchBytes = 1 << 20): Generator<string> {
  let buffer = '';
  for (const line of lines) {
    buffer += line;
    if (buffer.length >= batchBytes) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** COPYs an array of rows (small and medium tables). */
export async function copyRows(
  sql: postgres.Sql,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly CopyValue[])[],
): Promise<void> {
  if (rows.length === 0) return;
  await copyInto(sql, table, columns, batchLines(rows.map(copyLine)));
}

/**
 * Accumulates COPY lines for one table (the rows that depend on a chunk of feedback: themes, action
 * items, links…) until the chunk is flushed.
 */
export class LineBuffer {
  private parts: string[] = [];
  private current = '';
  count = 0;

  constructor(readonly table: string, readonly columns: readonly string[]) {}

  push(values: readonly CopyValue[]): void {
    this.current += copyLine(values);
    this.count++;
    // joining many small strings once is cheaper than one ever-growing string
    if (this.current.length > 1 << 20) {
      this.parts.push(this.current);
      this.current = '';
    }
  }

  /** Hands over the buffered text and starts empty again. */
  take(): string[] {
    const out = this.current ? [...this.parts, this.current] : this.parts;
    this.parts = [];
    this.current = '';
    this.count = 0;
    return out;
  }

  async flush(sql: postgres.Sql): Promise<number> {
    const n = this.count;
    const parts = this.take();
    if (n > 0) await copyInto(sql, this.table, this.columns, parts);
    return n;
  }
}
