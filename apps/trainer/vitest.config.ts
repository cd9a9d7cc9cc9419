import { defineProject } from 'vitest/config';

// Trainer tests train real (tiny) networks and start trainer processes, with timeouts sized for CPU
// training.
export default defineProject({
  test: {
    name: 'trainer',
    include: ['test/**/*.test.ts'],
    // Group 2: one file at a time, with nothing beside it. Trainer services and processes act on the
    // whole database (they dispatch every QUEUED run, re-queue stale ones, score every active
    // version's patches), so a file beside them would lose its runs or find its patches scored.
    // Also timed by heartbeats. (sequence.groupOrder: one pool per group, one worker count per group.)
    sequence: { groupOrder: 2 },
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
