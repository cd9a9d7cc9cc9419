import { defineConfig } from 'vitest/config';

// One vitest run covers every workspace; each workspace may add its own vitest.config.ts.
export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'packages/model/vitest.full.config.ts',
      'apps/api',
      'apps/api/vitest.serial.config.ts',
      'apps/trainer',
      'apps/web',
      'test',
    ],
  },
});
