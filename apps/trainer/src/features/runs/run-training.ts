import {
  createTrainer,
  DEFAULT_AUGMENT,
  DEFAULT_LR_SCHEDULE,
  type EarlyStoppingState,
  type EpochDone,
  type EpochEnd,
  type Hep2Model,
  NO_AUGMENT,
  restoreTrainerState,
  saveTrainerState,
  type TrainerState,
  type TrainHistory,
  type TrainProgress,
  trainLoop,
} from '@hep2/model';
import { type ProgressReporter, type RunConfig, type RunProgress, taskValues } from '@hep2/training';
import type { LabelledSample } from '../data/sample-loader';
import { type EpochValidation, validateEpoch } from '../evaluation/epoch-validation';
import { type EvaluationInference, withEvaluationPredictor } from '../evaluation/evaluation-predictor';

export interface TrainingOutcome {
  history: TrainHistory;
  seconds: number;
  steps: number;
  /** The last progress reported while training: the figures a finished run keeps showing. */
  progress: RunProgress;
}

/** Where an interrupted run continues: the state saved after `epoch` (the model is loaded by the caller). */
export interface ResumePoint {
  epoch: number;
  rngPosition: number;
  trainer: TrainerState;
  /** Absent in checkpoints written before it was kept: patience then counts from the resume. */
  earlyStopping?: EarlyStoppingState;
}

export interface TrainingHooks {
  /** Validation patches for the per-epoch figures (empty: none). */
  validation: LabelledSample[];
  resume: ResumePoint | null;
  /** Persists a checkpoint (every `checkpointEvery` epochs); null: none. */
  checkpoint: ((point: ResumePoint) => Promise<void>) | null;
  /** Threads per step (the worker's TRAIN_THREADS; data-parallel when > 1). */
  threads: number;
  /** What runs the validation passes (default: ONNX Runtime where it loads, else TensorFlow.js). */
  evaluation?: EvaluationInference;
}

/**
 * Fine-tunes `model` in place with the run's settings, reporting every step (throttled) and every
 * epoch (TrainingEpoch row with the validation figures), checkpointing as configured. Stops
 * between steps when `signal` aborts.
 */
export async function trainWithProgress(
  model: Hep2Model,
  samples: LabelledSample[],
  config: RunConfig,
  reporter: ProgressReporter,
  signal: AbortSignal,
  base: Partial<RunProgress>,
  hooks: TrainingHooks,
): Promise<TrainingOutcome> {
  const tasks = labelledTasks(samples);
  const trained = [tasks.mask, tasks.pattern, tasks.intensity];
  const trainer = createTrainer(model, {
    tasks,
    learningRate: config.learningRate,
    batchSize: config.batchSize,
    epochs: config.epochs,
    maskLoss: config.maskLoss,
    weighting:
      config.weighting === 'gradnorm'
        ? { kind: 'gradnorm', alpha: config.gradNormAlpha, learningRate: config.taskWeightLearningRate }
        : { kind: config.weighting },
    augment: config.augment ? { ...DEFAULT_AUGMENT, noiseStd: config.augmentNoise } : NO_AUGMENT,
    classBalance: config.classBalance,
    lrSchedule: config.lrSchedule === 'cosine' ? DEFAULT_LR_SCHEDULE : { kind: 'constant' },
    earlyStopping: {
      patience: config.earlyStoppingPatience,
      minDelta: 1e-4,
      restoreBest: config.keepBestEpoch,
    },
    seed: config.seed,
    threads: hooks.threads,
  });
  if (hooks.resume) await restoreTrainerState(trainer, hooks.resume.trainer);
  const started = performance.now();
  const firstStep = trainer.steps;
  const stepsPerEpoch = Math.ceil(samples.length / config.batchSize);
  const totalSteps = stepsPerEpoch * config.epochs;
  const epoch = { started, patches: 0, seconds: 0 };
  let latest: RunProgress = { ...base, phase: 'training' };
  const due = (every: number, n: number) => every > 0 && (n % every === 0 || n === config.epochs);

  const onProgress = (p: TrainProgress) => {
    epoch.patches += p.patchesPerSecond * (p.stepMs / 1000);
    const elapsed = (performance.now() - started) / 1000;
    const last = p.stepInEpoch === p.stepsPerEpoch;
    latest = {
      ...latest,
      phase: 'training',
      epoch: p.epoch,
      epochs: config.epochs,
      step: p.step,
      totalSteps,
      stepInEpoch: p.stepInEpoch,
      stepsPerEpoch,
      losses: taskValues(p.losses, p.active),
      weights: taskValues(trainer.weighting.currentWeights(), trained),
      patchesPerSecond: round(p.patchesPerSecond),
      elapsedSeconds: round(elapsed),
      etaSeconds: round((elapsed / (p.step - firstStep)) * (totalSteps - p.step)),
    };
    reporter.update(latest, last);
    if (last) epoch.seconds = (performance.now() - epoch.started) / 1000;
  };

  const onEpochEnd = async (end: EpochEnd) => {
    let validation: EpochValidation | null = null;
    if (hooks.validation.length > 0 && due(config.validateEvery, end.epoch)) {
      validation = await withEvaluationPredictor(model, hooks.evaluation ?? {}, (predictor) =>
        validateEpoch(model, hooks.validation, config.maskLoss, { predictor }),
      );
      latest = { ...latest, validation: { epoch: end.epoch, ...validation } };
      reporter.update(latest, true);
    }
    reporter.epoch({
      epoch: end.epoch,
      losses: taskValues(end.meanLosses),
      taskWeights: taskValues(end.weights, trained),
      metrics: {
        steps: stepsPerEpoch,
        patchesPerSecond: round(epoch.patches / Math.max(epoch.seconds, 1e-6)),
        ...(validation ? { validation } : {}),
      },
      seconds: round(epoch.seconds),
    });
    epoch.started = performance.now();
    epoch.patches = 0;
    // The validation score drives early stopping and keeping the best epoch (trainLoop).
    return validation ? { score: validationScore(validation) } : undefined;
  };

  // After early stopping has seen the epoch: the checkpoint carries its verdict too.
  const afterEpoch = async (done: EpochDone) => {
    if (!hooks.checkpoint || !due(config.checkpointEvery, done.epoch) || signal.aborted) return;
    const started = performance.now();
    // The epoch rows up to this one must be stored before a checkpoint says they are done.
    await reporter.flush();
    await hooks.checkpoint({
      epoch: done.epoch,
      rngPosition: done.rngPosition,
      trainer: await saveTrainerState(trainer),
      earlyStopping: done.earlyStopping(),
    });
    // checkpoint time is not training time
    epoch.started += performance.now() - started;
  };

  try {
    const history = await trainLoop(trainer, samples, {
      signal,
      onProgress,
      onEpochEnd,
      afterEpoch,
      resume: hooks.resume
        ? {
            epoch: hooks.resume.epoch + 1,
            rngPosition: hooks.resume.rngPosition,
            earlyStopping: hooks.resume.earlyStopping,
          }
        : undefined,
    });
    return {
      history,
      seconds: (performance.now() - started) / 1000,
      steps: history.steps,
      progress: latest,
    };
  } finally {
    trainer.dispose();
  }
}

/**
 * The heads this run trains: those with at least one label among the training samples. A head
 * without any (a mask-only dataset's pattern head) is disabled, not just masked batch by batch, so
 * that GradNorm balances only the tasks that exist (T = their count) and no weight is shown for it.
 */
export function labelledTasks(samples: LabelledSample[]): {
  mask: boolean;
  pattern: boolean;
  intensity: boolean;
} {
  const tasks = {
    mask: samples.some((s) => s.mask !== null),
    pattern: samples.some((s) => (s.pattern ?? -1) >= 0),
    intensity: samples.some((s) => (s.intensity ?? -1) >= 0),
  };
  if (!tasks.mask && !tasks.pattern && !tasks.intensity)
    throw new Error('no training sample has a mask, a pattern or an intensity label');
  return tasks;
}

/** One number per validated epoch, higher is better: the mean of the figures the heads have. */
export function validationScore(v: EpochValidation): number {
  const figures = [v.dice, v.patternAccuracy, v.intensityAccuracy].filter((x): x is number => x !== null);
  return figures.length > 0 ? figures.reduce((a, b) => a + b, 0) / figures.length : -v.loss;
}

const round = (v: number) => Math.round(v * 1000) / 1000;
