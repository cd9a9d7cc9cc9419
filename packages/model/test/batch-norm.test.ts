import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FastBatchNormalization, setFastBatchNormGradient } from '../src/layers/batch-norm.layer.js';
import { useWasm } from './setup-backend.js';

interface BnRun {
  y: Float32Array;
  dx: Float32Array;
  dGamma: Float32Array;
  dBeta: Float32Array;
  movingMean: Float32Array;
  movingVariance: Float32Array;
}

/** Training-mode BN forward, gradients of sum(y * r) w.r.t. x, gamma, beta, and moving statistics. */
function runBn(layer: tf.layers.Layer, shape: [number, number, number, number]): BnRun {
  return tf.tidy(() => {
    // Non-zero mean and a non-unit scale so that the mean/variance paths of the gradient matter.
    const x = tf.randomNormal(shape, 0.7, 2, 'float32', 11);
    const r = tf.randomNormal(shape, 0, 1, 'float32', 12);
    layer.build(shape);
    const [gamma, beta] = layer.trainableWeights.map((w) => w.read() as tf.Variable);
    (gamma as tf.Variable).assign(tf.randomNormal([shape[3]], 1, 0.3, 'float32', 13));
    (beta as tf.Variable).assign(tf.randomNormal([shape[3]], 0, 0.3, 'float32', 14));
    const f = (xx: tf.Tensor) => (layer.apply(xx, { training: true }) as tf.Tensor).mul(r).sum() as tf.Scalar;
    const y = layer.apply(x, { training: true }) as tf.Tensor;
    const dx = tf.grad(f)(x);
    const { grads } = tf.variableGrads(() => f(x), [gamma as tf.Variable, beta as tf.Variable]);
    const [mm, mv] = layer.nonTrainableWeights.map((w) => w.read().dataSync() as Float32Array);
    return {
      y: y.dataSync() as Float32Array,
      dx: dx.dataSync() as Float32Array,
      dGamma: (grads[(gamma as tf.Variable).name] as tf.Tensor).dataSync() as Float32Array,
      dBeta: (grads[(beta as tf.Variable).name] as tf.Tensor).dataSync() as Float32Array,
      movingMean: mm as Float32Array,
      movingVariance: mv as Float32Array,
    };
  });
}

function maxRelDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let scale = 0;
  for (const v of b) scale = Math.max(scale, Math.abs(v));
  let m = 0;
  for (let i = 0; i < a.length; i += 1) m = Math.max(m, Math.abs((a[i] as number) - (b[i] as number)));
  return m / Math.max(scale, 1e-6);
}

describe('closed-form BatchNorm training gradient', () => {
  beforeAll(useWasm);

  it.each([[[4, 8, 8, 6]], [[2, 5, 3, 16]], [[8, 4, 4, 32]]] as [[number, number, number, number]][])(
    'matches the stock tfjs BatchNormalization on the cpu backend: %j',
    async (shape) => {
      const args = { momentum: 0.9, epsilon: 1e-5 };
      await tf.setBackend('cpu');
      const ref = runBn(tf.layers.batchNormalization(args), shape);
      await tf.setBackend('wasm');
      const got = runBn(new FastBatchNormalization(args), shape);
      for (const key of Object.keys(ref) as (keyof BnRun)[]) {
        expect(maxRelDiff(got[key], ref[key]), key).toBeLessThan(1e-4);
      }
    },
  );

  it('the stock path is still selectable and agrees', () => {
    const shape: [number, number, number, number] = [2, 6, 6, 8];
    const args = { momentum: 0.9, epsilon: 1e-5 };
    const fast = runBn(new FastBatchNormalization(args), shape);
    setFastBatchNormGradient(false);
    try {
      const stock = runBn(new FastBatchNormalization(args), shape);
      for (const key of Object.keys(stock) as (keyof BnRun)[]) {
        expect(maxRelDiff(fast[key], stock[key]), key).toBeLessThan(1e-4);
      }
    } finally {
      setFastBatchNormGradient(true);
    }
  });

  it('serializes under the stock class name', () => {
    const layer = new FastBatchNormalization({ momentum: 0.9, epsilon: 1e-5 });
    expect(layer.getClassName()).toBe('BatchNormalization');
  });
});
