// Reading a list's state back from its URL query (the feedback list, the dashboard, the forum and the
// feature requests keep their filters there). What a hand-edited or outdated link holds is dropped
// quietly, never sent to the API.
import type { LocationQuery } from 'vue-router';

type QueryValue = LocationQuery[string] | undefined;

/** A parameter's values, trimmed, without blanks or repeats (`?segments=SMB&segments=SMB`). */
export function queryValues(raw: QueryValue): string[] {
  const list = Array.isArray(raw) ? raw : raw == null ? [] : [raw];
  const out: string[] = [];
  for (const v of list) {
    const s = v?.trim();
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/** A parameter's first value, '' when there is none. */
export const firstValue = (raw: QueryValue): string => queryValues(raw)[0] ?? '';

/** A type guard for the values of an enum (or any fixed list), to filter a parameter's values with. */
export const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (v: string): v is T =>
    (allowed as readonly string[]).includes(v);
