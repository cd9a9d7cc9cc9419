import { defineProject } from 'vitest/config';

// Trainer tests train real (tiny) networks and start trainer processes: one file at a time, so
// they do not fight over the two cores, with timeouts sized for CPU training.
export default defineProject({
  test: {
    name: 'trainer',
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
