import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

// graphql 16 ships CJS (`main`) and ESM (`module`) without an exports map: Node gives libraries the
// CJS copy while Vite would give our code the ESM copy, and graphql refuses types from "another realm".
// Pin everyone to the copy Node resolves.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

export default defineProject({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    name: 'api',
    include: ['test/**/*.test.ts'],
    // Group 0 runs first, two files at a time: these tests wait on Postgres, S3 and child
    // processes more than they compute (the api project: 509 s instead of 862 s, measured).
    sequence: { groupOrder: 0 },
    maxWorkers: 2,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
