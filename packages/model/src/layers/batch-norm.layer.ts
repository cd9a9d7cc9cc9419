import * as tf from '@tensorflow/tfjs';

/**
 * BatchNormalization with a closed-form training gradient. Same weights, config and class name as
 * tfjs' `BatchNormalization` (it replaces that class in the serialization registry, so saved models
 * are unchanged and load into this class); inference is the stock code path.
 *
 * Why: the stock training path is tf.moments + tf.batchNorm, whose backward pass tiles the inverse
 * std to the full tensor (`Tile`), backpropagates separately through the mean and the variance, and
 * reduces over [B, H, W] with a full transpose per reduction on the WASM backend (about a third of a
 * lite training step). Here, for NHWC input normalised over the last axis:
 *   forward:  mean, var as one GEMM each (ones[1,N] x X[N,C]); y = FusedBatchNorm kernel.
 *   backward: s1 = sum(dy), s2 = sum(dy * x) (GEMMs), dgamma = invstd (s2 - mean s1), dbeta = s1,
 *             dx = a dy + b (x - mean) + c with per-channel a = gamma invstd,
 *             b = -a invstd dgamma / N, c = -a s1 / N (the exact BN gradient through mean and var).
 */
type BnLayer = tf.layers.Layer & {
  axis: number;
  momentum: number;
  epsilon: number;
  center: boolean;
  scale: boolean;
  gamma: tf.LayerVariable;
  beta: tf.LayerVariable;
  movingMean: tf.LayerVariable;
  movingVariance: tf.LayerVariable;
};
type BnArgs = Parameters<typeof tf.layers.batchNormalization>[0];

const StockBatchNormalization = tf.layers.batchNormalization({}).constructor as unknown as new (
  args?: BnArgs,
) => BnLayer;

/** Column sums of a [N, C] matrix as a GEMM with a constant row (no transpose, XNNPACK on WASM). */
function columnSums(m: tf.Tensor2D, rowValue: number): tf.Tensor1D {
  const n = m.shape[0];
  return tf.matMul(tf.fill([1, n], rowValue), m).reshape([m.shape[1]]) as tf.Tensor1D;
}

/** Training-mode batch norm over all axes but the last: [y, batch mean, batch (biased) variance]. */
export function batchNormTraining(
  x: tf.Tensor4D,
  gamma: tf.Tensor1D,
  beta: tf.Tensor1D,
  epsilon: number,
): { y: tf.Tensor4D; mean: tf.Tensor1D; variance: tf.Tensor1D } {
  const [b, h, w, c] = x.shape;
  const n = b * h * w;
  let mean: tf.Tensor1D | null = null;
  let variance: tf.Tensor1D | null = null;
  const op = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [xx, g, bt, save] = args as [tf.Tensor4D, tf.Tensor1D, tf.Tensor1D, tf.GradSaveFunc];
    const x2 = xx.reshape([n, c]) as tf.Tensor2D;
    const mu = columnSums(x2, 1 / n);
    const v = columnSums(tf.squaredDifference(x2, mu) as tf.Tensor2D, 1 / n);
    mean = tf.keep(mu);
    variance = tf.keep(v);
    save([xx, mu, v, g]);
    return {
      value: tf.batchNorm4d(xx, mu, v, bt, g, epsilon),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [sx, smu, sv, sg] = saved as [tf.Tensor4D, tf.Tensor1D, tf.Tensor1D, tf.Tensor1D];
        const dy2 = dy.reshape([n, c]) as tf.Tensor2D;
        const s1 = columnSums(dy2, 1);
        const s2 = columnSums(tf.mul(dy2, sx.reshape([n, c])) as tf.Tensor2D, 1);
        const invStd = tf.rsqrt(tf.add(sv, epsilon)) as tf.Tensor1D;
        const dGamma = tf.mul(invStd, tf.sub(s2, tf.mul(smu, s1))) as tf.Tensor1D;
        const a = tf.mul(sg, invStd) as tf.Tensor1D;
        const coefB = tf.mul(a, invStd).mul(dGamma).div(-n) as tf.Tensor1D;
        const coefC = tf.mul(a, s1).div(-n) as tf.Tensor1D;
        // b (x - mean) + c in one FusedBatchNorm pass (variance 1, epsilon 0), then + a dy.
        const affine = tf.batchNorm4d(sx, smu, tf.onesLike(sv), coefC, coefB, 0);
        const dx = tf.add(tf.mul(dy, a), affine);
        return [dx, dGamma, s1];
      },
    };
  });
  const y = op(x, gamma, beta) as tf.Tensor4D;
  return { y, mean: mean as unknown as tf.Tensor1D, variance: variance as unknown as tf.Tensor1D };
}

let fastGradient = true;

/** Switch the closed-form training path on or off (off = stock tfjs code; for A/B checks). */
export function setFastBatchNormGradient(enabled: boolean): void {
  fastGradient = enabled;
}

export class FastBatchNormalization extends StockBatchNormalization {
  static readonly className = 'BatchNormalization';

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: tf.serialization.ConfigDict): tf.Tensor {
    const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor;
    const training = kwargs.training === true;
    const lastAxis = this.axis === -1 || this.axis === x.rank - 1;
    if (!fastGradient || !training || x.rank !== 4 || !lastAxis || !this.center || !this.scale) {
      return super.call(inputs, kwargs) as tf.Tensor;
    }
    return tf.tidy(() => {
      const { y, mean, variance } = batchNormTraining(
        x as tf.Tensor4D,
        this.gamma.read() as tf.Tensor1D,
        this.beta.read() as tf.Tensor1D,
        this.epsilon,
      );
      // Moving statistics as in tfjs: v <- v - (v - batch) (1 - momentum) (biased batch variance).
      tf.tidy(() => {
        for (const [variable, value] of [
          [this.movingMean, mean],
          [this.movingVariance, variance],
        ] as const) {
          const orig = variable.read();
          variable.write(tf.sub(orig, tf.mul(tf.sub(orig, value), 1 - this.momentum)));
        }
      });
      tf.dispose([mean, variance]);
      return y;
    });
  }
}

// Replaces the stock class under the same name: deserialised models get the fast gradient too.
tf.serialization.registerClass(
  FastBatchNormalization as unknown as tf.serialization.SerializableConstructor<tf.layers.Layer>,
);

export function fastBatchNormalization(args: BnArgs): tf.layers.Layer {
  return new FastBatchNormalization(args);
}
