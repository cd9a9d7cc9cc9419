import { collateBatch, type TrainingSample } from './batch.js';
import { Rng } from './rng.js';
import type { StepResult, Trainer } from './trainer.js';

export interface TrainProgress extends StepResult {
  epoch: number;
  stepInEpoch: number;
  stepsPerEpoch: number;
  /** Patches per second over this step (augmentation + forward + backward + update). */
  patchesPerSecond: number;
  stepMs: number;
}

export interface EpochSummary {
  epoch: number;
  /** Mean unweighted loss per task over the steps where the task was active (null if never). */
  meanLosses: (number | null)[];
  /** Task weights at the end of the epoch. */
  weights: number[];
}

export interface TrainHistory {
  steps: number;
  epochs: EpochSummary[];
  /** Weights after every step (GradNorm trajectory etc.). */
  weightTrajectory: { step: number; weights: number[] }[];
  cancelled: boolean;
}

export interface TrainLoopOptions {
  epochs?: number;
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?: (p: TrainProgress) => void;
  /** Stop after this many steps in total (tests, benchmarks). */
  maxSteps?: number;
  /**
   * Continue a checkpointed run: the first epoch to train (1-based) and the shuffling and
   * augmentation generator's position saved at the end of the epoch before it.
   */
  resume?: { epoch: number; rngPosition: number };
  /** Awaited after every epoch (validation, checkpoints) before the next one starts. */
  onEpochEnd?: (end: EpochEnd) => Promise<void> | void;
}

export interface EpochEnd extends EpochSummary {
  /** Position of the shuffling and augmentation generator, for `resume`. */
  rngPosition: number;
}

/**
 * Epoch loop: seeded shuffling and augmentation (same seed -> same batches), one trainer step per
 * batch, progress after every step, and cancellation through an AbortSignal checked between steps
 * (the loop yields to the event loop so that an abort can arrive).
 */
export async function trainLoop(
  trainer: Trainer,
  samples: TrainingSample[],
  opts: TrainLoopOptions = {},
): Promise<TrainHistory> {
  const epochs = opts.epochs ?? trainer.config.epochs;
  const batchSize = opts.batchSize ?? trainer.config.batchSize;
  const rng = new Rng(opts.resume ? opts.resume.rngPosition : trainer.config.seed);
  const stepsPerEpoch = Math.ceil(samples.length / batchSize);
  const history: TrainHistory = {
    steps: 0,
    epochs: [],
    weightTrajectory: trainer.weighting.trajectory,
    cancelled: false,
  };
  for (let epoch = opts.resume?.epoch ?? 1; epoch <= epochs; epoch += 1) {
    const order = rng.shuffle(samples.map((_, i) => i));
    const sums = [0, 0, 0];
    const counts = [0, 0, 0];
    for (let s = 0; s < stepsPerEpoch; s += 1) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (opts.signal?.aborted || (opts.maxSteps !== undefined && history.steps >= opts.maxSteps)) {
        history.cancelled = opts.signal?.aborted ?? false;
        return history;
      }
      const picked = order.slice(s * batchSize, (s + 1) * batchSize).map((i) => samples[i] as TrainingSample);
      const t0 = performance.now();
      const batch = collateBatch(picked, trainer.model.config, trainer.config.augment, rng);
      const result = await trainer.step(batch);
      const stepMs = performance.now() - t0;
      history.steps += 1;
      result.losses.forEach((l, i) => {
        if (result.active[i]) {
          sums[i] = (sums[i] as number) + l;
          counts[i] = (counts[i] as number) + 1;
        }
      });
      opts.onProgress?.({
        ...result,
        epoch,
        stepInEpoch: s + 1,
        stepsPerEpoch,
        stepMs,
        patchesPerSecond: (picked.length * 1000) / stepMs,
      });
    }
    const summary: EpochSummary = {
      epoch,
      meanLosses: sums.map((v, i) => ((counts[i] as number) > 0 ? v / (counts[i] as number) : null)),
      weights: trainer.weighting.currentWeights(),
    };
    history.epochs.push(summary);
    await opts.onEpochEnd?.({ ...summary, rngPosition: rng.position });
  }
  return history;
}
