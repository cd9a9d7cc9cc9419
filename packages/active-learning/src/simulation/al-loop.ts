import { SeededRandom } from '@hep2/data';
import { createModel, createTrainer, type Hep2Model, type TrainingSample, trainLoop } from '@hep2/model';
import type * as tf from '@tensorflow/tfjs';
import { scoreImages } from '../scoring/model-scorer';
import type { AcquisitionSettings } from '../strategies/acquisition-config';
import { rankPatches } from '../strategies/rank-patches';
import type { ScoreRow } from '../strategies/score-table';
import type { Arm, ArmName } from './arms';
import { type LabelCost, type LabelTask, labelledSample, patchCost, patchesForBudget } from './label-cost';
import type { SeedWorld, TestSetName } from './seed-world';
import { evaluate, type SimMetrics } from './sim-metrics';
import type { SimSample } from './synthetic-pool';

export interface LoopOptions {
  classes: number;
  /** Levels of the intensity head (2: one logit); default 2. */
  intensityLevels?: number;
  inputSize: number;
  width: number;
  blocks: number[];
  /** Cost units spent on the random seed set, then per acquisition round. */
  seedBudget: number;
  roundBudget: number;
  rounds: number;
  /** Training steps on the seed set, then per round (fine-tuning the previous round's model). */
  initialSteps: number;
  roundSteps: number;
  batchSize: number;
  /** Which labels the oracle gives for each acquired patch, and what each costs. */
  labelTasks: LabelTask[];
  cost: LabelCost;
  log?: (line: string) => void;
}

export interface CurvePoint {
  labels: number;
  /** Metrics on the balanced test set (what the single-test-set report and chart read). */
  metrics: SimMetrics;
  /** Labelled patches per pattern class at this point. */
  perClass: number[];
}

export interface SimCurvePoint extends CurvePoint {
  /** Label cost spent so far, in cost units (labels x the per-patch cost of the labelled tasks). */
  cost: number;
  byTestSet: Record<TestSetName, SimMetrics>;
}

export interface ArmRun {
  arm: ArmName;
  curve: SimCurvePoint[];
  /** Pool indices acquired per round, in acquisition order. */
  acquired: number[][];
}

export interface SeedRun {
  seed: number;
  /** Pool indices of the random seed set every arm starts from. */
  seedSet: number[];
  arms: ArmRun[];
}

async function train(
  model: Hep2Model,
  samples: TrainingSample[],
  steps: number,
  o: LoopOptions,
  seed: number,
) {
  const trainer = createTrainer(model, { batchSize: o.batchSize, weighting: { kind: 'fixed' }, seed });
  try {
    const epochs = Math.ceil(steps / Math.ceil(samples.length / o.batchSize));
    await trainLoop(trainer, samples, { epochs, maxSteps: steps });
  } finally {
    trainer.dispose();
  }
}

const modelConfig = (o: LoopOptions, seed: number) => ({
  variant: 'lite' as const,
  inputSize: o.inputSize,
  width: o.width,
  blocks: o.blocks,
  patternClasses: o.classes,
  intensityLevels: o.intensityLevels ?? 2,
  seed,
});

/** Copies of every weight (BatchNorm statistics included) of the three sub-models. */
function snapshot(model: Hep2Model): tf.Tensor[][] {
  return [model.encoder, model.decoder, model.heads].map((m) => m.getWeights().map((w) => w.clone()));
}

function restore(model: Hep2Model, weights: tf.Tensor[][]) {
  [model.encoder, model.decoder, model.heads].forEach((m, k) => {
    m.setWeights(weights[k] as tf.Tensor[]);
  });
}

/**
 * One seed of the ablation: trains once on a random seed set (bought with seedBudget), then runs
 * every arm from a copy of that model over the same pool and test sets, each round scoring the
 * unlabelled pool, letting the arm rank it, "labelling" what roundBudget buys and fine-tuning. The
 * arms of a seed therefore differ only in which patches they acquire.
 */
export async function runSeed(world: SeedWorld, arms: readonly Arm[], o: LoopOptions): Promise<SeedRun> {
  const { pool, seed } = world;
  const seedCount = Math.min(pool.length, patchesForBudget(o.seedBudget, o.labelTasks, o.cost));
  const seedSet = new SeededRandom(`seed-set:${seed}`).shuffle(pool.map((_, i) => i)).slice(0, seedCount);
  const base = createModel(modelConfig(o, seed));
  let weights: tf.Tensor[][] = [];
  try {
    await train(base, labelledSamples(pool, seedSet, o), o.initialSteps, o, seed * 1000);
    weights = snapshot(base);
  } finally {
    base.dispose();
  }
  try {
    const out: ArmRun[] = [];
    for (const arm of arms) out.push(await runArm(world, arm, seedSet, weights, o));
    return { seed, seedSet, arms: out };
  } finally {
    for (const w of weights.flat()) w.dispose();
  }
}

const labelledSamples = (pool: SimSample[], indices: Iterable<number>, o: LoopOptions) =>
  [...indices].map((i) => labelledSample(pool[i] as SimSample, o.labelTasks));

async function runArm(
  world: SeedWorld,
  arm: Arm,
  seedSet: number[],
  weights: tf.Tensor[][],
  o: LoopOptions,
): Promise<ArmRun> {
  const { pool, seed } = world;
  const perPatch = patchCost(o.labelTasks, o.cost);
  const acquire = patchesForBudget(o.roundBudget, o.labelTasks, o.cost);
  const labelled = new Set(seedSet);
  const model = createModel(modelConfig(o, seed));
  const curve: SimCurvePoint[] = [];
  const acquired: number[][] = [];
  const record = () => {
    const perClass = new Array<number>(o.classes).fill(0);
    for (const i of labelled) {
      const k = (pool[i] as SimSample).pattern;
      if (k !== null) perClass[k] = (perClass[k] as number) + 1;
    }
    const balanced = evaluate(model, world.tests.balanced, o.classes);
    const natural = evaluate(model, world.tests.natural, o.classes);
    curve.push({
      labels: labelled.size,
      cost: labelled.size * perPatch,
      metrics: balanced,
      byTestSet: { balanced, natural },
      perClass,
    });
    o.log?.(
      `  ${arm.name} seed ${seed}: ${labelled.size} labels -> composite balanced ${balanced.composite.toFixed(3)}, natural ${natural.composite.toFixed(3)}`,
    );
    return perClass;
  };
  try {
    restore(model, weights);
    let perClass = record();
    for (let round = 1; round <= o.rounds; round += 1) {
      const candidates = pool.map((_, i) => i).filter((i) => !labelled.has(i));
      if (candidates.length === 0) break;
      const rows = scoreCandidates(model, pool, candidates, arm.settings);
      const ranked = rankPatches(
        rows,
        { ...arm.settings, batchSize: acquire, seed: seed * 100 + round },
        { labelledPerPattern: perClass },
        { selectors: arm.selectors },
      );
      const picked = ranked.slice(0, acquire).map((r) => Number(r.patchId));
      acquired.push(picked);
      for (const i of picked) labelled.add(i);
      await train(model, labelledSamples(pool, labelled, o), o.roundSteps, o, seed * 1000 + round);
      perClass = record();
    }
  } finally {
    model.dispose();
  }
  return { arm: arm.name, curve, acquired };
}

/** Scores the unlabelled pool as the scoring job would: the arm's MC samples and dropout mode. */
function scoreCandidates(
  model: Hep2Model,
  pool: SimSample[],
  candidates: number[],
  settings: Pick<AcquisitionSettings, 'mcSamples' | 'mcDropout'>,
) {
  const rows: ScoreRow[] = [];
  for (let start = 0; start < candidates.length; start += 64) {
    const part = candidates.slice(start, start + 64);
    const scored = scoreImages(
      model,
      part.map((i) => (pool[i] as SimSample).image),
      { mcSamples: settings.mcSamples, mode: settings.mcDropout },
    );
    part.forEach((i, k) => {
      const s = scored[k];
      if (s) rows.push({ ...s, patchId: String(i), specimenId: (pool[i] as SimSample).specimenId });
    });
  }
  return rows;
}
