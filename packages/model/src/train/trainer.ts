import * as tf from '@tensorflow/tfjs';
import type { Hep2Model } from '../model/model.factory.js';
import type { TaskWeighting } from '../weighting/task-weighting.js';
import { makeWeighting } from '../weighting/weighting-factory.js';
import type { HostBatch } from './batch.js';
import { GradientTaps } from './gradient-tap.js';
import { createParallelTrainer, type ParallelTrainerHooks } from './parallel/parallel-trainer.js';
import { activeEnabledTasks, lossAndGradients, stepContext, trainedVariables } from './step-gradients.js';
import { resolveTrainConfig, type TrainConfig } from './train-config.js';

export interface StepResult {
  step: number;
  /** Unweighted task losses [mask, pattern, intensity]; 0 where inactive. */
  losses: number[];
  totalLoss: number;
  /** Weights used for this step. */
  weights: number[];
  /** G_i = ||d(w_i L_i)/d(deepest activation)||. */
  gradNorms: number[];
  active: boolean[];
}

export interface Trainer {
  readonly model: Hep2Model;
  readonly config: TrainConfig;
  readonly weighting: TaskWeighting;
  readonly optimizer: tf.Optimizer;
  /** Steps taken so far (continues from a checkpoint after `resumeAt`). */
  readonly steps: number;
  resumeAt(steps: number): void;
  /**
   * One optimisation step on `batch`. Async because with `threads > 1` the shards run in worker
   * threads; with one thread the work is done synchronously before the promise settles.
   */
  step(batch: HostBatch): Promise<StepResult>;
  /** Releases the optimizer and weighting state and terminates worker threads, if any. */
  dispose(): void;
}

/**
 * A trainer for `model`. `threads: 1` (default) trains in this thread; `threads: N > 1` trains
 * data-parallel (this thread plus N-1 worker threads, see parallel/parallel-trainer.ts).
 */
export function createTrainer(
  model: Hep2Model,
  configInput: Partial<TrainConfig> = {},
  hooks: ParallelTrainerHooks = {},
): Trainer {
  const config = resolveTrainConfig(configInput);
  return config.threads > 1
    ? createParallelTrainer(model, config, hooks)
    : createSingleTrainer(model, config);
}

function createSingleTrainer(model: Hep2Model, config: TrainConfig): Trainer {
  const weighting = makeWeighting(config);
  const optimizer = tf.train.adam(config.learningRate, 0.9, 0.999, 1e-8);
  const ctx = stepContext(model, config, weighting);
  let stepCount = 0;

  const step = (batch: HostBatch): StepResult => {
    const active = activeEnabledTasks(batch, config);
    const weights = weighting.currentWeights();
    const taps = new GradientTaps();
    const varList = trainedVariables(ctx);
    let lossValues: number[] = [];
    const total = tf.tidy(() => {
      const r = lossAndGradients(ctx, batch, active, taps, varList);
      lossValues = r.lossValues;
      optimizer.applyGradients(r.grads as Record<string, tf.Variable>);
      return r.value;
    });
    const totalLoss = total.dataSync()[0] as number;
    total.dispose();
    const gradNorms = taps.take();
    stepCount += 1;
    weighting.afterStep({ step: stepCount, losses: lossValues, gradNorms, active });
    return { step: stepCount, losses: lossValues, totalLoss, weights, gradNorms, active };
  };

  return {
    model,
    config,
    weighting,
    optimizer,
    get steps() {
      return stepCount;
    },
    resumeAt: (steps: number) => {
      stepCount = steps;
    },
    step: async (batch) => step(batch),
    dispose: () => {
      optimizer.dispose();
      weighting.dispose();
    },
  };
}
