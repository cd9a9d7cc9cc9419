import { defineProject } from 'vitest/config';

// The scoring test runs a tiny network on the WASM backend: one file at a time, CPU-sized timeouts.
export default defineProject({
  test: {
    name: 'active-learning',
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
