// Input checks that report every bad field at once, as the contract's BAD_USER_INPUT asks.
import { UNSAFE_IN_TEXT } from './characters';
import { badInput, type FieldReason } from './errors';

/**
 * Caps for filters, checked before any SQL. A search is a few words: a 1 MB one ran 17 s per statement
 * in PostgreSQL's full-text parser. A list is picked by a person from a menu.
 */
export const MAX_SEARCH = 200;
export const MAX_LIST = 200;

/** A row id as GraphQL sends it: digits, and no more than a JS number holds exactly (16 digits can pass 2^53). */
export const isRowId = (value: string): boolean => /^[1-9][0-9]{0,15}$/.test(value) && Number.isSafeInteger(Number(value));

export class FieldErrors {
  private readonly fields: Record<string, string> = {};
  private readonly reasons: Record<string, FieldReason> = {};

  /** The first problem of a field counts; `reason` lets a portal say it in the viewer's language. */
  add(field: string, message: string, reason?: FieldReason): void {
    if (field in this.fields) return;
    this.fields[field] = message;
    if (reason) this.reasons[field] = reason;
  }

  /** A trimmed text within `max` characters; empty is an error when required, else null. */
  text(value: string | null | undefined, field: string, { max, required = false }: { max: number; required?: boolean }): string | null {
    const trimmed = value?.trim() ?? '';
    if (!trimmed) {
      if (required) this.add(field, 'Must not be empty.', { code: 'REQUIRED' });
      return null;
    }
    if (trimmed.length > max) this.add(field, `Must be at most ${max.toLocaleString('en')} characters.`, { code: 'TOO_LONG', max });
    // control characters (a NUL would even fail the insert) and bidirectional overrides have no place
    // in text people read
    else if (UNSAFE_IN_TEXT.test(trimmed)) {
      this.add(field, 'Must not contain control or bidirectional-override characters.', { code: 'CONTROL_CHARACTERS' });
    }
    return trimmed;
  }

  /** A row id, or null (recorded as INVALID_ID) when it is not one. */
  id(value: string, field: string): number | null {
    if (isRowId(value)) return Number(value);
    this.add(field, 'Not a valid id.', { code: 'INVALID_ID' });
    return null;
  }

  /** A list of at most `max` values (null and absent are fine). */
  list(values: readonly unknown[] | null | undefined, field: string, max = MAX_LIST): void {
    if (values && values.length > max) this.add(field, `At most ${max.toLocaleString('en')} values.`, { code: 'TOO_MANY', max });
  }

  /**
   * A list filter's sizes, before any SQL: its search within MAX_SEARCH (PostgreSQL's full-text parser
   * spent 17 s on a 1 MB one) and every list within MAX_LIST (picked from a menu by a person).
   */
  filter(filter: object, prefix = 'filter'): void {
    const { search } = filter as { search?: unknown };
    if (typeof search === 'string') this.text(search, `${prefix}.search`, { max: MAX_SEARCH });
    for (const [field, value] of Object.entries(filter)) {
      if (Array.isArray(value)) this.list(value, `${prefix}.${field}`);
    }
  }

  throwIfAny(): void {
    if (Object.keys(this.fields).length) throw badInput(this.fields, this.reasons);
  }
}
