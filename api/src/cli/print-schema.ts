import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

const HEADER = '# Emitted by `pnpm --filter @chorus/api emit-schema` from the type-graphql classes. Do not edit.\n\n';

/** The schema as SDL, sorted so the file changes only when the schema does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
