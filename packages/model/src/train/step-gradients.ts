import * as tf from '@tensorflow/tfjs';
import { type TaskLossOptions, taskLosses } from '../losses/multitask.loss.js';
import { forward, type Hep2Model } from '../model/model.factory.js';
import type { TaskWeighting } from '../weighting/task-weighting.js';
import { activeTasks, type HostBatch, toTensors } from './batch.js';
import type { GradientTaps } from './gradient-tap.js';
import type { TrainConfig } from './train-config.js';

/** What one training step (or one data-parallel shard of it) needs besides the batch. */
export interface StepContext {
  model: Hep2Model;
  config: TrainConfig;
  weighting: TaskWeighting;
  lossOptions: TaskLossOptions;
}

export function stepContext(model: Hep2Model, config: TrainConfig, weighting: TaskWeighting): StepContext {
  return {
    model,
    config,
    weighting,
    lossOptions: {
      maskLoss: config.maskLoss,
      diceEps: config.diceEps,
      binaryIntensity: model.config.intensityLevels === 2,
    },
  };
}

/** Tasks with a label in the batch that this run trains. */
export function activeEnabledTasks(batch: HostBatch, config: TrainConfig): boolean[] {
  const enabled = [config.tasks.mask, config.tasks.pattern, config.tasks.intensity];
  return activeTasks(batch).map((a, i) => a && (enabled[i] ?? false));
}

/** Variables that receive gradients: the network's, then the weighting's (uncertainty log-variances). */
export function trainedVariables(ctx: StepContext): tf.Variable[] {
  return [...ctx.model.trainableVariables(), ...ctx.weighting.variables()];
}

/**
 * Forward, task losses and the gradient of the weighted total for one batch. Call inside tf.tidy;
 * the taps record G_i on the way back.
 */
export function lossAndGradients(
  ctx: StepContext,
  batch: HostBatch,
  active: boolean[],
  taps: GradientTaps,
  varList: tf.Variable[],
): { value: tf.Scalar; grads: tf.NamedTensorMap; lossValues: number[] } {
  const tensors = toTensors(
    batch,
    ctx.model.config,
    batch.classWeights ?? {
      pattern: ctx.config.patternClassWeights,
      intensity: ctx.config.intensityClassWeights,
    },
  );
  let lossValues: number[] = [];
  const { value, grads } = tf.variableGrads(() => {
    const out = forward(ctx.model, tensors.images, true, taps);
    const losses = taskLosses(out, tensors, ctx.lossOptions);
    lossValues = Array.from(tf.stack(losses).dataSync());
    return ctx.weighting.combine(losses, active);
  }, varList);
  return { value, grads, lossValues };
}
