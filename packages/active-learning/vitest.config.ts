import { defineProject } from 'vitest/config';

// Scoring and simulation run tiny networks on the WASM backend: CPU-sized timeouts.
export default defineProject({
  test: {
    name: 'active-learning',
    include: ['test/**/*.test.ts'],
    // Group 1: TensorFlow.js compute, two files at a time (one WASM thread each), after group 0. Its
    // database tests touch only the datasets they seed: no trainer service (group 2) runs beside them.
    sequence: { groupOrder: 1 },
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
