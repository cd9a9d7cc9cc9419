import * as tf from '@tensorflow/tfjs';
import type { DeepestTaps } from '../model/model.factory.js';

/**
 * Identity ops on the shared deepest activation, one per task consumer, whose backward pass records
 * the L2 norm of the incoming gradient. Because each copy feeds exactly one task's loss, that
 * gradient is d(w_i L_i)/dW for W = the last encoder block's output: GradNorm's G_i in its
 * activation variant, obtained from the one backward pass the network needs anyway.
 */
export class GradientTaps implements DeepestTaps {
  readonly norms: (tf.Scalar | null)[] = [null, null, null];
  private readonly ops: ((x: tf.Tensor) => tf.Tensor)[];

  constructor() {
    this.ops = [0, 1, 2].map(
      (i) =>
        tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => ({
          value: (args[0] as tf.Tensor).clone(),
          gradFunc: (dy: tf.Tensor) => {
            this.norms[i]?.dispose();
            this.norms[i] = tf.keep(tf.norm(dy) as tf.Scalar);
            return dy;
          },
        })) as (x: tf.Tensor) => tf.Tensor,
    );
  }

  mask = (x: tf.Tensor): tf.Tensor => (this.ops[0] as (x: tf.Tensor) => tf.Tensor)(x);
  pattern = (x: tf.Tensor): tf.Tensor => (this.ops[1] as (x: tf.Tensor) => tf.Tensor)(x);
  intensity = (x: tf.Tensor): tf.Tensor => (this.ops[2] as (x: tf.Tensor) => tf.Tensor)(x);

  /** Read and release the recorded norms (0 where a task produced no gradient). */
  take(): number[] {
    const out = this.norms.map((n) => (n ? (n.dataSync()[0] as number) : 0));
    this.norms.forEach((n, i) => {
      n?.dispose();
      this.norms[i] = null;
    });
    return out;
  }
}
