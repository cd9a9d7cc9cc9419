import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

// graphql 16 ships CJS (`main`) and ESM (`module`) without an exports map: Node gives libraries the
// CJS copy while Vite would give our code the ESM copy, and graphql refuses types from "another realm".
// Pin everyone to the copy Node resolves.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

/**
 * API tests that must not share the database with another API at work: the object-store fault
 * tests leave masks in the PendingObject outbox while their store is down, and every API's outbox
 * sweep uploads whatever it finds there. They run in the 'api-serial' project
 * (vitest.serial.config.ts), one file at a time, after the parallel group.
 */
export const SERIAL_API_TESTS = ['test/faults-storage*.test.ts'];

export default defineProject({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    name: 'api',
    include: ['test/**/*.test.ts'],
    exclude: SERIAL_API_TESTS,
    // Group 0 runs first, two files at a time: these tests wait on Postgres, S3 and child
    // processes more than they compute (the api project: 509 s instead of 862 s, measured).
    sequence: { groupOrder: 0 },
    maxWorkers: 2,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
