import type * as tf from '@tensorflow/tfjs';

export const TASKS = ['mask', 'pattern', 'intensity'] as const;
export type TaskName = (typeof TASKS)[number];

export interface WeightingStepInfo {
  step: number;
  /** Unweighted task losses L_i(t) (0 for tasks inactive this step). */
  losses: number[];
  /** G_i = ||d(w_i L_i)/dW||, W = shared layer (deepest encoder activation). */
  gradNorms: number[];
  /** Which tasks had at least one labelled sample in this batch. */
  active: boolean[];
}

export interface WeightRecord {
  step: number;
  weights: number[];
}

/** How the per-task losses become one training loss, and how the weights evolve. */
export interface TaskWeighting {
  readonly kind: 'fixed' | 'gradnorm' | 'uncertainty';
  /** Current effective weights w_i (for uncertainty weighting: exp(-s_i)). */
  currentWeights(): number[];
  /** Total loss inside the gradient scope; `losses` are scalars in TASKS order. */
  combine(losses: tf.Scalar[], active: boolean[]): tf.Scalar;
  /** Extra trainable variables optimised with the network (uncertainty log-variances). */
  variables(): tf.Variable[];
  /** Called after the network step with host-side numbers. */
  afterStep(info: WeightingStepInfo): void;
  /** Weights after every step, starting with the initial ones at step 0. */
  readonly trajectory: WeightRecord[];
  /** Everything needed to continue after a checkpoint (plain JSON). */
  saveState(): WeightingState;
  restoreState(state: WeightingState): void;
  dispose(): void;
}

export type WeightingState = Record<string, number[] | number | (number | null)[]>;
