import { registerEnumType } from 'type-graphql';

/**
 * Registers a PostgreSQL enum's values as a GraphQL enum of the same values, so the database is the
 * one place that lists them. Returns the value map type-graphql needs.
 */
export function graphqlEnum<const V extends readonly [string, ...string[]]>(
  name: string,
  values: V,
  description?: string,
): { [K in V[number]]: K } {
  const map = Object.fromEntries(values.map((v) => [v, v])) as { [K in V[number]]: K };
  registerEnumType(map, { name, description });
  return map;
}
