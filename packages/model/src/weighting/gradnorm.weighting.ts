import * as tf from '@tensorflow/tfjs';
import type { TaskWeighting, WeightingState, WeightingStepInfo, WeightRecord } from './task-weighting.js';

export interface GradNormOptions {
  /** Restoring-force strength; 0.06 in the reference code (0.12 also tried). */
  alpha: number;
  /** Adam learning rate for the task weights. */
  learningRate: number;
  /** Tasks enabled for this run; T = count of true entries. Disabled tasks keep weight 0. */
  enabled: boolean[];
  /** Guard against a weight crossing zero (never reached in normal runs; GradNorm itself has none). */
  minWeight?: number;
}

export interface GradNormStepDetail {
  meanNorm: number;
  ratios: number[];
  targets: number[];
  weightGrads: number[];
}

/**
 * GradNorm (Chen et al., ICML 2018) as in the spec. The weights w_i are plain numbers updated by
 * their own Adam: the network's gradient is that of sum_i w_i L_i with w constant, and w gets only
 * dL_grad/dw_i = sign(G_i - target_i) * ||dL_i/dW||, with target_i = Gbar * r_i^alpha held constant.
 * After each update the enabled weights are renormalised to sum to T.
 */
export class GradNorm implements TaskWeighting {
  readonly kind = 'gradnorm' as const;
  readonly trajectory: WeightRecord[];
  initialLosses: (number | null)[];
  lastDetail: GradNormStepDetail | null = null;
  private readonly w: number[];
  private readonly m: number[];
  private readonly v: number[];
  private t = 0;

  constructor(private readonly opts: GradNormOptions) {
    this.w = opts.enabled.map((e) => (e ? 1 : 0));
    this.m = this.w.map(() => 0);
    this.v = this.w.map(() => 0);
    this.initialLosses = this.w.map(() => null);
    this.trajectory = [{ step: 0, weights: [...this.w] }];
  }

  currentWeights(): number[] {
    return [...this.w];
  }

  combine(losses: tf.Scalar[], active: boolean[]): tf.Scalar {
    return tf.tidy(() => tf.addN(losses.map((l, i) => l.mul(active[i] ? (this.w[i] ?? 0) : 0))) as tf.Scalar);
  }

  variables(): tf.Variable[] {
    return [];
  }

  afterStep(info: WeightingStepInfo): void {
    const idx = this.w.map((_, i) => i).filter((i) => this.opts.enabled[i] && info.active[i]);
    for (const i of idx) {
      if (this.initialLosses[i] == null && (info.losses[i] ?? 0) > 0)
        this.initialLosses[i] = info.losses[i] as number;
    }
    const usable = idx.filter((i) => this.initialLosses[i] != null);
    if (usable.length >= 2) this.update(info, usable);
    this.trajectory.push({ step: info.step, weights: [...this.w] });
  }

  private update(info: WeightingStepInfo, idx: number[]): void {
    const G = idx.map((i) => info.gradNorms[i] as number);
    const meanNorm = G.reduce((a, b) => a + b, 0) / G.length;
    const rel = idx.map((i) => (info.losses[i] as number) / (this.initialLosses[i] as number));
    const meanRel = rel.reduce((a, b) => a + b, 0) / rel.length;
    const ratios = rel.map((r) => r / meanRel);
    const targets = ratios.map((r) => meanNorm * r ** this.opts.alpha);
    // G_i = w_i * ||dL_i/dW||, so the unweighted norm is G_i / w_i.
    const weightGrads = idx.map(
      (i, k) =>
        Math.sign((G[k] as number) - (targets[k] as number)) * ((G[k] as number) / (this.w[i] as number)),
    );
    this.adam(idx, weightGrads);
    this.renormalise();
    this.lastDetail = { meanNorm, ratios, targets, weightGrads };
  }

  private adam(idx: number[], grads: number[]): void {
    const b1 = 0.9;
    const b2 = 0.999;
    const eps = 1e-8;
    this.t += 1;
    idx.forEach((i, k) => {
      const g = grads[k] as number;
      this.m[i] = b1 * (this.m[i] as number) + (1 - b1) * g;
      this.v[i] = b2 * (this.v[i] as number) + (1 - b2) * g * g;
      const mHat = (this.m[i] as number) / (1 - b1 ** this.t);
      const vHat = (this.v[i] as number) / (1 - b2 ** this.t);
      const next = (this.w[i] as number) - (this.opts.learningRate * mHat) / (Math.sqrt(vHat) + eps);
      this.w[i] = Math.max(next, this.opts.minWeight ?? 1e-4);
    });
  }

  private renormalise(): void {
    const enabled = this.w.map((_, i) => i).filter((i) => this.opts.enabled[i]);
    const sum = enabled.reduce((s, i) => s + (this.w[i] as number), 0);
    for (const i of enabled) this.w[i] = ((this.w[i] as number) * enabled.length) / sum;
  }

  saveState(): WeightingState {
    return {
      w: [...this.w],
      m: [...this.m],
      v: [...this.v],
      t: this.t,
      initialLosses: [...this.initialLosses],
    };
  }

  restoreState(state: WeightingState): void {
    const arrays = ['w', 'm', 'v', 'initialLosses'] as const;
    for (const key of arrays) {
      const value = state[key];
      if (!Array.isArray(value) || value.length !== this.w.length)
        throw new Error(`GradNorm state: ${key} must have ${this.w.length} entries`);
    }
    const copy = (from: (number | null)[], to: (number | null)[]) => to.splice(0, to.length, ...from);
    copy(state.w as number[], this.w);
    copy(state.m as number[], this.m);
    copy(state.v as number[], this.v);
    copy(state.initialLosses as (number | null)[], this.initialLosses);
    this.t = Number(state.t);
  }

  dispose(): void {}
}

export function gradNormWeighting(opts: GradNormOptions): GradNorm {
  return new GradNorm(opts);
}
