import * as tf from '@tensorflow/tfjs';
import type { ModelConfig, ModelConfigInput } from '../config/model-config.js';
import { resolveModelConfig } from '../config/model-config.js';
// Registered before loading: the closed-form-gradient BatchNormalization replaces tfjs' class of
// the same name (a process that only deserializes, e.g. a training worker thread, would otherwise
// train with the stock, ~2x slower BatchNorm gradient).
import '../layers/batch-norm.layer.js';
import '../layers/mc-dropout.layer.js';
import '../layers/resize-bilinear.layer.js';
import { assembleModel, type Hep2Model } from '../model/model.factory.js';
import { readFramed, writeFramed } from './framed-bytes.js';

/**
 * Byte format (for object storage): "HEP2MDL1" magic, uint32 LE header length, UTF-8 JSON header
 * {config, parts: [{name, modelTopology, weightSpecs, offset, length}]}, then the weight bytes of
 * the three sub-models back to back. Each part is exactly what tf.io.withSaveHandler hands over, so
 * tf.io.fromMemory restores it (custom layers are registered by importing their modules).
 */
const MAGIC = 'HEP2MDL1';
const PARTS = ['encoder', 'decoder', 'heads'] as const;

interface PartHeader {
  name: (typeof PARTS)[number];
  modelTopology: tf.io.ModelArtifacts['modelTopology'];
  weightSpecs: tf.io.WeightsManifestEntry[];
  offset: number;
  length: number;
}

interface Header {
  format: 1;
  config: ModelConfig;
  parts: PartHeader[];
}

async function capture(model: tf.LayersModel): Promise<tf.io.ModelArtifacts> {
  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      artifacts = a;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  if (!artifacts) throw new Error('save handler was not called');
  return artifacts;
}

function weightBytes(a: tf.io.ModelArtifacts): Uint8Array {
  const data = a.weightData;
  if (!data) return new Uint8Array(0);
  const buffers = Array.isArray(data) ? data : [data];
  const total = buffers.reduce((s, b) => s + b.byteLength, 0);
  const out = new Uint8Array(total);
  let off = 0;
  for (const b of buffers) {
    out.set(new Uint8Array(b), off);
    off += b.byteLength;
  }
  return out;
}

export async function serializeModel(model: Hep2Model): Promise<Uint8Array> {
  const parts: PartHeader[] = [];
  const blobs: Uint8Array[] = [];
  let offset = 0;
  for (const name of PARTS) {
    const a = await capture(model[name]);
    const bytes = weightBytes(a);
    parts.push({
      name,
      modelTopology: a.modelTopology,
      weightSpecs: a.weightSpecs ?? [],
      offset,
      length: bytes.byteLength,
    });
    blobs.push(bytes);
    offset += bytes.byteLength;
  }
  const header: Header = { format: 1, config: model.config, parts };
  return writeFramed(MAGIC, header, blobs);
}

export async function deserializeModel(bytes: Uint8Array): Promise<Hep2Model> {
  const { header, bodyStart: dataStart } = readFramed<Header>(bytes, MAGIC, 'a serialized Hep2 model');
  if (header.format !== 1) throw new Error(`unsupported model format ${header.format}`);
  // Versions saved before inputNormalisation existed were trained on per-patch min-max input.
  const saved: ModelConfigInput = header.config;
  const config = resolveModelConfig({ ...saved, inputNormalisation: saved.inputNormalisation ?? 'min-max' });
  const loaded: Partial<Record<(typeof PARTS)[number], tf.LayersModel>> = {};
  for (const part of header.parts) {
    const start = dataStart + part.offset;
    // Copy into a fresh ArrayBuffer: tfjs reads weightData as a whole buffer.
    const weightData = bytes.slice(start, start + part.length).buffer;
    loaded[part.name] = await tf.loadLayersModel(
      tf.io.fromMemory({ modelTopology: part.modelTopology, weightSpecs: part.weightSpecs, weightData }),
    );
  }
  const { encoder, decoder, heads } = loaded;
  if (!encoder || !decoder || !heads) throw new Error('serialized model lacks a part');
  return assembleModel(config, encoder, decoder, heads);
}
