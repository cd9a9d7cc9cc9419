import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'storage',
    include: ['test/**/*.test.ts'],
    // The frozen-server test starts an S3 server in a child process (tsx start-up ~1-2 s).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
