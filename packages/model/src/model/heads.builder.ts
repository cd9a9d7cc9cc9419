import * as tf from '@tensorflow/tfjs';
import type { ModelConfig } from '../config/model-config.js';
import { McDropout } from '../layers/mc-dropout.layer.js';
import { applyLayer, dense, type SeedSequence } from './layer-helpers.js';

/**
 * Heads model: deepest feature -> [pattern logits, intensity logits, pooled embedding].
 * Global pooling replaces the reference's fixed 8x8 max-pool (which ignored part of a 12x12 map
 * and broke at other input sizes); logits are plain (no exp() before cross-entropy).
 */
export function buildHeads(
  config: ModelConfig,
  deepestChannels: number,
  seeds: SeedSequence,
): tf.LayersModel {
  const stages = config.blocks.length;
  const size = config.inputSize / 2 ** (stages + 1);
  const input = tf.input({ name: 'heads_in', shape: [size, size, deepestChannels] });
  const pool =
    config.headPooling === 'avg'
      ? tf.layers.globalAveragePooling2d({ name: 'head_pool' })
      : tf.layers.globalMaxPooling2d({ name: 'head_pool' });
  const embedding = applyLayer(pool, input);
  const head = (name: string, units: number): tf.SymbolicTensor => {
    const dropped = applyLayer(
      new McDropout({ name: `${name}_dropout`, rate: config.headDropout, seed: seeds.take() }),
      embedding,
    );
    const hidden = dense(dropped, {
      name: `${name}_fc1`,
      units: config.headHidden,
      activation: 'relu',
      seeds,
    });
    return dense(hidden, { name: `${name}_fc2`, units, seeds });
  };
  const pattern = head('pattern', config.patternClasses);
  const intensity = head('intensity', config.intensityLevels === 2 ? 1 : config.intensityLevels);
  return tf.model({ name: 'hep2_heads', inputs: input, outputs: [pattern, intensity, embedding] });
}
