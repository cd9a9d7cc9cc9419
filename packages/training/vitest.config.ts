import { defineProject } from 'vitest/config';

// Pure unit tests (statistics, promotion rule, run settings, report CSV), with the trainer
// project's timeouts: every project sizes its own for a loaded 2-core machine.
export default defineProject({
  test: {
    name: 'training',
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
