import * as tf from '@tensorflow/tfjs';
import type { ModelConfig } from '../config/model-config.js';
import { ResizeBilinearAligned } from '../layers/resize-bilinear.layer.js';
import { applyLayer, convBn, type SeedSequence } from './layer-helpers.js';

type Sym = tf.SymbolicTensor;

/**
 * U-Net decoder model: [deepest, skip_S, ..., skip_1] -> mask logits at the input size.
 * Each up-step: bilinear x2 (aligned corners), concat skip, (3x3 conv, BN, ReLU) x 2.
 * An extra decoderChannels entry adds a full-resolution block without skip (common libraries);
 * otherwise the logit conv runs at stride 2 and is upsampled x2 (reference code).
 */
export function buildDecoder(
  config: ModelConfig,
  encoder: { skipChannels: number[]; deepestChannels: number },
  seeds: SeedSequence,
): tf.LayersModel {
  const stages = config.blocks.length;
  const deepSize = config.inputSize / 2 ** (stages + 1);
  const deepest = tf.input({ name: 'dec_in_deepest', shape: [deepSize, deepSize, encoder.deepestChannels] });
  const skipInputs = encoder.skipChannels
    .map((c, i) => {
      const size = config.inputSize / 2 ** (i + 1);
      return tf.input({ name: `dec_in_skip${i + 1}`, shape: [size, size, c] });
    })
    .reverse();
  let x: Sym = deepest;
  let channels = encoder.deepestChannels;
  config.decoderChannels.forEach((out, step) => {
    const skip = skipInputs[step];
    x = applyLayer(new ResizeBilinearAligned({ name: `dec${step + 1}_up`, scale: 2 }), x);
    let inCh = channels;
    if (skip) {
      x = applyLayer(tf.layers.concatenate({ name: `dec${step + 1}_cat` }), [x, skip]);
      inCh += skip.shape[3] as number;
    }
    const mid = config.decoderMid === 'half-input' ? Math.floor(inCh / 2) : out;
    x = convBn(x, { name: `dec${step + 1}_a`, filters: mid, kernel: 3, relu: true, seeds });
    x = convBn(x, { name: `dec${step + 1}_b`, filters: out, kernel: 3, relu: true, seeds });
    channels = out;
  });
  const logitConv = tf.layers.conv2d({
    name: 'mask_logit',
    filters: 1,
    kernelSize: config.logitKernel,
    padding: 'same',
    kernelInitializer: tf.initializers.glorotUniform({ seed: seeds.take() }),
  });
  let logits = applyLayer(logitConv, x);
  if (config.decoderChannels.length === skipInputs.length) {
    logits = applyLayer(new ResizeBilinearAligned({ name: 'mask_up', scale: 2 }), logits);
  }
  return tf.model({ name: 'hep2_decoder', inputs: [deepest, ...skipInputs], outputs: logits });
}
