import type { MaskLossKind } from '../losses/segmentation.loss.js';
import { type AugmentConfig, DEFAULT_AUGMENT } from './augment.js';

export type WeightingConfig =
  | { kind: 'gradnorm'; alpha?: number; learningRate?: number }
  | { kind: 'fixed'; weights?: number[] }
  | { kind: 'uncertainty' };

export interface TrainConfig {
  learningRate: number;
  batchSize: number;
  epochs: number;
  maskLoss: MaskLossKind;
  diceEps: number;
  patternClassWeights?: number[];
  intensityClassWeights?: number[];
  /** Tasks trained in this run, in TASKS order (mask, pattern, intensity). */
  tasks: { mask: boolean; pattern: boolean; intensity: boolean };
  weighting: WeightingConfig;
  augment: AugmentConfig;
  seed: number;
  /**
   * Threads that compute one step: 1 trains in the calling thread; N > 1 splits every batch into N
   * shards, one in the calling thread and one per worker thread, with DDP semantics (see
   * parallel/parallel-trainer.ts). Needs the wasm or cpu backend.
   */
  threads: number;
}

export const DEFAULT_TRAIN_CONFIG: TrainConfig = {
  learningRate: 1e-3,
  batchSize: 8,
  epochs: 30,
  maskLoss: 'bce',
  diceEps: 1,
  tasks: { mask: true, pattern: true, intensity: true },
  weighting: { kind: 'gradnorm', alpha: 0.06 },
  augment: DEFAULT_AUGMENT,
  seed: 1,
  threads: 1,
};

export function resolveTrainConfig(input: Partial<TrainConfig> = {}): TrainConfig {
  const cfg: TrainConfig = {
    ...DEFAULT_TRAIN_CONFIG,
    ...input,
    tasks: { ...DEFAULT_TRAIN_CONFIG.tasks, ...input.tasks },
  };
  const positive = (field: string, v: number, integer: boolean): void => {
    if (!(v > 0) || (integer && !Number.isInteger(v))) {
      throw new Error(
        `Invalid train config: ${field}=${JSON.stringify(v)}: must be a positive ${integer ? 'integer' : 'number'}`,
      );
    }
  };
  positive('learningRate', cfg.learningRate, false);
  positive('batchSize', cfg.batchSize, true);
  positive('epochs', cfg.epochs, true);
  positive('diceEps', cfg.diceEps, false);
  positive('threads', cfg.threads, true);
  if (!cfg.tasks.mask && !cfg.tasks.pattern && !cfg.tasks.intensity) {
    throw new Error(`Invalid train config: tasks=${JSON.stringify(cfg.tasks)}: enable at least one task`);
  }
  return cfg;
}
