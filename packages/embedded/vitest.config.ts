import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'embedded',
    include: ['test/**/*.test.ts'],
    // starts real embedded Postgres / S3 servers: sized for a loaded 2-core machine
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
