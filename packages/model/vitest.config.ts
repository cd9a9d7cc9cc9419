import { defineProject } from 'vitest/config';

// Model tests train real networks on the WASM backend: generous timeouts, one file at a time
// (parallel files would fight over the two cores and the WASM heap).
export default defineProject({
  test: {
    name: 'packages/model',
    include: ['test/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
