import {
  createTrainer,
  DEFAULT_AUGMENT,
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
import type { LabelledSample } from '../data/sample-loader';
import { type EpochValidation, validateEpoch } from '../evaluation/epoch-validation';
import type { RunConfig } from './run-config';
import { type ProgressReporter, type RunProgress, taskValues } from './run-progress';

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
}

export interface TrainingHooks {
  /** Validation patches for the per-epoch figures (empty: none). */
  validation: LabelledSample[];
  resume: ResumePoint | null;
  /** Persists a checkpoint (every `checkpointEvery` epochs); null: none. */
  checkpoint: ((point: ResumePoint) => Promise<void>) | null;
  /** Threads per step (the worker's TRAIN_THREADS; data-parallel when > 1). */
  threads: number;
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
  const trainer = createTrainer(model, {
    learningRate: config.learningRate,
    batchSize: config.batchSize,
    epochs: config.epochs,
    maskLoss: config.maskLoss,
    weighting:
      config.weighting === 'gradnorm'
        ? { kind: 'gradnorm', alpha: config.gradNormAlpha }
        : { kind: config.weighting },
    augment: config.augment ? DEFAULT_AUGMENT : NO_AUGMENT,
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
      weights: taskValues(trainer.weighting.currentWeights()),
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
      validation = validateEpoch(model, hooks.validation, config.maskLoss);
      latest = { ...latest, validation: { epoch: end.epoch, ...validation } };
      reporter.update(latest, true);
    }
    reporter.epoch({
      epoch: end.epoch,
      losses: taskValues(end.meanLosses),
      taskWeights: taskValues(end.weights),
      metrics: {
        steps: stepsPerEpoch,
        patchesPerSecond: round(epoch.patches / Math.max(epoch.seconds, 1e-6)),
        ...(validation ? { validation } : {}),
      },
      seconds: round(epoch.seconds),
    });
    if (hooks.checkpoint && due(config.checkpointEvery, end.epoch) && !signal.aborted) {
      // The epoch rows up to this one must be stored before a checkpoint says they are done.
      await reporter.flush();
      await hooks.checkpoint({
        epoch: end.epoch,
        rngPosition: end.rngPosition,
        trainer: await saveTrainerState(trainer),
      });
    }
    epoch.started = performance.now();
    epoch.patches = 0;
  };

  try {
    const history = await trainLoop(trainer, samples, {
      signal,
      onProgress,
      onEpochEnd,
      resume: hooks.resume
        ? { epoch: hooks.resume.epoch + 1, rngPosition: hooks.resume.rngPosition }
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

const round = (v: number) => Math.round(v * 1000) / 1000;
