import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'storage',
    include: ['test/**/*.test.ts'],
    // Group 0 runs first, two files at a time: these tests wait on Postgres, S3 and child
    // processes more than they compute (the api project: 509 s instead of 862 s, measured).
    sequence: { groupOrder: 0 },
    maxWorkers: 2,
    // The frozen-server test starts an S3 server in a child process (tsx start-up ~1-2 s).
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
