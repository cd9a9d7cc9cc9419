import type * as tf from '@tensorflow/tfjs';
import { layerNode, OnnxExportError } from './converter-helpers.js';
import { CONVERTERS } from './layer-converters.js';
import type { OnnxGraphBuilder } from './onnx-graph.builder.js';

/** Layers that read each symbolic tensor (by id), plus one pseudo-reader per model output. */
function consumerCounts(model: tf.LayersModel): Map<number, tf.layers.Layer[]> {
  const readers = new Map<number, tf.layers.Layer[]>();
  for (const layer of model.layers) {
    if (layer.getClassName() === 'InputLayer') continue;
    for (const t of layerNode(layer).inputTensors) readers.set(t.id, [...(readers.get(t.id) ?? []), layer]);
  }
  return readers;
}

/**
 * The BatchNormalization layers that fold into the Conv2D before them: the conv output must feed
 * that BN only, and must not be a model output. Map: conv layer name -> BN layer.
 */
function foldableBatchNorms(model: tf.LayersModel): Map<string, tf.layers.Layer> {
  const readers = consumerCounts(model);
  const outputIds = new Set(model.outputs.map((t) => t.id));
  const folds = new Map<string, tf.layers.Layer>();
  for (const layer of model.layers) {
    if (layer.getClassName() !== 'Conv2D') continue;
    const out = layerNode(layer).outputTensors[0] as tf.SymbolicTensor;
    const users = readers.get(out.id) ?? [];
    const bn = users[0];
    if (users.length === 1 && bn && bn.getClassName() === 'BatchNormalization' && !outputIds.has(out.id)) {
      folds.set(layer.name, bn);
    }
  }
  return folds;
}

/**
 * Emits the ONNX nodes of a functional tfjs model, its inputs bound to existing ONNX values (in
 * `model.inputs` order); returns the ONNX values of `model.outputs`. Layers are taken in
 * dependency order from the model's own graph, each through its converter.
 */
export function convertLayersModel(
  g: OnnxGraphBuilder,
  model: tf.LayersModel,
  inputValues: string[],
): string[] {
  if (inputValues.length !== model.inputs.length) {
    throw new OnnxExportError(model.name, `expects ${model.inputs.length} inputs, got ${inputValues.length}`);
  }
  const values = new Map<number, string>();
  model.inputs.forEach((t, i) => {
    values.set(t.id, inputValues[i] as string);
  });
  const folds = foldableBatchNorms(model);
  const foldedBns = new Set([...folds.values()].map((l) => l.name));
  let pending = model.layers.filter((l) => l.getClassName() !== 'InputLayer');
  while (pending.length > 0) {
    const deferred: tf.layers.Layer[] = [];
    for (const layer of pending) {
      const node = layerNode(layer);
      if (!node.inputTensors.every((t) => values.has(t.id))) {
        deferred.push(layer);
        continue;
      }
      if (node.outputTensors.length !== 1) throw new OnnxExportError(layer.name, 'multi-output layers');
      const output = node.outputTensors[0] as tf.SymbolicTensor;
      if (foldedBns.has(layer.name)) continue; // emitted with its Conv2D
      const className = layer.getClassName();
      const converter = CONVERTERS[className];
      if (!converter) throw new OnnxExportError(layer.name, `no converter for layer class ${className}`);
      const foldedBn = folds.get(layer.name) ?? null;
      const value = converter({
        g,
        layer,
        config: layer.getConfig(),
        inputs: node.inputTensors.map((t) => values.get(t.id) as string),
        inputShapes: node.inputTensors.map((t) => t.shape),
        outputShape: output.shape,
        foldedBn,
      });
      values.set(output.id, value);
      if (foldedBn) values.set((layerNode(foldedBn).outputTensors[0] as tf.SymbolicTensor).id, value);
    }
    if (deferred.length === pending.length) {
      throw new OnnxExportError(model.name, `unreachable layers: ${deferred.map((l) => l.name).join(', ')}`);
    }
    pending = deferred;
  }
  return model.outputs.map((t) => {
    const v = values.get(t.id);
    if (!v) throw new OnnxExportError(model.name, `output ${t.name} was not produced`);
    return v;
  });
}
