import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    globalSetup: ['@chorus/db/testing/global-setup'],
    // CHORUS_E2E=off runs the integration tests alone (CI's second pass on PostgreSQL 15)
    include: ['integration/**/*.test.ts', 'security/**/*.test.ts', ...(process.env.CHORUS_E2E === 'off' ? [] : ['e2e/**/*.test.ts'])],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // expect.poll gives up after 1 s by default: too short for a page that renders thirty comments on a busy CI
    // machine (the ideas e2e failed there once). Fifteen seconds still fails a page that never shows.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    // the browser tests share two cores with the server they drive
    fileParallelism: false,
  },
});
