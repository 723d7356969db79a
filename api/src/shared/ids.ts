import { badInput } from './errors';

/** Parses a GraphQL ID into a row id, naming the field when it is not one. */
export function parseId(value: string, field: string): number {
  if (!/^[1-9][0-9]{0,15}$/.test(value)) throw badInput({ [field]: 'Not a valid id.' }, { [field]: { code: 'INVALID_ID' } });
  return Number(value);
}

export function parseIds(values: readonly string[] | null | undefined, field: string): number[] | undefined {
  return values?.map((v, i) => parseId(v, `${field}.${i}`));
}
