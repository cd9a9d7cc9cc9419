import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

// Same single-realm graphql pin as apps/api (see apps/api/vitest.config.ts).
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

/** Cross-app tests: the launcher and deployment files (system/) and browser tests (e2e/). */
export default defineProject({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    name: 'system',
    include: ['system/**/*.test.ts', 'e2e/**/*.test.ts'],
    // Group 3, last: whole platforms and browsers, one at a time.
    sequence: { groupOrder: 3 },
    maxWorkers: 1,
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
