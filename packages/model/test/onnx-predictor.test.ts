import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createModel,
  createOnnxPredictor,
  deserializeModel,
  exportOnnx,
  type Hep2Model,
  predict,
  serializeModel,
} from '../src/index.js';
import { maxAbsDiff } from './fixtures.js';
import { useWasm } from './setup-backend.js';

const SIZE = 64;

describe('createOnnxPredictor', () => {
  beforeAll(useWasm);
  let model: Hep2Model;
  let images: tf.Tensor4D;
  beforeAll(() => {
    model = createModel({ variant: 'lite', inputSize: SIZE, width: 8 });
    images = tf.randomUniform([3, SIZE, SIZE, 1], 0, 1, 'float32', 7) as tf.Tensor4D;
  });
  afterAll(() => {
    images.dispose();
    model.dispose();
  });

  it('runs on ONNX Runtime, with the shapes and values of predict, and leaks no tensors', async () => {
    const logs: string[] = [];
    const predictor = await createOnnxPredictor(model, { threads: 2, log: (m) => logs.push(m) });
    try {
      expect(predictor.info.backend).toBe('onnxruntime');
      expect(predictor.info.fallbackReason).toBeNull();
      expect(predictor.info.detail).toMatch(/^onnxruntime \d+\.\d+\.\d+ \(cpu, 2 threads\)$/);
      expect(logs.join('\n')).toContain('inference on onnxruntime');
      const ref = predict(model, images, { embeddings: true });
      const before = tf.memory().numTensors;
      const got = await predictor.predict(images, { embeddings: true });
      expect(tf.memory().numTensors).toBe(before);
      expect(got.batch).toBe(3);
      expect(maxAbsDiff(got.maskProbs, ref.maskProbs)).toBeLessThan(1e-4);
      expect(maxAbsDiff(got.patternProbs, ref.patternProbs)).toBeLessThan(1e-4);
      expect(maxAbsDiff(got.intensityProbs, ref.intensityProbs)).toBeLessThan(1e-4);
      expect(maxAbsDiff(got.embeddings as Float32Array, ref.embeddings as Float32Array)).toBeLessThan(1e-4);
      const plain = await predictor.predict(images);
      expect(plain.embeddings).toBeUndefined();
      expect(Object.keys(plain).sort()).toEqual(Object.keys(predict(model, images)).sort());
    } finally {
      await predictor.dispose();
    }
  });

  it('takes a stored export instead of exporting again', async () => {
    const { bytes } = exportOnnx(model);
    const predictor = await createOnnxPredictor(model, { onnxBytes: bytes, threads: 1, log: () => {} });
    try {
      expect(predictor.info.backend).toBe('onnxruntime');
      const got = await predictor.predict(images);
      expect(maxAbsDiff(got.patternProbs, predict(model, images).patternProbs)).toBeLessThan(1e-4);
    } finally {
      await predictor.dispose();
    }
  });

  it('serves a deserialised model version (how the scorer loads one) like the original', async () => {
    const loaded = await deserializeModel(await serializeModel(model));
    const predictor = await createOnnxPredictor(loaded, { threads: 1, log: () => {} });
    try {
      expect(predictor.info.backend).toBe('onnxruntime');
      const got = await predictor.predict(images, { embeddings: true });
      const ref = predict(model, images, { embeddings: true });
      expect(maxAbsDiff(got.maskProbs, ref.maskProbs)).toBeLessThan(1e-4);
      expect(maxAbsDiff(got.embeddings as Float32Array, ref.embeddings as Float32Array)).toBeLessThan(1e-4);
    } finally {
      await predictor.dispose();
      loaded.dispose();
    }
  });

  it('falls back to TensorFlow.js when onnxruntime-node does not load, and says why', async () => {
    const predictor = await createOnnxPredictor(model, {
      loadRuntime: () => Promise.reject(new Error('libonnxruntime.so.1: cannot open shared object file')),
      log: () => {},
    });
    expect(predictor.info.backend).toBe('tfjs');
    expect(predictor.info.detail).toBe('tfjs (wasm)');
    expect(predictor.info.fallbackReason).toContain('cannot open shared object file');
    const got = await predictor.predict(images, { embeddings: true });
    const ref = predict(model, images, { embeddings: true });
    expect(got.maskProbs).toEqual(ref.maskProbs);
    expect(got.embeddings).toEqual(ref.embeddings);
    await predictor.dispose();
  });

  it('falls back to TensorFlow.js when ONNX Runtime rejects the graph', async () => {
    const predictor = await createOnnxPredictor(model, {
      onnxBytes: new Uint8Array([1, 2, 3]),
      log: () => {},
    });
    expect(predictor.info.backend).toBe('tfjs');
    expect(predictor.info.fallbackReason).toMatch(/^ONNX Runtime session failed/);
  });

  it('stays on ONNX Runtime CPU when the CUDA provider is asked for but not installed, and says so', async () => {
    // The package ships only the CPU library; the CUDA 12 provider is what its denied install script fetches.
    const predictor = await createOnnxPredictor(model, {
      executionProviders: ['cuda', 'cpu'],
      log: () => {},
    });
    expect(predictor.info.backend).toBe('onnxruntime');
    expect(predictor.info.detail).toMatch(/^onnxruntime \S+ \(cpu, \d+ threads; cuda refused: .+\)$/);
    const got = await predictor.predict(images);
    expect(got.maskProbs.length).toBe(predict(model, images).maskProbs.length);
    await predictor.dispose();
  });
});
