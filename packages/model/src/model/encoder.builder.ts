import * as tf from '@tensorflow/tfjs';
import type { ModelConfig } from '../config/model-config.js';
import { McDropout } from '../layers/mc-dropout.layer.js';
import { applyLayer, convBn, dense, type SeedSequence } from './layer-helpers.js';

type Sym = tf.SymbolicTensor;

/** Squeeze-and-excitation: global average pool -> FC C/r -> ReLU -> FC C -> sigmoid -> scale. */
function squeezeExcite(x: Sym, channels: number, reduction: number, name: string, seeds: SeedSequence): Sym {
  const squeezed = applyLayer(tf.layers.globalAveragePooling2d({ name: `${name}_se_pool` }), x);
  const hidden = dense(squeezed, {
    name: `${name}_se_fc1`,
    units: Math.floor(channels / reduction),
    activation: 'relu',
    seeds,
  });
  const gate = dense(hidden, { name: `${name}_se_fc2`, units: channels, activation: 'sigmoid', seeds });
  const gate4d = applyLayer(
    tf.layers.reshape({ name: `${name}_se_reshape`, targetShape: [1, 1, channels] }),
    gate,
  );
  // Multiply broadcasts the [1, 1, C] gate over the spatial dimensions.
  return applyLayer(tf.layers.multiply({ name: `${name}_se_scale` }), [x, gate4d]);
}

/**
 * SE-ResNet bottleneck. The stride sits on the first 1x1 conv, as in the Caffe-derived SENet code
 * the reference encoder comes from (parameter count is the same either way).
 */
function bottleneck(
  x: Sym,
  opts: {
    name: string;
    planes: number;
    stride: number;
    inChannels: number;
    reduction: number;
    seeds: SeedSequence;
  },
): Sym {
  const { name, planes, stride, seeds } = opts;
  const out = planes * 4;
  let y = convBn(x, { name: `${name}_c1`, filters: planes, kernel: 1, strides: stride, relu: true, seeds });
  y = convBn(y, { name: `${name}_c2`, filters: planes, kernel: 3, relu: true, seeds });
  y = convBn(y, { name: `${name}_c3`, filters: out, kernel: 1, relu: false, seeds });
  y = squeezeExcite(y, out, opts.reduction, name, seeds);
  const shortcut =
    stride !== 1 || opts.inChannels !== out
      ? convBn(x, { name: `${name}_proj`, filters: out, kernel: 1, strides: stride, relu: false, seeds })
      : x;
  const sum = applyLayer(tf.layers.add({ name: `${name}_add` }), [y, shortcut]);
  return applyLayer(tf.layers.reLU({ name: `${name}_out` }), sum);
}

export interface EncoderInfo {
  model: tf.LayersModel;
  /** Channels of the skip features, shallow to deep (stem first). */
  skipChannels: number[];
  deepestChannels: number;
}

/**
 * Encoder model: image -> [f1 (stem, stride 2), f2..fS (skips), deepest (after bottleneck dropout)].
 */
export function buildEncoder(config: ModelConfig, seeds: SeedSequence): EncoderInfo {
  const { inputSize, inChannels, width, blocks } = config;
  const input = tf.input({ name: 'image', shape: [inputSize, inputSize, inChannels] });
  const f1 = convBn(input, { name: 'stem', filters: width, kernel: 7, strides: 2, relu: true, seeds });
  let x = applyLayer(
    tf.layers.maxPooling2d({ name: 'stem_pool', poolSize: 3, strides: 2, padding: 'same' }),
    f1,
  );
  const features: Sym[] = [f1];
  const skipChannels = [width];
  let channels = width;
  blocks.forEach((count, stage) => {
    const planes = width * 2 ** stage;
    for (let b = 0; b < count; b += 1) {
      const stride = b === 0 && stage > 0 ? 2 : 1;
      x = bottleneck(x, {
        name: `enc_s${stage + 1}_b${b + 1}`,
        planes,
        stride,
        inChannels: channels,
        reduction: config.seReduction,
        seeds,
      });
      channels = planes * 4;
    }
    features.push(x);
    skipChannels.push(channels);
  });
  skipChannels.pop();
  const deepest = features.pop() as Sym;
  const dropped = applyLayer(
    new McDropout({ name: 'bottleneck_dropout', rate: config.bottleneckDropout, seed: seeds.take() }),
    deepest,
  );
  const model = tf.model({ name: 'hep2_encoder', inputs: input, outputs: [...features, dropped] });
  return { model, skipChannels, deepestChannels: channels };
}
