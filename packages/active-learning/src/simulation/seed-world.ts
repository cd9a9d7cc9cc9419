import type { PatternClass } from '@hep2/data';
import { buildPool, type SimSample } from './synthetic-pool';

export const TEST_SETS = ['balanced', 'natural'] as const;
export type TestSetName = (typeof TEST_SETS)[number];

export interface WorldOptions {
  patterns: readonly PatternClass[];
  /** Relative specimens per pattern in the pool (and the natural test set). */
  poolWeights: readonly number[];
  poolSpecimens: number;
  poolPatchesPerSpecimen: number;
  testSpecimens: number;
  testPatchesPerSpecimen: number;
  cropSize: number;
  inputSize: number;
}

/** What every arm of one seed shares: the pool (the oracle) and both held-out test sets. */
export interface SeedWorld {
  seed: number;
  pool: SimSample[];
  tests: Record<TestSetName, SimSample[]>;
}

/**
 * A freshly generated pool and test sets for one seed, so seeds differ in data as well as in
 * initial weights and seed set. The balanced test set weighs every pattern equally (what mean class
 * accuracy assumes); the natural one has the pool's imbalance (what the lab will meet), so a rare
 * quota cannot look good only because the test set over-represents rare patterns.
 */
export function buildSeedWorld(seed: number, o: WorldOptions): SeedWorld {
  const common = { patterns: o.patterns, cropSize: o.cropSize, inputSize: o.inputSize };
  const pool = buildPool({
    ...common,
    seed: `al-pool-${seed}`,
    specimenWeights: o.poolWeights,
    specimens: o.poolSpecimens,
    patchesPerSpecimen: o.poolPatchesPerSpecimen,
  });
  const test = (name: TestSetName, weights: readonly number[]) =>
    buildPool({
      ...common,
      assignment: name === 'balanced' ? 'cycled' : 'sampled',
      seed: `al-test-${name}-${seed}`,
      specimenWeights: weights,
      specimens: o.testSpecimens,
      patchesPerSpecimen: o.testPatchesPerSpecimen,
    });
  return {
    seed,
    pool,
    tests: {
      balanced: test(
        'balanced',
        o.patterns.map(() => 1),
      ),
      natural: test('natural', o.poolWeights),
    },
  };
}
