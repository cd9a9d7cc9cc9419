import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWasmGradKernels } from '../src/backend/backend-select.js';
import { taskLosses } from '../src/losses/multitask.loss.js';
import { applyHeads, createModel, decode, encode, forward } from '../src/model/model.factory.js';
import { collateBatch, toTensors } from '../src/train/batch.js';
import { GradientTaps } from '../src/train/gradient-tap.js';
import { useWasm } from './setup-backend.js';
import { syntheticPatches } from './synthetic-patches.js';

interface Case {
  x: [number, number, number, number];
  k: [number, number, number, number];
  stride: number;
  pad: 'same' | 'valid';
}

const CASES: Case[] = [
  { x: [2, 8, 8, 3], k: [1, 1, 3, 5], stride: 1, pad: 'same' },
  { x: [2, 8, 8, 3], k: [1, 1, 3, 5], stride: 2, pad: 'same' },
  { x: [2, 9, 7, 3], k: [1, 1, 3, 4], stride: 2, pad: 'same' },
  { x: [2, 8, 8, 4], k: [3, 3, 4, 6], stride: 1, pad: 'same' },
  { x: [2, 9, 9, 4], k: [3, 3, 4, 6], stride: 2, pad: 'same' },
  { x: [1, 16, 16, 1], k: [7, 7, 1, 4], stride: 2, pad: 'same' },
  { x: [2, 10, 11, 3], k: [3, 3, 3, 2], stride: 1, pad: 'valid' },
  { x: [2, 11, 11, 2], k: [3, 3, 2, 3], stride: 2, pad: 'valid' },
];

/** dW and dx of sum(conv(x, w) * r) on the current backend. */
function convGrads(c: Case): { dx: Float32Array; dw: Float32Array } {
  return tf.tidy(() => {
    const x = tf.randomNormal(c.x, 0, 1, 'float32', 1) as tf.Tensor4D;
    const w = tf.randomNormal(c.k, 0, 1, 'float32', 2) as tf.Tensor4D;
    const y = tf.conv2d(x, w, c.stride, c.pad);
    const r = tf.randomNormal(y.shape, 0, 1, 'float32', 3);
    const [dx, dw] = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
      tf
        .conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.stride, c.pad)
        .mul(r)
        .sum(),
    )([x, w]);
    return {
      dx: (dx as tf.Tensor).dataSync() as Float32Array,
      dw: (dw as tf.Tensor).dataSync() as Float32Array,
    };
  });
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i += 1) m = Math.max(m, Math.abs((a[i] as number) - (b[i] as number)));
  return m;
}

describe('WASM gradient kernels', () => {
  beforeAll(useWasm);
  afterAll(() => registerWasmGradKernels('conv', true));

  it.each(CASES)('conv grads match the cpu backend: x=$x k=$k s=$stride $pad', async (c) => {
    await tf.setBackend('cpu');
    const ref = convGrads(c);
    await tf.setBackend('wasm');
    for (const [filterGrad, fastInput] of [
      ['conv', true],
      ['cpu', false],
    ] as const) {
      registerWasmGradKernels(filterGrad, fastInput);
      const got = convGrads(c);
      expect(maxAbsDiff(got.dw, ref.dw)).toBeLessThan(1e-3);
      expect(maxAbsDiff(got.dx, ref.dx)).toBeLessThan(1e-3);
    }
    registerWasmGradKernels('conv', true);
  });

  it.each([
    { shape: [2, 5, 4, 48], sizes: [32, 16], axis: 3 },
    { shape: [2, 3, 3, 200], sizes: [136, 64], axis: -1 },
    { shape: [3, 6, 5], sizes: [2, -1, 1], axis: 1 },
    { shape: [4, 6], sizes: 3, axis: 1 },
  ] as { shape: number[]; sizes: number | number[]; axis: number }[])(
    'SplitV (heap-view copy) matches the cpu backend: $shape $sizes axis $axis',
    async ({ shape, sizes, axis }) => {
      const run = () =>
        tf.tidy(() =>
          tf
            .split(tf.randomNormal(shape, 0, 1, 'float32', 5), sizes, axis)
            .map((t) => Array.from(t.dataSync())),
        );
      await tf.setBackend('cpu');
      const ref = run();
      await tf.setBackend('wasm');
      expect(run()).toEqual(ref);
    },
  );

  it('GradNorm taps equal ||d(w_i L_i)/d(deepest)|| computed directly', () => {
    const model = createModel({
      variant: 'lite',
      inputSize: 32,
      width: 8,
      blocks: [1, 1, 1],
      patternClasses: 4,
      bottleneckDropout: 0,
      headDropout: 0,
    });
    const batch = collateBatch(syntheticPatches(4, 32), model.config, null, null);
    const weights = [0.7, 1.3, 1.0];
    const opts = { maskLoss: 'bce' as const, diceEps: 1, binaryIntensity: true };
    const taps = new GradientTaps();
    const direct = tf.tidy(() => {
      const t = toTensors(batch, model.config);
      const { grads } = tf.variableGrads(() => {
        const losses = taskLosses(forward(model, t.images, true, taps), t, opts);
        return tf.addN(losses.map((l, i) => l.mul(weights[i] as number))) as tf.Scalar;
      }, model.trainableVariables());
      tf.dispose(Object.values(grads));
      const { skips, deepest } = encode(model, t.images, true);
      return [0, 1, 2].map(
        (task) =>
          tf
            .grad((d: tf.Tensor) => {
              const [p, i, e] = applyHeads(model, d, true);
              const losses = taskLosses(
                {
                  maskLogits: decode(model, d, skips, true),
                  patternLogits: p,
                  intensityLogits: i,
                  embedding: e,
                },
                t,
                opts,
              );
              return (losses[task] as tf.Scalar).mul(weights[task] as number);
            })(deepest)
            .norm()
            .dataSync()[0] as number,
      );
    });
    const tapped = taps.take();
    tapped.forEach((g, i) => {
      expect(Math.abs(g - (direct[i] as number)) / (direct[i] as number)).toBeLessThan(1e-3);
    });
    model.dispose();
  });
});
