import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';
import { SERIAL_API_TESTS } from './vitest.config';

// The same single-realm graphql pin as vitest.config.ts.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

/** The API tests that need the database's background sweeps to themselves (see SERIAL_API_TESTS). */
export default defineProject({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    name: 'api-serial',
    include: SERIAL_API_TESTS,
    // Group 2 (with the trainer's): one file at a time, with nothing running beside it.
    sequence: { groupOrder: 2 },
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
