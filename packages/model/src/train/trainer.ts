import * as tf from '@tensorflow/tfjs';
import { type TaskLossOptions, taskLosses } from '../losses/multitask.loss.js';
import { forward, type Hep2Model } from '../model/model.factory.js';
import { fixedWeighting } from '../weighting/fixed.weighting.js';
import { gradNormWeighting } from '../weighting/gradnorm.weighting.js';
import type { TaskWeighting } from '../weighting/task-weighting.js';
import { uncertaintyWeighting } from '../weighting/uncertainty.weighting.js';
import { activeTasks, type HostBatch, toTensors } from './batch.js';
import { GradientTaps } from './gradient-tap.js';
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
  step(batch: HostBatch): StepResult;
  dispose(): void;
}

function makeWeighting(cfg: TrainConfig): TaskWeighting {
  const enabled = [cfg.tasks.mask, cfg.tasks.pattern, cfg.tasks.intensity];
  switch (cfg.weighting.kind) {
    case 'gradnorm':
      return gradNormWeighting({
        alpha: cfg.weighting.alpha ?? 0.06,
        learningRate: cfg.weighting.learningRate ?? cfg.learningRate,
        enabled,
      });
    case 'fixed':
      return fixedWeighting(cfg.weighting.weights ?? enabled.map((e) => (e ? 1 : 0)));
    case 'uncertainty':
      return uncertaintyWeighting(3);
  }
}

export function createTrainer(model: Hep2Model, configInput: Partial<TrainConfig> = {}): Trainer {
  const config = resolveTrainConfig(configInput);
  const weighting = makeWeighting(config);
  const optimizer = tf.train.adam(config.learningRate, 0.9, 0.999, 1e-8);
  const enabled = [config.tasks.mask, config.tasks.pattern, config.tasks.intensity];
  const lossOpts: TaskLossOptions = {
    maskLoss: config.maskLoss,
    diceEps: config.diceEps,
    binaryIntensity: model.config.intensityLevels === 2,
  };
  let stepCount = 0;

  const step = (batch: HostBatch): StepResult => {
    const active = activeTasks(batch).map((a, i) => a && (enabled[i] ?? false));
    const weights = weighting.currentWeights();
    const taps = new GradientTaps();
    const varList = [...model.trainableVariables(), ...weighting.variables()];
    let lossValues: number[] = [];
    const total = tf.tidy(() => {
      const tensors = toTensors(batch, model.config, {
        pattern: config.patternClassWeights,
        intensity: config.intensityClassWeights,
      });
      const { value, grads } = tf.variableGrads(() => {
        const out = forward(model, tensors.images, true, taps);
        const losses = taskLosses(out, tensors, lossOpts);
        lossValues = Array.from(tf.stack(losses).dataSync());
        return weighting.combine(losses, active);
      }, varList);
      optimizer.applyGradients(grads as Record<string, tf.Variable>);
      return value;
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
    step,
    dispose: () => {
      optimizer.dispose();
      weighting.dispose();
    },
  };
}
