import { defineProject } from 'vitest/config';

// Pure unit tests (statistics, promotion rule, run settings, report CSV), with the trainer
// project's timeouts: every project sizes its own for a loaded 2-core machine.
export default defineProject({
  test: {
    name: 'training',
    include: ['test/**/*.test.ts'],
    // Group 0 runs first, two files at a time: these tests wait on Postgres, S3 and child
    // processes more than they compute (the api project: 509 s instead of 862 s, measured).
    sequence: { groupOrder: 0 },
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
