import { defineProject } from 'vitest/config';

// Model tests train real networks on the WASM backend: generous timeouts, one file at a time
// (parallel files would fight over the two cores and the WASM heap).
export default defineProject({
  test: {
    name: 'packages/model',
    include: ['test/**/*.test.ts'],
    // Group 1: TensorFlow.js training and scoring, CPU-bound and timed by heartbeats: one file at a
    // time, after group 0 (sequence.groupOrder; one pool per group, so one worker count per group).
    sequence: { groupOrder: 1 },
    maxWorkers: 1,
    testTimeout: 240_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
});
