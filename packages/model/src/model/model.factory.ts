import * as tf from '@tensorflow/tfjs';
import { type ModelConfig, type ModelConfigInput, resolveModelConfig } from '../config/model-config.js';
import { McDropout } from '../layers/mc-dropout.layer.js';
import { buildDecoder } from './decoder.builder.js';
import { buildEncoder } from './encoder.builder.js';
import { buildHeads } from './heads.builder.js';
import { SeedSequence } from './layer-helpers.js';

export interface ParamCount {
  /** Trainable parameters: what PyTorch's `sum(p.numel() for p in model.parameters())` counts. */
  trainable: number;
  /** Trainable + BatchNorm moving statistics (PyTorch buffers). */
  total: number;
  encoder: number;
  decoder: number;
  heads: number;
}

/**
 * The multitask SE-U-Net as three LayersModels. Splitting at the deepest feature lets training tap
 * the shared activation per task (GradNorm), and lets MC-dropout run the heads T times on one
 * backbone pass.
 */
export interface Hep2Model {
  readonly config: ModelConfig;
  readonly encoder: tf.LayersModel;
  readonly decoder: tf.LayersModel;
  readonly heads: tf.LayersModel;
  paramCount(): ParamCount;
  /** All trainable variables, encoder first. */
  trainableVariables(): tf.Variable[];
  dispose(): void;
}

export function createModel(configInput: ModelConfigInput = {}): Hep2Model {
  const config = resolveModelConfig(configInput);
  const seeds = new SeedSequence(config.seed);
  const enc = buildEncoder(config, seeds);
  const decoder = buildDecoder(config, enc, seeds);
  const heads = buildHeads(config, enc.deepestChannels, seeds);
  return assembleModel(config, enc.model, decoder, heads);
}

export function assembleModel(
  config: ModelConfig,
  encoder: tf.LayersModel,
  decoder: tf.LayersModel,
  heads: tf.LayersModel,
): Hep2Model {
  const trainableCount = (m: tf.LayersModel): number =>
    m.trainableWeights.reduce((s, w) => s + w.shape.reduce((a: number, b) => a * (b ?? 1), 1), 0);
  return {
    config,
    encoder,
    decoder,
    heads,
    paramCount() {
      const encoderCount = trainableCount(encoder);
      const decoderCount = trainableCount(decoder);
      const headsCount = trainableCount(heads);
      return {
        trainable: encoderCount + decoderCount + headsCount,
        total: encoder.countParams() + decoder.countParams() + heads.countParams(),
        encoder: encoderCount,
        decoder: decoderCount,
        heads: headsCount,
      };
    },
    trainableVariables() {
      // LayerVariable.read() returns the backing tf.Variable that optimizers update in place.
      return [encoder, decoder, heads].flatMap((m) => m.trainableWeights.map((w) => w.read() as tf.Variable));
    },
    dispose() {
      for (const m of [encoder, decoder, heads]) m.dispose();
    },
  };
}

export interface ForwardOutputs {
  maskLogits: tf.Tensor4D;
  patternLogits: tf.Tensor2D;
  intensityLogits: tf.Tensor2D;
  embedding: tf.Tensor2D;
}

/** Per-consumer hooks on the deepest feature (identity in value; used to observe gradients). */
export interface DeepestTaps {
  mask(x: tf.Tensor): tf.Tensor;
  pattern(x: tf.Tensor): tf.Tensor;
  intensity(x: tf.Tensor): tf.Tensor;
}

/**
 * The model's own input normalisation (ModelConfig.inputNormalisation), applied to bit-depth-scaled
 * images [B, H, W, C]. Part of every forward pass, so training, validation and scoring cannot
 * disagree. Per-patch min-max maps a flat patch to zeros (as the host-side min-max always did).
 */
export function normaliseInput(config: ModelConfig, images: tf.Tensor4D): tf.Tensor4D {
  if (config.inputNormalisation !== 'min-max') {
    return config.inputGain === 1 ? images : (tf.mul(images, config.inputGain) as tf.Tensor4D);
  }
  return tf.tidy(() => {
    const lo = tf.min(images, [1, 2, 3], true);
    const range = tf.sub(tf.max(images, [1, 2, 3], true), lo);
    const safe = tf.maximum(range, 1e-30);
    return tf.where(
      tf.greater(range, 0),
      tf.div(tf.sub(images, lo), safe),
      tf.zerosLike(images),
    ) as tf.Tensor4D;
  });
}

/** Encoder pass; call inside tf.tidy (the normalised input is an intermediate the gradient needs). */
export function encode(
  model: Hep2Model,
  images: tf.Tensor4D,
  training: boolean,
): { skips: tf.Tensor4D[]; deepest: tf.Tensor4D } {
  const input = normaliseInput(model.config, images);
  const outs = model.encoder.apply(input, { training }) as tf.Tensor4D[];
  const deepest = outs[outs.length - 1] as tf.Tensor4D;
  return { skips: outs.slice(0, -1), deepest };
}

export function decode(
  model: Hep2Model,
  deepest: tf.Tensor,
  skips: tf.Tensor[],
  training: boolean,
): tf.Tensor4D {
  return model.decoder.apply([deepest, ...[...skips].reverse()], { training }) as tf.Tensor4D;
}

export function applyHeads(
  model: Hep2Model,
  deepest: tf.Tensor,
  training: boolean,
): [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D] {
  return model.heads.apply(deepest, { training }) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
}

/** A forward pass that may leave the decoder out (training steps without a mask label). */
export type TaskOutputs = Omit<ForwardOutputs, 'maskLogits'> & { maskLogits: tf.Tensor4D | null };

/** Full forward pass. With separate taps, the pattern and intensity heads may see different copies. */
export function forward(
  model: Hep2Model,
  images: tf.Tensor4D,
  training: boolean,
  taps?: DeepestTaps,
): ForwardOutputs {
  return forwardTasks(model, images, training, taps, true) as ForwardOutputs;
}

/**
 * `forward`, with the decoder run only when `withMask`: a training step whose batch has no mask
 * label has a mask loss of 0 whose gradient is exactly 0, so running the decoder (forward and
 * backward, the larger half of a lite step) would only cost time. maskLogits is then null.
 */
export function forwardTasks(
  model: Hep2Model,
  images: tf.Tensor4D,
  training: boolean,
  taps: DeepestTaps | undefined,
  withMask: boolean,
): TaskOutputs {
  const { skips, deepest } = encode(model, images, training);
  const maskLogits = withMask ? decode(model, taps ? taps.mask(deepest) : deepest, skips, training) : null;
  if (!taps) {
    const [patternLogits, intensityLogits, embedding] = applyHeads(model, deepest, training);
    return { maskLogits, patternLogits, intensityLogits, embedding };
  }
  const [patternLogits, , embedding] = applyHeads(model, taps.pattern(deepest), training);
  const [, intensityLogits] = applyHeads(model, taps.intensity(deepest), training);
  return { maskLogits, patternLogits, intensityLogits, embedding };
}

/** Switch the MC dropout layers of the given models on or off (BatchNorm stays in inference mode). */
export function setMcDropout(models: tf.LayersModel[], active: boolean): void {
  for (const m of models) {
    for (const layer of m.layers) if (layer instanceof McDropout) layer.mcActive = active;
  }
}

/**
 * Restart every dropout layer's mask sequence from `seed` (one derived seed per layer), so two MC
 * runs over the same inputs draw the same masks - e.g. to check that a calibration fit saw exactly
 * what the scorer serves. Training checkpoints keep their own positions (trainer-state).
 */
export function reseedMcDropout(model: Hep2Model, seed: number): void {
  let index = 0;
  for (const part of [model.encoder, model.decoder, model.heads]) {
    for (const layer of part.layers) {
      if (!(layer instanceof McDropout)) continue;
      layer.reseed(seed + 7919 * index);
      index += 1;
    }
  }
}
