import * as tf from '@tensorflow/tfjs';
import type { Hep2Model } from '../../model/model.factory.js';

/**
 * Every weight of the model, BatchNorm moving statistics included, in a fixed order. Broadcasting
 * all of them from the main thread after each update is DDP's `broadcast_buffers`: the moving
 * statistics of shard 0 (the main thread's) are the model's.
 */
export function allWeightVariables(model: Hep2Model): tf.Variable[] {
  return [model.encoder, model.decoder, model.heads].flatMap((m) =>
    m.weights.map((w) => w.read() as tf.Variable),
  );
}

export const valueCount = (vars: tf.Variable[]): number => vars.reduce((s, v) => s + v.size, 0);

export function readWeightsInto(vars: tf.Variable[], target: Float32Array): void {
  let offset = 0;
  for (const v of vars) {
    target.set(v.dataSync() as Float32Array, offset);
    offset += v.size;
  }
}

export function assignWeightsFrom(vars: tf.Variable[], source: Float32Array): void {
  let offset = 0;
  for (const v of vars) {
    // slice(): a private copy, since the cpu backend keeps the array it is given (source may be shared).
    const values = source.slice(offset, offset + v.size);
    tf.tidy(() => v.assign(tf.tensor(values, v.shape, 'float32')));
    offset += v.size;
  }
}

/** Gradients in `vars` order, back to back (zeros for a variable that received none). */
export function flattenGradients(grads: tf.NamedTensorMap, vars: tf.Variable[]): Float32Array {
  const out = new Float32Array(valueCount(vars));
  let offset = 0;
  for (const v of vars) {
    const g = grads[v.name];
    if (g) out.set(g.dataSync() as Float32Array, offset);
    offset += v.size;
  }
  return out;
}
