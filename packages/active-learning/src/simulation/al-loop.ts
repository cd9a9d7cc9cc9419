import { SeededRandom } from '@hep2/data';
import { createModel, createTrainer, type Hep2Model, trainLoop } from '@hep2/model';
import { scoreImages } from '../scoring/model-scorer';
import type { AcquisitionSettings } from '../strategies/acquisition-config';
import { rankPatches } from '../strategies/rank-patches';
import type { ScoreRow } from '../strategies/score-table';
import { evaluate, type SimMetrics } from './sim-metrics';
import type { SimSample } from './synthetic-pool';

export interface LoopOptions {
  seed: number;
  classes: number;
  inputSize: number;
  width: number;
  blocks: number[];
  seedLabels: number;
  acquire: number;
  rounds: number;
  /** Training steps on the seed set, then per round (fine-tuning the previous round's model). */
  initialSteps: number;
  roundSteps: number;
  batchSize: number;
  settings: AcquisitionSettings;
  log?: (line: string) => void;
}

export interface CurvePoint {
  labels: number;
  metrics: SimMetrics;
  /** Labelled patches per pattern class at this point. */
  perClass: number[];
}

async function train(model: Hep2Model, labelled: SimSample[], steps: number, o: LoopOptions, round: number) {
  const trainer = createTrainer(model, {
    batchSize: o.batchSize,
    weighting: { kind: 'fixed' },
    seed: o.seed * 1000 + round,
  });
  try {
    const epochs = Math.ceil(steps / Math.ceil(labelled.length / o.batchSize));
    await trainLoop(trainer, labelled, { epochs, maxSteps: steps });
  } finally {
    trainer.dispose();
  }
}

/**
 * One active-learning run with the ground truth as the oracle: train on a random seed set, then
 * each round score the unlabelled pool with the current model, let the strategy rank it, "label"
 * the first `acquire` patches and fine-tune. The seed set depends only on the seed, so strategies
 * compared under one seed start from the same labels and the same initial weights.
 */
export async function runActiveLearning(
  pool: SimSample[],
  test: SimSample[],
  o: LoopOptions,
): Promise<CurvePoint[]> {
  const rng = new SeededRandom(`seed-set:${o.seed}`);
  const order = rng.shuffle(pool.map((_, i) => i));
  const labelled = new Set(order.slice(0, o.seedLabels));
  const model = createModel({
    variant: 'lite',
    inputSize: o.inputSize,
    width: o.width,
    blocks: o.blocks,
    patternClasses: o.classes,
    intensityLevels: 2,
    seed: o.seed,
  });
  const curve: CurvePoint[] = [];
  const record = () => {
    const perClass = new Array<number>(o.classes).fill(0);
    for (const i of labelled)
      perClass[(pool[i] as SimSample).pattern] = (perClass[(pool[i] as SimSample).pattern] as number) + 1;
    const metrics = evaluate(model, test, o.classes);
    curve.push({ labels: labelled.size, metrics, perClass });
    o.log?.(
      `  ${o.settings.strategy} seed ${o.seed}: ${labelled.size} labels -> pattern acc ${metrics.patternAccuracy.toFixed(3)}, composite ${metrics.composite.toFixed(3)}`,
    );
    return perClass;
  };
  try {
    await train(
      model,
      [...labelled].map((i) => pool[i] as SimSample),
      o.initialSteps,
      o,
      0,
    );
    let perClass = record();
    for (let round = 1; round <= o.rounds; round += 1) {
      const candidates = pool.map((_, i) => i).filter((i) => !labelled.has(i));
      const rows: ScoreRow[] = [];
      for (let start = 0; start < candidates.length; start += 64) {
        const part = candidates.slice(start, start + 64);
        const scored = scoreImages(
          model,
          part.map((i) => (pool[i] as SimSample).image),
          { mcSamples: o.settings.mcSamples },
        );
        part.forEach((i, k) => {
          const s = scored[k];
          const sample = pool[i] as SimSample;
          if (s) rows.push({ ...s, patchId: String(i), specimenId: sample.specimenId });
        });
      }
      const ranked = rankPatches(
        rows,
        { ...o.settings, batchSize: o.acquire, seed: o.seed * 100 + round },
        { labelledPerPattern: perClass },
      );
      for (const r of ranked.slice(0, o.acquire)) labelled.add(Number(r.patchId));
      await train(
        model,
        [...labelled].map((i) => pool[i] as SimSample),
        o.roundSteps,
        o,
        round,
      );
      perClass = record();
    }
  } finally {
    model.dispose();
  }
  return curve;
}
