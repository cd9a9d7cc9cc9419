import * as tf from '@tensorflow/tfjs';
import { type TaskLossOptions, taskLosses } from '../losses/multitask.loss.js';
import { forwardTasks, type Hep2Model } from '../model/model.factory.js';
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
      labelSmoothing: config.labelSmoothing,
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
 * the taps record G_i on the way back. Without a mask label in the batch (active[0] false) the
 * decoder is not run: its loss term is 0 with a gradient of exactly 0, so its variables get zero
 * gradients (as before, and as data-parallel shards send them) without the decoder's forward and
 * backward pass. Its BatchNorm moving statistics are then not updated by that batch.
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
    const out = forwardTasks(ctx.model, tensors.images, true, taps, active[0] ?? true);
    const losses = taskLosses(out, tensors, ctx.lossOptions);
    lossValues = Array.from(tf.stack(losses).dataSync());
    return ctx.weighting.combine(losses, active);
  }, varList);
  for (const v of varList) if (!grads[v.name]) grads[v.name] = tf.zerosLike(v);
  return { value, grads, lossValues };
}
