import { defineProject } from 'vitest/config';

/**
 * The full-size variants (128 M parameters, 384 px): a short file and the longest of group 1. vitest
 * orders a group's files by project name, then, with no timing cache (a clean CI clone), largest
 * file first, so inside 'packages/model' it would start last and run alone at the end. As a project of
 * its own it starts after the active-learning files, beside the rest.
 */
export const FULL_VARIANT_TESTS = ['test/full-variants.test.ts'];

export default defineProject({
  test: {
    name: 'model-full',
    include: FULL_VARIANT_TESTS,
    // Group 1, like the rest of packages/model (vitest.config.ts).
    sequence: { groupOrder: 1 },
    maxWorkers: 2,
    testTimeout: 240_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
});
