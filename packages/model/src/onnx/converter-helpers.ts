import type * as tf from '@tensorflow/tfjs';
import type { OnnxGraphBuilder } from './onnx-graph.builder.js';

/** Thrown for a layer or layer setting the exporter does not translate; names the layer. */
export class OnnxExportError extends Error {
  constructor(layer: string, reason: string) {
    super(`ONNX export: layer '${layer}': ${reason}`);
    this.name = 'OnnxExportError';
  }
}

type Sym = tf.SymbolicTensor;
export type Config = tf.serialization.ConfigDict;

/** The graph node a layer was applied at when its functional model was built. */
export function layerNode(layer: tf.layers.Layer): { inputTensors: Sym[]; outputTensors: Sym[] } {
  const node = layer.inboundNodes[0];
  if (!node) throw new OnnxExportError(layer.name, 'layer has no inbound node');
  return node;
}

/**
 * A converter emits the ONNX nodes of one layer. Rank-4 values are NCHW in the ONNX graph (the
 * layout ONNX Conv and pooling expect); tfjs tensors are NHWC, so channel axes are remapped here.
 */
export interface ConvertArgs {
  g: OnnxGraphBuilder;
  layer: tf.layers.Layer;
  config: Config;
  inputs: string[];
  inputShapes: tf.Shape[];
  outputShape: tf.Shape;
  /** BatchNormalization layer to fold into this Conv2D (its only consumer), if any. */
  foldedBn: tf.layers.Layer | null;
}

export type LayerConverter = (args: ConvertArgs) => string;

/** Float64 copy of a layer weight found by its name suffix (`kernel`, `gamma`, ...). */
export function weight(layer: tf.layers.Layer, suffix: string): Float64Array | null {
  const w = layer.weights.find((v) => v.originalName.endsWith(`/${suffix}`) || v.name.endsWith(`/${suffix}`));
  return w ? Float64Array.from(w.read().dataSync() as Float32Array) : null;
}

export function requiredWeight(layer: tf.layers.Layer, suffix: string): Float64Array {
  const w = weight(layer, suffix);
  if (!w) throw new OnnxExportError(layer.name, `missing weight '${suffix}'`);
  return w;
}

export function pair(layer: tf.layers.Layer, value: unknown, field: string): [number, number] {
  const v = Array.isArray(value) ? value : [value, value];
  if (v.length !== 2 || !v.every((n) => typeof n === 'number')) {
    throw new OnnxExportError(layer.name, `unsupported ${field} ${JSON.stringify(value)}`);
  }
  return v as [number, number];
}

export function activation(g: OnnxGraphBuilder, layer: tf.layers.Layer, x: string, name: unknown): string {
  switch (name ?? 'linear') {
    case 'linear':
      return x;
    case 'relu':
      return g.node('Relu', [x], `${layer.name}_relu`);
    case 'sigmoid':
      return g.node('Sigmoid', [x], `${layer.name}_sigmoid`);
    default:
      throw new OnnxExportError(layer.name, `unsupported activation ${String(name)}`);
  }
}

export function checkChannelsLast(layer: tf.layers.Layer, config: Config): void {
  if (config.dataFormat != null && config.dataFormat !== 'channelsLast') {
    throw new OnnxExportError(layer.name, `unsupported dataFormat ${String(config.dataFormat)}`);
  }
}
