import { defineProject } from 'vitest/config';
import { FULL_VARIANT_TESTS } from './vitest.full.config';

// Model tests train real networks on the WASM backend: generous timeouts (two files share the cores).
export default defineProject({
  test: {
    name: 'packages/model',
    include: ['test/**/*.test.ts'],
    // run as the 'model-full' project (vitest.full.config.ts), to start early
    exclude: FULL_VARIANT_TESTS,
    // Group 1: TensorFlow.js compute that touches no shared state, two files at a time (Node's WASM
    // backend runs on one thread, so one file leaves a core idle), after group 0.
    sequence: { groupOrder: 1 },
    maxWorkers: 2,
    testTimeout: 240_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
});
