import type * as tf from '@tensorflow/tfjs';
import { batchNorm, conv2d, tfPads } from './conv-bn.converter.js';
import {
  activation,
  checkChannelsLast,
  type LayerConverter,
  OnnxExportError,
  pair,
  requiredWeight,
  weight,
} from './converter-helpers.js';

const dense: LayerConverter = ({ g, layer, config, inputs, inputShapes }) => {
  if ((inputShapes[0] as tf.Shape).length !== 2) {
    throw new OnnxExportError(layer.name, 'Dense is supported on rank-2 input only');
  }
  const w = requiredWeight(layer, 'kernel'); // [in, out], what Gemm's B is without transB
  const [inDim, outDim] = [(inputShapes[0] as tf.Shape)[1] as number, config.units as number];
  const bias = weight(layer, 'bias') ?? new Float64Array(outDim);
  const wName = g.floatInit(`${layer.name}/W`, Float32Array.from(w), [inDim, outDim]);
  const bName = g.floatInit(`${layer.name}/B`, Float32Array.from(bias), [outDim]);
  const y = g.node('Gemm', [inputs[0] as string, wName, bName], layer.name);
  return activation(g, layer, y, config.activation);
};

const relu: LayerConverter = ({ g, layer, config, inputs }) => {
  if (config.maxValue != null) throw new OnnxExportError(layer.name, 'ReLU maxValue is not supported');
  return g.node('Relu', [inputs[0] as string], layer.name);
};

const maxPool: LayerConverter = ({ g, layer, config, inputs, inputShapes }) => {
  checkChannelsLast(layer, config);
  const kernel = pair(layer, config.poolSize, 'poolSize');
  const strides = pair(layer, config.strides ?? config.poolSize, 'strides');
  return g.node('MaxPool', [inputs[0] as string], layer.name, {
    kernel_shape: kernel,
    strides,
    pads: tfPads(layer, config.padding, inputShapes[0] as tf.Shape, kernel, strides),
  });
};

function globalPool(op: 'GlobalAveragePool' | 'GlobalMaxPool'): LayerConverter {
  return ({ g, layer, config, inputs }) => {
    checkChannelsLast(layer, config);
    if (config.keepDims === true) throw new OnnxExportError(layer.name, 'keepDims is not supported');
    const pooled = g.node(op, [inputs[0] as string], `${layer.name}_pool`);
    return g.node('Flatten', [pooled], layer.name, { axis: 1 });
  };
}

/** Only the SE gate's [B, C] -> [B, 1, 1, C] reshape (NCHW: [B, C, 1, 1], same memory order). */
const reshape: LayerConverter = ({ g, layer, config, inputs, inputShapes }) => {
  const target = config.targetShape as number[];
  const channels = (inputShapes[0] as tf.Shape)[1];
  if (
    (inputShapes[0] as tf.Shape).length !== 2 ||
    target.length !== 3 ||
    target[0] !== 1 ||
    target[1] !== 1
  ) {
    throw new OnnxExportError(layer.name, `unsupported reshape to ${JSON.stringify(target)}`);
  }
  if (target[2] !== channels) throw new OnnxExportError(layer.name, 'reshape changes the channel count');
  const shape = g.int64Init(`${layer.name}/shape`, [0, channels as number, 1, 1]);
  return g.node('Reshape', [inputs[0] as string, shape], layer.name);
};

function elementwise(op: 'Mul' | 'Add'): LayerConverter {
  return ({ g, layer, inputs }) => {
    let acc = inputs[0] as string;
    for (const [k, x] of inputs.slice(1).entries()) {
      acc = g.node(op, [acc, x], k === inputs.length - 2 ? layer.name : `${layer.name}_${k}`);
    }
    return acc;
  };
}

const concatenate: LayerConverter = ({ g, layer, config, inputs, outputShape }) => {
  const rank = outputShape.length;
  const axis = (config.axis as number) < 0 ? rank + (config.axis as number) : (config.axis as number);
  if (axis !== rank - 1) throw new OnnxExportError(layer.name, `unsupported concat axis ${config.axis}`);
  return g.node('Concat', inputs, layer.name, { axis: 1 });
};

/** The model's aligned-corner bilinear upsampling (ResizeBilinearAligned). */
const resizeAligned: LayerConverter = ({ g, layer, config, inputs }) => {
  const s = config.scale as number;
  const scales = g.floatInit(`${layer.name}/scales`, Float32Array.from([1, 1, s, s]), [4]);
  return g.node('Resize', [inputs[0] as string, '', scales], layer.name, {
    mode: 'linear',
    coordinate_transformation_mode: 'align_corners',
  });
};

/** Dropout is the identity at inference (MC sampling is not part of this graph). */
const identity: LayerConverter = ({ inputs }) => inputs[0] as string;

const activationLayer: LayerConverter = ({ g, layer, config, inputs }) =>
  activation(g, layer, inputs[0] as string, config.activation);

export const CONVERTERS: Record<string, LayerConverter> = {
  Conv2D: conv2d,
  BatchNormalization: batchNorm,
  Dense: dense,
  ReLU: relu,
  Activation: activationLayer,
  MaxPooling2D: maxPool,
  GlobalAveragePooling2D: globalPool('GlobalAveragePool'),
  GlobalMaxPooling2D: globalPool('GlobalMaxPool'),
  Reshape: reshape,
  Multiply: elementwise('Mul'),
  Add: elementwise('Add'),
  Concatenate: concatenate,
  Hep2ResizeBilinearAligned: resizeAligned,
  Hep2McDropout: identity,
  Dropout: identity,
};
