import { badInput } from './errors';
import { isRowId, MAX_LIST } from './validate';

/**
 * The most ids a list argument takes, as any other list. Every list in the portal is picked by a
 * person (departments, themes, a page of notifications); 70,000 ids would otherwise reach PostgreSQL
 * as one parameter each, past postgres.js's 65,535 and into an INTERNAL_SERVER_ERROR.
 */
export const MAX_IDS = MAX_LIST;

/** Parses a GraphQL ID into a row id, naming the field when it is not one. */
export function parseId(value: string, field: string): number {
  if (!isRowId(value)) {
    throw badInput({ [field]: 'Not a valid id.' }, { [field]: { code: 'INVALID_ID' } });
  }
  return Number(value);
}

/** Parses a list of ids, refusing one longer than `max` before looking at its items. */
export function parseIds(values: readonly string[] | null | undefined, field: string, max = MAX_IDS): number[] | undefined {
  if (values && values.length > max) {
    throw badInput({ [field]: `At most ${max.toLocaleString('en')} ids.` }, { [field]: { code: 'TOO_MANY', max } });
  }
  return values?.map((v, i) => parseId(v, `${field}.${i}`));
}
