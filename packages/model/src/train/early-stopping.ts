import * as tf from '@tensorflow/tfjs';
import type { Hep2Model } from '../model/model.factory.js';

export interface EarlyStoppingConfig {
  /** Stop after this many scored epochs without improvement; 0 = never stop early. */
  patience: number;
  /** An improvement is a score above best + minDelta. */
  minDelta: number;
  /** At the end, put back the weights of the best-scoring epoch. */
  restoreBest: boolean;
}

export const DEFAULT_EARLY_STOPPING: EarlyStoppingConfig = { patience: 5, minDelta: 1e-4, restoreBest: true };

/**
 * Tracks the validation score per epoch (higher is better), snapshots the best epoch's weights
 * (all of them, BatchNorm moving statistics included) on the host, and says when to stop.
 */
export class EarlyStopping {
  bestScore: number | null = null;
  bestEpoch: number | null = null;
  private stale = 0;
  private snapshot: Float32Array[][] | null = null;

  constructor(private readonly cfg: EarlyStoppingConfig) {}

  /** Records an epoch's score; true when training should stop. */
  observe(epoch: number, score: number, model: Hep2Model): boolean {
    if (!Number.isFinite(score)) return false;
    if (this.bestScore === null || score > this.bestScore + this.cfg.minDelta) {
      this.bestScore = score;
      this.bestEpoch = epoch;
      this.stale = 0;
      if (this.cfg.restoreBest)
        this.snapshot = parts(model).map((m) =>
          m.getWeights().map((w) => w.dataSync().slice() as Float32Array),
        );
      return false;
    }
    this.stale += 1;
    return this.cfg.patience > 0 && this.stale >= this.cfg.patience;
  }

  /** Puts the best epoch's weights back (no-op when the last scored epoch was the best). */
  restore(model: Hep2Model, lastEpoch: number): boolean {
    if (!this.snapshot || this.bestEpoch === lastEpoch) return false;
    const saved = this.snapshot;
    parts(model).forEach((m, k) => {
      const values = saved[k] as Float32Array[];
      const tensors = m.getWeights().map((w, i) => tf.tensor(values[i] as Float32Array, w.shape, w.dtype));
      m.setWeights(tensors);
      tf.dispose(tensors);
    });
    return true;
  }
}

const parts = (model: Hep2Model): tf.LayersModel[] => [model.encoder, model.decoder, model.heads];
