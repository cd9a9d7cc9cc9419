import type { MaskLossKind } from '../losses/segmentation.loss.js';
import { type AugmentConfig, DEFAULT_AUGMENT } from './augment.js';
import type { ClassBalance } from './class-balance.js';
import { DEFAULT_EARLY_STOPPING, type EarlyStoppingConfig } from './early-stopping.js';
import { DEFAULT_LR_SCHEDULE, type LrSchedule } from './lr-schedule.js';

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
  /** Explicit class weights; when absent, `classBalance` derives them from the training labels. */
  patternClassWeights?: number[];
  intensityClassWeights?: number[];
  /** Class weights from the training label frequencies (trainLoop), for pattern and intensity. */
  classBalance: ClassBalance;
  /** Pattern-head label smoothing e: targets (1 - e) one-hot + e / K; 0 = none. */
  labelSmoothing: number;
  /** Learning rate over the run's steps (trainLoop); `learningRate` is the base rate. */
  lrSchedule: LrSchedule;
  /** Acts on the scores `onEpochEnd` returns (validation); without scores it never triggers. */
  earlyStopping: EarlyStoppingConfig;
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

/**
 * Library defaults. The trainer's run config (apps/trainer run-config.ts) is the product default and
 * trains batch 16 at 3e-3; batch 8 at 1e-3 stays here for callers that build the larger variants,
 * whose WASM steps are memory-bound (standard: 128 px, batch 2 at most).
 */
export const DEFAULT_TRAIN_CONFIG: TrainConfig = {
  learningRate: 1e-3,
  batchSize: 8,
  epochs: 30,
  maskLoss: 'bce',
  diceEps: 1,
  tasks: { mask: true, pattern: true, intensity: true },
  weighting: { kind: 'gradnorm', alpha: 0.06 },
  augment: DEFAULT_AUGMENT,
  classBalance: 'inverse-frequency',
  labelSmoothing: 0,
  lrSchedule: DEFAULT_LR_SCHEDULE,
  earlyStopping: DEFAULT_EARLY_STOPPING,
  seed: 1,
  threads: 1,
};

export function resolveTrainConfig(input: Partial<TrainConfig> = {}): TrainConfig {
  const cfg: TrainConfig = {
    ...DEFAULT_TRAIN_CONFIG,
    ...input,
    tasks: { ...DEFAULT_TRAIN_CONFIG.tasks, ...input.tasks },
    earlyStopping: { ...DEFAULT_TRAIN_CONFIG.earlyStopping, ...input.earlyStopping },
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
  if (!(cfg.labelSmoothing >= 0 && cfg.labelSmoothing < 1)) {
    throw new Error(
      `Invalid train config: labelSmoothing=${JSON.stringify(cfg.labelSmoothing)}: must be in [0, 1)`,
    );
  }
  if (!['inverse-frequency', 'none'].includes(cfg.classBalance)) {
    throw new Error(
      `Invalid train config: classBalance=${JSON.stringify(cfg.classBalance)}: must be inverse-frequency or none`,
    );
  }
  if (cfg.lrSchedule.kind === 'cosine' && !(cfg.lrSchedule.minFactor >= 0 && cfg.lrSchedule.minFactor <= 1)) {
    throw new Error(
      `Invalid train config: lrSchedule.minFactor=${JSON.stringify(cfg.lrSchedule.minFactor)}: must be in [0, 1]`,
    );
  }
  const es = cfg.earlyStopping;
  if (!(Number.isInteger(es.patience) && es.patience >= 0) || !(es.minDelta >= 0)) {
    throw new Error(
      `Invalid train config: earlyStopping=${JSON.stringify(es)}: patience must be an integer >= 0, minDelta >= 0`,
    );
  }
  if (!cfg.tasks.mask && !cfg.tasks.pattern && !cfg.tasks.intensity) {
    throw new Error(`Invalid train config: tasks=${JSON.stringify(cfg.tasks)}: enable at least one task`);
  }
  return cfg;
}
