import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// Same single-realm graphql pin as apps/api (codegen and our documents must share one graphql copy).
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

/** Pure logic of the web app (masks, display, shortcuts) and the generated-code freshness check. */
export default defineProject({
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: graphqlEntry },
      { find: /^@\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) },
    ],
  },
  test: {
    name: 'web',
    include: ['test/**/*.test.ts'],
    // Group 0 runs first, two files at a time: these tests wait on Postgres, S3 and child
    // processes more than they compute (the api project: 509 s instead of 862 s, measured).
    sequence: { groupOrder: 0 },
    maxWorkers: 2,
    testTimeout: 90_000,
    // vitest's 10 s default failed a generator beforeAll on a loaded 2-core machine (issue 24)
    hookTimeout: 120_000,
  },
});
