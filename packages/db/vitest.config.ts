import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'db',
    include: ['test/**/*.test.ts'],
    // Each test creates and drops real Postgres databases and boots the Wasm schema engine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
