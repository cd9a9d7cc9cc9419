import {
  createTrainer,
  DEFAULT_AUGMENT,
  type Hep2Model,
  NO_AUGMENT,
  type TrainHistory,
  trainLoop,
} from '@hep2/model';
import type { LabelledSample } from '../data/sample-loader';
import type { RunConfig } from './run-config';
import { type ProgressReporter, type RunProgress, taskValues } from './run-progress';

export interface TrainingOutcome {
  history: TrainHistory;
  seconds: number;
  steps: number;
}

/**
 * Fine-tunes `model` in place with the run's settings, reporting every step (throttled) and every
 * epoch (TrainingEpoch row). Stops between steps when `signal` aborts.
 */
export async function trainWithProgress(
  model: Hep2Model,
  samples: LabelledSample[],
  config: RunConfig,
  reporter: ProgressReporter,
  signal: AbortSignal,
  base: Partial<RunProgress>,
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
  });
  const started = performance.now();
  let epochStarted = started;
  const stepsPerEpoch = Math.ceil(samples.length / config.batchSize);
  const totalSteps = stepsPerEpoch * config.epochs;
  const sums = [0, 0, 0];
  const counts = [0, 0, 0];
  let patches = 0;
  try {
    const history = await trainLoop(trainer, samples, {
      signal,
      onProgress: (p) => {
        p.losses.forEach((l, i) => {
          if (p.active[i]) {
            sums[i] = (sums[i] as number) + l;
            counts[i] = (counts[i] as number) + 1;
          }
        });
        patches += p.patchesPerSecond * (p.stepMs / 1000);
        const elapsed = (performance.now() - started) / 1000;
        const last = p.stepInEpoch === p.stepsPerEpoch;
        reporter.update(
          {
            ...base,
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
            etaSeconds: round((elapsed / p.step) * (totalSteps - p.step)),
          },
          last,
        );
        if (!last) return;
        const now = performance.now();
        reporter.epoch({
          epoch: p.epoch,
          losses: taskValues(
            sums.map((s, i) => ((counts[i] as number) > 0 ? s / (counts[i] as number) : null)),
          ),
          taskWeights: taskValues(trainer.weighting.currentWeights()),
          metrics: { steps: stepsPerEpoch, patchesPerSecond: round((patches * 1000) / (now - epochStarted)) },
          seconds: round((now - epochStarted) / 1000),
        });
        sums.fill(0);
        counts.fill(0);
        patches = 0;
        epochStarted = now;
      },
    });
    return { history, seconds: (performance.now() - started) / 1000, steps: history.steps };
  } finally {
    trainer.dispose();
  }
}

const round = (v: number) => Math.round(v * 1000) / 1000;
