import * as tf from '@tensorflow/tfjs';
import { fastBatchNormalization } from '../layers/batch-norm.layer.js';

type Sym = tf.SymbolicTensor;

/** Hands out deterministic initializer seeds so that one config seed fixes every weight. */
export class SeedSequence {
  private next: number;
  constructor(seed: number) {
    this.next = seed * 1000 + 1;
  }
  take(): number {
    this.next += 1;
    return this.next;
  }
}

export function applyLayer(layer: tf.layers.Layer, x: Sym | Sym[]): Sym {
  return layer.apply(x) as Sym;
}

/** Conv (no bias, since BN follows) + BatchNorm (+ ReLU). BN momentum 0.9 = PyTorch's 0.1. */
export function convBn(
  x: Sym,
  opts: {
    name: string;
    filters: number;
    kernel: number;
    strides?: number;
    relu: boolean;
    seeds: SeedSequence;
  },
): Sym {
  const conv = tf.layers.conv2d({
    name: `${opts.name}_conv`,
    filters: opts.filters,
    kernelSize: opts.kernel,
    strides: opts.strides ?? 1,
    padding: 'same',
    useBias: false,
    kernelInitializer: tf.initializers.heNormal({ seed: opts.seeds.take() }),
  });
  const bn = fastBatchNormalization({ name: `${opts.name}_bn`, momentum: 0.9, epsilon: 1e-5 });
  let y = applyLayer(bn, applyLayer(conv, x));
  if (opts.relu) y = applyLayer(tf.layers.reLU({ name: `${opts.name}_relu` }), y);
  return y;
}

export function dense(
  x: Sym,
  opts: { name: string; units: number; activation?: 'relu' | 'sigmoid' | 'linear'; seeds: SeedSequence },
): Sym {
  const layer = tf.layers.dense({
    name: opts.name,
    units: opts.units,
    activation: opts.activation ?? 'linear',
    kernelInitializer:
      opts.activation === 'relu'
        ? tf.initializers.heNormal({ seed: opts.seeds.take() })
        : tf.initializers.glorotUniform({ seed: opts.seeds.take() }),
  });
  return applyLayer(layer, x);
}
