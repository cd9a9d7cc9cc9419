import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'catalog',
    include: ['test/**/*.test.ts'],
    // Imports encode and store real images against the embedded Postgres and S3 server.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
