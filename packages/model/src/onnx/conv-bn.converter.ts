import type * as tf from '@tensorflow/tfjs';
import {
  activation,
  checkChannelsLast,
  type LayerConverter,
  OnnxExportError,
  pair,
  requiredWeight,
  weight,
} from './converter-helpers.js';

/** ONNX pads [top, left, bottom, right] for TF padding; 'same' puts the odd pixel at the end. */
export function tfPads(
  layer: tf.layers.Layer,
  padding: unknown,
  inputShape: tf.Shape,
  kernel: [number, number],
  strides: [number, number],
): number[] {
  if (padding === 'valid') return [0, 0, 0, 0];
  if (padding !== 'same') throw new OnnxExportError(layer.name, `unsupported padding ${String(padding)}`);
  const split = (size: number, k: number, s: number): [number, number] => {
    const out = Math.ceil(size / s);
    const total = Math.max((out - 1) * s + k - size, 0);
    return [Math.floor(total / 2), total - Math.floor(total / 2)];
  };
  const [top, bottom] = split(inputShape[1] as number, kernel[0], strides[0]);
  const [left, right] = split(inputShape[2] as number, kernel[1], strides[1]);
  return [top, left, bottom, right];
}

/**
 * Conv2D, with the following BatchNormalization (inference statistics) folded in:
 * W' = W * s, b' = beta + (b - mean) * s, s = gamma / sqrt(var + eps), computed in float64.
 */
export const conv2d: LayerConverter = ({ g, layer, config, inputs, inputShapes, foldedBn }) => {
  checkChannelsLast(layer, config);
  const [dh, dw] = pair(layer, config.dilationRate ?? 1, 'dilationRate');
  if (dh !== 1 || dw !== 1) throw new OnnxExportError(layer.name, 'dilation is not supported');
  const kernel = pair(layer, config.kernelSize, 'kernelSize');
  const strides = pair(layer, config.strides ?? 1, 'strides');
  const w = requiredWeight(layer, 'kernel'); // [kh, kw, in, out]
  const inputShape = inputShapes[0] as tf.Shape;
  const inCh = inputShape[3] as number;
  const outCh = config.filters as number;
  const bias = weight(layer, 'bias') ?? new Float64Array(outCh);
  const scale = new Float64Array(outCh).fill(1);
  const shift = Float64Array.from(bias);
  if (foldedBn) {
    const bn = bnAffine(foldedBn, outCh);
    for (let o = 0; o < outCh; o += 1) {
      scale[o] = bn.scale[o] as number;
      shift[o] = (bn.shift[o] as number) + (bias[o] as number) * (bn.scale[o] as number);
    }
  }
  const [kh, kw] = kernel;
  const onnxW = new Float32Array(outCh * inCh * kh * kw); // [out, in, kh, kw]
  for (let y = 0; y < kh; y += 1)
    for (let x = 0; x < kw; x += 1)
      for (let i = 0; i < inCh; i += 1)
        for (let o = 0; o < outCh; o += 1) {
          const src = ((y * kw + x) * inCh + i) * outCh + o;
          onnxW[((o * inCh + i) * kh + y) * kw + x] = (w[src] as number) * (scale[o] as number);
        }
  const wName = g.floatInit(`${layer.name}/W`, onnxW, [outCh, inCh, kh, kw]);
  const bName = g.floatInit(`${layer.name}/B`, Float32Array.from(shift), [outCh]);
  const y = g.node('Conv', [inputs[0] as string, wName, bName], foldedBn ? foldedBn.name : layer.name, {
    kernel_shape: kernel,
    strides,
    pads: tfPads(layer, config.padding, inputShape, kernel, strides),
    dilations: [1, 1],
    group: 1,
  });
  return activation(g, layer, y, config.activation);
};

/** Inference BatchNorm as y = x * scale + shift per channel (float64). */
function bnAffine(bn: tf.layers.Layer, channels: number): { scale: Float64Array; shift: Float64Array } {
  const config = bn.getConfig();
  const axis = config.axis as number;
  if (axis !== -1 && axis !== 3 && axis !== 1) {
    throw new OnnxExportError(bn.name, `unsupported BatchNormalization axis ${axis}`);
  }
  const eps = config.epsilon as number;
  const gamma = weight(bn, 'gamma') ?? new Float64Array(channels).fill(1);
  const beta = weight(bn, 'beta') ?? new Float64Array(channels);
  const mean = requiredWeight(bn, 'moving_mean');
  const variance = requiredWeight(bn, 'moving_variance');
  const scale = new Float64Array(channels);
  const shift = new Float64Array(channels);
  for (let c = 0; c < channels; c += 1) {
    scale[c] = (gamma[c] as number) / Math.sqrt((variance[c] as number) + eps);
    shift[c] = (beta[c] as number) - (mean[c] as number) * (scale[c] as number);
  }
  return { scale, shift };
}

/** A BatchNormalization that could not be folded (its input is not a single-use Conv2D). */
export const batchNorm: LayerConverter = ({ g, layer, inputs, outputShape }) => {
  const rank = outputShape.length;
  const channels = outputShape[rank - 1] as number;
  const { scale, shift } = bnAffine(layer, channels);
  const dims = rank === 4 ? [channels, 1, 1] : [channels];
  const s = g.floatInit(`${layer.name}/scale`, Float32Array.from(scale), dims);
  const b = g.floatInit(`${layer.name}/shift`, Float32Array.from(shift), dims);
  return g.node('Add', [g.node('Mul', [inputs[0] as string, s], `${layer.name}_mul`), b], layer.name);
};
