import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation in src/, generated from the schema the API emits.
// Run `pnpm --filter @chorus/web codegen` after changing an operation or the schema.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.ts', 'src/**/*.vue', '!src/gql/**/*', '!src/**/*.test.ts'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
