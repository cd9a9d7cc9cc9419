import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'data',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // vitest's 10 s default failed a generator beforeAll on a loaded 2-core machine (issue 24)
    hookTimeout: 120_000,
  },
});
