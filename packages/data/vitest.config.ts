import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'data',
    include: ['test/**/*.test.ts'],
    // Group 0 runs first, two files at a time: these tests wait on Postgres, S3 and child
    // processes more than they compute (the api project: 509 s instead of 862 s, measured).
    sequence: { groupOrder: 0 },
    maxWorkers: 2,
    testTimeout: 60_000,
    // vitest's 10 s default failed a generator beforeAll on a loaded 2-core machine (issue 24)
    hookTimeout: 120_000,
  },
});
