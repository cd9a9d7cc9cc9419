import type { ModelConfig } from '../config/model-config.js';
import type { Hep2Model } from '../model/model.factory.js';
import { convertLayersModel } from './layers-model.converter.js';
import { OnnxGraphBuilder } from './onnx-graph.builder.js';
import { encodeOnnxModel } from './onnx-schema.js';

/** Opset 17 / IR 8: Resize with align_corners, Softmax over one axis; ONNX Runtime >= 1.13 runs it. */
export const ONNX_OPSET = 17;
const ONNX_IR_VERSION = 8;
export const ONNX_EXPORT_FORMAT = 'hep2-onnx-v1';

/** Graph input and output names (the contract between the exporter and the predictor). */
export const ONNX_IO = {
  image: 'image',
  maskProbs: 'mask_probs',
  maskLogits: 'mask_logits',
  patternLogits: 'pattern_logits',
  intensityLogits: 'intensity_logits',
  patternProbs: 'pattern_probs',
  intensityProbs: 'intensity_probs',
  embedding: 'embedding',
  deepest: 'deepest',
} as const;

export interface OnnxExportOptions {
  /**
   * Also output the deepest encoder feature [B, h, w, C] (NHWC, as tfjs' heads take it), so MC
   * dropout can run the heads in TensorFlow.js on one ONNX backbone pass.
   */
  deepest?: boolean;
  /**
   * Also output the mask logits [B, H, W] (before the sigmoid), so a caller can temper them
   * (sigmoid(z / T)) exactly as the MC-dropout path does in tfjs.
   */
  maskLogits?: boolean;
  /**
   * Also output the pattern and intensity logits [B, K] / [B, 1 or L] (before softmax / sigmoid),
   * so validation can take its losses on ONNX Runtime's outputs as training defines them.
   */
  headLogits?: boolean;
}

export interface OnnxExport {
  /** The serialised ONNX model (protobuf). */
  bytes: Uint8Array;
  opset: number;
  format: typeof ONNX_EXPORT_FORMAT;
  /** Output names in the graph, in order. */
  outputs: string[];
}

/**
 * Bit-depth-scaled images [B, H, W, C] -> the model's input normalisation, as `normaliseInput`
 * does in tfjs (so ONNX consumers feed exactly what tfjs' predict takes).
 */
function normalise(g: OnnxGraphBuilder, config: ModelConfig, image: string): string {
  if (config.inputNormalisation !== 'min-max') {
    if (config.inputGain === 1) return image;
    const gain = g.floatInit('input_gain', Float32Array.of(config.inputGain), []);
    return g.node('Mul', [image, gain], 'input_scaled');
  }
  const axes = { axes: [1, 2, 3], keepdims: 1 };
  const lo = g.node('ReduceMin', [image], 'input_min', axes);
  const range = g.node('Sub', [g.node('ReduceMax', [image], 'input_max', axes), lo], 'input_range');
  const tiny = g.floatInit('input_tiny', Float32Array.of(1e-30), []);
  const zero = g.floatInit('input_zero', Float32Array.of(0), []);
  const scaled = g.node(
    'Div',
    [g.node('Sub', [image, lo], 'input_shifted'), g.node('Max', [range, tiny], 'input_safe_range')],
    'input_minmax',
  );
  return g.node(
    'Where',
    [g.node('Greater', [range, zero], 'input_nonflat'), scaled, zero],
    'input_normalised',
  );
}

/** Intensity logits -> per-level probabilities; the binary head gives [1 - p, p] like `predict`. */
function intensityProbabilities(g: OnnxGraphBuilder, config: ModelConfig, logits: string): string {
  if (config.intensityLevels > 2) {
    return g.node('Softmax', [logits], ONNX_IO.intensityProbs, { axis: -1 }, true);
  }
  const p = g.node('Sigmoid', [logits], 'intensity_p1');
  const one = g.floatInit('one', Float32Array.of(1), []);
  const p0 = g.node('Sub', [one, p], 'intensity_p0');
  return g.node('Concat', [p0, p], ONNX_IO.intensityProbs, { axis: 1 }, true);
}

/**
 * Exports the model's deterministic inference (dropout off, BatchNorm folded into the convolutions
 * with its moving statistics) as one ONNX graph: image [B, H, W, C] (bit-depth scaled, as `predict`
 * takes it) -> mask_probs [B, H, W], pattern_probs [B, K], intensity_probs [B, L], embedding [B, D]
 * (and optionally deepest and mask_logits). The graph is built by walking the model's own encoder, decoder and heads
 * layers and wired the way `encode` / `decode` / `applyHeads` wire them.
 */
export function exportOnnx(model: Hep2Model, opts: OnnxExportOptions = {}): OnnxExport {
  const { config } = model;
  const g = new OnnxGraphBuilder();
  const side = config.inputSize;
  const image = g.input(ONNX_IO.image, ['batch', side, side, config.inChannels]);
  const nchw = g.node('Transpose', [normalise(g, config, image)], 'to_nchw', { perm: [0, 3, 1, 2] });
  const encoded = convertLayersModel(g, model.encoder, [nchw]);
  const skips = encoded.slice(0, -1);
  const deepest = encoded[encoded.length - 1] as string;
  const [maskLogits] = convertLayersModel(g, model.decoder, [deepest, ...[...skips].reverse()]);
  const [patternLogits, intensityLogits, embedding] = convertLayersModel(g, model.heads, [deepest]);

  const squeezeAxes = g.int64Init('mask_channel_axis', [1]);
  const maskProbs = g.node('Sigmoid', [maskLogits as string], 'mask_sigmoid');
  g.node('Squeeze', [maskProbs, squeezeAxes], ONNX_IO.maskProbs, {}, true);
  g.output(ONNX_IO.maskProbs, ['batch', side, side]);
  g.node('Softmax', [patternLogits as string], ONNX_IO.patternProbs, { axis: -1 }, true);
  g.output(ONNX_IO.patternProbs, ['batch', config.patternClasses]);
  intensityProbabilities(g, config, intensityLogits as string);
  g.output(ONNX_IO.intensityProbs, ['batch', Math.max(2, config.intensityLevels)]);
  const embeddingShape = model.heads.outputs[2]?.shape ?? [];
  g.node('Identity', [embedding as string], ONNX_IO.embedding, {}, true);
  g.output(ONNX_IO.embedding, ['batch', embeddingShape[1] as number]);
  const outputs: string[] = [
    ONNX_IO.maskProbs,
    ONNX_IO.patternProbs,
    ONNX_IO.intensityProbs,
    ONNX_IO.embedding,
  ];
  if (opts.deepest) {
    const [, h, w, c] = model.encoder.outputs[model.encoder.outputs.length - 1]?.shape ?? [];
    g.node('Transpose', [deepest], ONNX_IO.deepest, { perm: [0, 2, 3, 1] }, true);
    g.output(ONNX_IO.deepest, ['batch', h as number, w as number, c as number]);
    outputs.push(ONNX_IO.deepest);
  }
  if (opts.maskLogits) {
    g.node('Squeeze', [maskLogits as string, squeezeAxes], ONNX_IO.maskLogits, {}, true);
    g.output(ONNX_IO.maskLogits, ['batch', side, side]);
    outputs.push(ONNX_IO.maskLogits);
  }
  if (opts.headLogits) {
    const heads = [
      [ONNX_IO.patternLogits, patternLogits, model.heads.outputs[0]?.shape],
      [ONNX_IO.intensityLogits, intensityLogits, model.heads.outputs[1]?.shape],
    ] as const;
    for (const [name, from, shape] of heads) {
      g.node('Identity', [from as string], name, {}, true);
      g.output(name, ['batch', (shape ?? [])[1] as number]);
      outputs.push(name);
    }
  }

  const onnx = g.build({
    graphName: `hep2_${config.variant}`,
    opset: ONNX_OPSET,
    irVersion: ONNX_IR_VERSION,
    producerVersion: ONNX_EXPORT_FORMAT,
    docString: 'HEp-2 multitask SE-U-Net, deterministic inference (BatchNorm folded, dropout off).',
    metadata: { format: ONNX_EXPORT_FORMAT, config: JSON.stringify(config) },
  });
  return { bytes: encodeOnnxModel(onnx), opset: ONNX_OPSET, format: ONNX_EXPORT_FORMAT, outputs };
}
