import { defineProject } from 'vitest/config';

// The scoring test runs a tiny network on the WASM backend: one file at a time, CPU-sized timeouts.
export default defineProject({
  test: {
    name: 'active-learning',
    include: ['test/**/*.test.ts'],
    // Group 1: TensorFlow.js training and scoring, CPU-bound and timed by heartbeats: one file at a
    // time, after group 0 (sequence.groupOrder; one pool per group, so one worker count per group).
    sequence: { groupOrder: 1 },
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
