import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // one graphql module instance for type-graphql and Apollo ("another module or realm")
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    globalSetup: ['@chorus/db/testing/global-setup'],
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
