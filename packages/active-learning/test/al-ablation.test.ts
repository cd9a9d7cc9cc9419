import { initBackend } from '@hep2/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { entropy, margin, parseAcquisitionSettings, rankPatches, type ScoreRow } from '../src/index';
import { runSeed } from '../src/simulation/al-loop';
import { compareArm } from '../src/simulation/arm-report';
import { ARM_NAMES, buildArms } from '../src/simulation/arms';
import { buildSeedWorld, TEST_SETS, type WorldOptions } from '../src/simulation/seed-world';

/** 20 rows; patches 0-3 are predicted golgi (class 5), the rest spread over classes 0-3. */
function rows(): ScoreRow[] {
  return Array.from({ length: 20 }, (_, i) => {
    const top = i < 4 ? 5 : i % 4;
    const sharp = 0.3 + (i % 7) * 0.1;
    const p = Array.from({ length: 6 }, (_, k) => (k === top ? sharp : (1 - sharp) / 5));
    const q = [0.5 + (i % 5) * 0.1, 0.5 - (i % 5) * 0.1];
    return {
      patchId: `p${String(i).padStart(2, '0')}`,
      specimenId: `s${i % 5}`,
      patternProbs: p,
      intensityProbs: q,
      patternEntropy: entropy(p),
      patternMargin: margin(p),
      intensityEntropy: entropy(q),
      maskEntropy: (i * 7) % 10,
      boundaryEntropy: null,
      bald: null,
      embedding: Float32Array.from([Math.cos(i), Math.sin(i), i % 3]),
    };
  });
}

const full = parseAcquisitionSettings({ batchSize: 10, rareClasses: { classes: [5] } });
const arm = (name: string) =>
  buildArms(full).find((a) => a.name === name) as ReturnType<typeof buildArms>[number];
const rank = (name: string) => {
  const a = arm(name);
  return rankPatches(rows(), a.settings, { labelledPerPattern: [] }, { selectors: a.selectors }).slice(0, 10);
};

describe('ablation arms', () => {
  it('the full arm is the production strategy, unchanged', () => {
    const production = rankPatches(rows(), full).slice(0, 10);
    expect(rank('full')).toEqual(production);
    expect(new Set(production.map((r) => r.reason))).toEqual(new Set(['rare-class', 'diversity']));
  });

  it('each part runs alone: quota on a random order, k-center on a random order, uncertainty alone', () => {
    const quota = rank('random+quota');
    // round(0.2 x 10) = 2 rare-class slots, the rest straight from the random order.
    expect(quota.filter((r) => r.reason === 'rare-class')).toHaveLength(2);
    expect(quota.filter((r) => r.reason === 'random')).toHaveLength(8);
    const plainRandom = rank('random');
    expect(plainRandom.every((r) => r.reason === 'random')).toBe(true);
    // Same seed, same random order: the other picks follow the plain random order, minus the quota's.
    const quotaPicks = new Set(quota.filter((r) => r.reason === 'rare-class').map((r) => r.patchId));
    const randomOrder = rankPatches(rows(), arm('random').settings).map((r) => r.patchId);
    expect(quota.filter((r) => r.reason === 'random').map((r) => r.patchId)).toEqual(
      randomOrder.filter((id) => !quotaPicks.has(id)).slice(0, 8),
    );
    expect(rank('diversity').some((r) => r.reason === 'diversity')).toBe(true);
    expect(rank('diversity').some((r) => r.reason === 'rare-class')).toBe(false);
    const uncertainty = rank('uncertainty');
    expect(uncertainty.every((r) => r.reason === 'uncertainty')).toBe(true);
    // No selectors: the batch is the top of the multitask score order.
    const scores = uncertainty.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });
});

const world: WorldOptions = {
  patterns: ['homogeneous', 'speckled', 'nucleolar', 'centromere', 'nuclear_membrane', 'golgi'],
  poolWeights: [4, 4, 3, 3, 1, 1],
  poolSpecimens: 8,
  poolPatchesPerSpecimen: 2,
  testSpecimens: 12,
  testPatchesPerSpecimen: 1,
  cropSize: 64,
  inputSize: 32,
};

describe('seed worlds', () => {
  it('are resampled per seed, reproducible, with an exactly balanced and a natural test set', () => {
    const one = buildSeedWorld(1, world);
    expect(buildSeedWorld(1, world).pool.map((s) => s.pattern)).toEqual(one.pool.map((s) => s.pattern));
    expect(Array.from(buildSeedWorld(1, world).pool[0]?.image ?? [])).toEqual(
      Array.from(one.pool[0]?.image ?? []),
    );
    expect(Array.from(buildSeedWorld(2, world).pool[0]?.image ?? [])).not.toEqual(
      Array.from(one.pool[0]?.image ?? []),
    );
    const perClass = (s: { pattern: number | null }[]) =>
      [0, 1, 2, 3, 4, 5].map((k) => s.filter((x) => x.pattern === k).length);
    expect(perClass(one.tests.balanced)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(one.tests.natural).toHaveLength(12);
    expect(new Set(one.tests.natural.map((s) => s.id)).size).toBe(12);
  });
});

describe('tiny end-to-end ablation', () => {
  beforeAll(async () => {
    await initBackend({ order: ['wasm'], log: () => {} });
  });

  it('runs every arm per seed from one shared pool, seed set, initial model and test sets', async () => {
    const cost = { pattern: 1, intensity: 2, mask: 10 };
    const arms = buildArms(parseAcquisitionSettings({ mcSamples: 2 }));
    const loop = {
      classes: 6,
      inputSize: 32,
      width: 4,
      blocks: [1, 1, 1],
      batchSize: 4,
      initialSteps: 2,
      roundSteps: 1,
      seedBudget: 4 * 13,
      roundBudget: 3 * 13,
      rounds: 2,
      labelTasks: ['pattern' as const, 'intensity' as const, 'mask' as const],
      cost,
    };
    const runs = [];
    for (const seed of [1, 2]) runs.push(await runSeed(buildSeedWorld(seed, world), arms, loop));
    for (const run of runs) {
      expect(run.arms.map((a) => a.arm)).toEqual([...ARM_NAMES]);
      expect(run.seedSet).toHaveLength(4);
      const first = run.arms.map((a) => a.curve[0]);
      // Same seed set and same initial weights: the first point is identical on both test sets.
      for (const p of first) {
        expect(p?.byTestSet).toEqual(first[0]?.byTestSet);
        expect(p?.perClass).toEqual(first[0]?.perClass);
      }
      for (const a of run.arms) {
        expect(a.curve.map((p) => p.labels)).toEqual([4, 7, 10]);
        // Every patch is charged all three tasks: 13 units each, masks included.
        expect(a.curve.map((p) => p.cost)).toEqual([52, 91, 130]);
        const bought = a.acquired.flat();
        expect(new Set(bought).size).toBe(bought.length);
        for (const i of bought) expect(run.seedSet).not.toContain(i);
      }
    }
    expect(runs[0]?.seedSet).not.toEqual(runs[1]?.seedSet);
    for (const testSet of TEST_SETS) {
      for (const name of ARM_NAMES) {
        const c = compareArm(runs, name, testSet, 'composite', { resamples: 200 });
        expect(c.aucArm).toHaveLength(2);
        expect(c.costRatio).toHaveLength(2);
        expect(c.aucDifference?.n).toBe(2);
      }
      expect(compareArm(runs, 'random', testSet, 'composite').aucDifference?.estimate).toBe(0);
    }
  });
});
