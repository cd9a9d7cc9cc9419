import { defineProject } from 'vitest/config';

// Trainer tests train real (tiny) networks and start trainer processes: one file at a time, so
// they do not fight over the two cores, with timeouts sized for CPU training.
export default defineProject({
  test: {
    name: 'trainer',
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
