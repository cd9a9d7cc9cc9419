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
 * What a checkpoint keeps of early stopping, so that a resumed run counts patience and keeps the
 * best epoch exactly as the run would have without the interruption.
 */
export interface EarlyStoppingState {
  bestScore: number | null;
  bestEpoch: number | null;
  /** Scored epochs since the best one. */
  stale: number;
  /**
   * The best epoch's weights (encoder, decoder, heads in getWeights order, concatenated); null when
   * none were kept, or when they are the checkpoint's own model (best epoch = checkpoint epoch).
   */
  bestWeights: Float32Array | null;
}

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
    return this.exhausted;
  }

  /** Patience has run out (a resumed run whose checkpoint was taken at its stopping epoch trains no more). */
  get exhausted(): boolean {
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

  /** The state to checkpoint after `epoch` (the model saved beside it holds that epoch's weights). */
  state(epoch: number): EarlyStoppingState {
    const keep = this.snapshot !== null && this.bestEpoch !== epoch;
    return {
      bestScore: this.bestScore,
      bestEpoch: this.bestEpoch,
      stale: this.stale,
      bestWeights: keep ? concat((this.snapshot as Float32Array[][]).flat()) : null,
    };
  }

  /**
   * Continues from a checkpoint's state. `model` holds the checkpoint epoch's weights: when that
   * epoch was the best, they are the best weights. Throws when the stored weights do not fit it.
   */
  resume(state: EarlyStoppingState, checkpointEpoch: number, model: Hep2Model): void {
    this.bestScore = state.bestScore;
    this.bestEpoch = state.bestEpoch;
    this.stale = state.stale;
    if (!this.cfg.restoreBest || state.bestEpoch === null) return;
    if (state.bestWeights) this.snapshot = split(state.bestWeights, model);
    else if (state.bestEpoch === checkpointEpoch)
      this.snapshot = parts(model).map((m) =>
        m.getWeights().map((w) => w.dataSync().slice() as Float32Array),
      );
  }
}

const parts = (model: Hep2Model): tf.LayersModel[] => [model.encoder, model.decoder, model.heads];

function concat(arrays: Float32Array[]): Float32Array {
  const out = new Float32Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

function split(flat: Float32Array, model: Hep2Model): Float32Array[][] {
  let at = 0;
  const out = parts(model).map((m) =>
    m.getWeights().map((w) => {
      const piece = flat.slice(at, at + w.size);
      at += w.size;
      return piece;
    }),
  );
  if (at !== flat.length)
    throw new Error(`the best epoch's weights hold ${flat.length} values, the model has ${at}`);
  return out;
}
