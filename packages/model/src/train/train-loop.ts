import { collateBatch, type TrainingSample } from './batch.js';
import { type ClassWeights, trainingClassWeights } from './class-balance.js';
import { EarlyStopping, type EarlyStoppingState } from './early-stopping.js';
import { learningRateAt, setLearningRate } from './lr-schedule.js';
import { Rng } from './rng.js';
import type { StepResult, Trainer } from './trainer.js';

export interface TrainProgress extends StepResult {
  epoch: number;
  stepInEpoch: number;
  stepsPerEpoch: number;
  /** Patches per second over this step (augmentation + forward + backward + update). */
  patchesPerSecond: number;
  stepMs: number;
  /** Learning rate this step used (after the schedule). */
  learningRate: number;
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
  /** Class weights the losses used (explicit, or from the training labels' frequencies). */
  classWeights: ClassWeights;
  /** Best-scoring epoch and its score, when onEpochEnd returned scores. */
  bestEpoch: number | null;
  bestScore: number | null;
  /** Stopped before the last epoch because the score stopped improving (patience ran out). */
  stoppedEarly: boolean;
  /** The model holds the best epoch's weights, not the last epoch's. */
  restoredBest: boolean;
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
   * augmentation generator's position saved at the end of the epoch before it, and the early
   * stopping state checkpointed with it (absent in older checkpoints: counting starts afresh).
   */
  resume?: { epoch: number; rngPosition: number; earlyStopping?: EarlyStoppingState };
  /**
   * Awaited after every epoch (validation, checkpoints) before the next one starts. Returning a
   * validation score (higher is better) drives early stopping and keeping the best weights.
   */
  onEpochEnd?: (end: EpochEnd) => Promise<MaybeVerdict> | MaybeVerdict;
  /**
   * Awaited after early stopping has seen the epoch's score (and before the loop stops on it):
   * the point to checkpoint, with everything a resume needs.
   */
  afterEpoch?: (done: EpochDone) => Promise<void>;
  /**
   * Steps the learning-rate schedule spans (default epochs x steps per epoch): a run bounded by
   * `maxSteps` or a time budget passes its own total so the schedule reaches its end.
   */
  scheduleSteps?: number;
  /**
   * Where the run stands in its schedule, 0..1, read before every step (e.g. elapsed / budget for
   * a run bounded by wall-clock time); overrides the step-based position. Past 1 the rate stays at
   * the schedule's end.
   */
  schedulePosition?: () => number;
}

// biome-ignore lint/suspicious/noConfusingVoidType: callbacks that return nothing (Promise<void>) must fit.
type MaybeVerdict = EpochVerdict | undefined | void;

export interface EpochVerdict {
  /** Validation score of the epoch just trained, higher is better. */
  score: number;
}

export interface EpochEnd extends EpochSummary {
  /** Position of the shuffling and augmentation generator, for `resume`. */
  rngPosition: number;
}

export interface EpochDone {
  epoch: number;
  rngPosition: number;
  /** Read only when checkpointing: it copies the best epoch's weights. */
  earlyStopping: () => EarlyStoppingState;
}

/**
 * Epoch loop: seeded shuffling and augmentation (same seed -> same batches), one trainer step per
 * batch, progress after every step, and cancellation through an AbortSignal checked between steps
 * (the loop yields to the event loop so that an abort can arrive). Class weights come from the
 * samples' labels (`classBalance`), the learning rate follows `lrSchedule` by step index (a resumed
 * run continues on the same curve), and epoch scores from `onEpochEnd` drive early stopping; at the
 * end the best epoch's weights are put back. `afterEpoch` hands out the early-stopping state with
 * the resume point, so a resumed run stops, and keeps the best epoch, as the uninterrupted one would.
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
  const scheduleSteps = opts.scheduleSteps ?? epochs * stepsPerEpoch;
  const classWeights = trainingClassWeights(samples, trainer.model.config, trainer.config);
  const stopping = new EarlyStopping(trainer.config.earlyStopping);
  const resumedAfter = opts.resume ? opts.resume.epoch - 1 : null;
  if (opts.resume?.earlyStopping)
    stopping.resume(opts.resume.earlyStopping, resumedAfter as number, trainer.model);
  const history: TrainHistory = {
    steps: 0,
    epochs: [],
    weightTrajectory: trainer.weighting.trajectory,
    cancelled: false,
    classWeights,
    bestEpoch: null,
    bestScore: null,
    stoppedEarly: false,
    restoredBest: false,
  };
  const finish = (lastEpoch: number | null): TrainHistory => {
    history.bestEpoch = stopping.bestEpoch;
    history.bestScore = stopping.bestScore;
    if (!history.cancelled && lastEpoch !== null && trainer.config.earlyStopping.restoreBest)
      history.restoredBest = stopping.restore(trainer.model, lastEpoch);
    return history;
  };
  let lastEpoch: number | null = resumedAfter;
  // checkpointed at the epoch that ran out of patience: nothing left to train
  if (stopping.exhausted) {
    history.stoppedEarly = true;
    return finish(lastEpoch);
  }
  for (let epoch = opts.resume?.epoch ?? 1; epoch <= epochs; epoch += 1) {
    const order = rng.shuffle(samples.map((_, i) => i));
    const sums = [0, 0, 0];
    const counts = [0, 0, 0];
    for (let s = 0; s < stepsPerEpoch; s += 1) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (opts.signal?.aborted || (opts.maxSteps !== undefined && history.steps >= opts.maxSteps)) {
        history.cancelled = opts.signal?.aborted ?? false;
        return finish(lastEpoch);
      }
      const picked = order.slice(s * batchSize, (s + 1) * batchSize).map((i) => samples[i] as TrainingSample);
      const t0 = performance.now();
      const batch = collateBatch(picked, trainer.model.config, trainer.config.augment, rng);
      batch.classWeights = classWeights;
      const position = opts.schedulePosition?.();
      const learningRate =
        position === undefined
          ? learningRateAt(
              trainer.config.learningRate,
              trainer.config.lrSchedule,
              (epoch - 1) * stepsPerEpoch + s,
              scheduleSteps,
            )
          : learningRateAt(
              trainer.config.learningRate,
              trainer.config.lrSchedule,
              Math.round(Math.min(1, Math.max(0, position)) * 1e6),
              1e6,
            );
      setLearningRate(trainer.optimizer, learningRate);
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
        learningRate,
      });
    }
    const summary: EpochSummary = {
      epoch,
      meanLosses: sums.map((v, i) => ((counts[i] as number) > 0 ? v / (counts[i] as number) : null)),
      weights: trainer.weighting.currentWeights(),
    };
    history.epochs.push(summary);
    lastEpoch = epoch;
    const rngPosition = rng.position;
    const verdict = await opts.onEpochEnd?.({ ...summary, rngPosition });
    const stop = verdict ? stopping.observe(epoch, verdict.score, trainer.model) : false;
    await opts.afterEpoch?.({ epoch, rngPosition, earlyStopping: () => stopping.state(epoch) });
    if (stop) {
      history.stoppedEarly = epoch < epochs;
      break;
    }
  }
  return finish(lastEpoch);
}
