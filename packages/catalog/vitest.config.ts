import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'catalog',
    include: ['test/**/*.test.ts'],
    // Group 0 runs first, two files at a time: these tests wait on Postgres, S3 and child
    // processes more than they compute (the api project: 509 s instead of 862 s, measured).
    sequence: { groupOrder: 0 },
    maxWorkers: 2,
    // Imports encode and store real images against the embedded Postgres and S3 server.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
