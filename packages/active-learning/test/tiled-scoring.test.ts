import { createModel, createTfjsPredictor, type Hep2Model, initBackend } from '@hep2/model';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreImages, scoreImagesOn, servedSamples, servedSamplesOn } from '../src/index';

/** A model that sees 96 px patches through 32 px windows (patchView 'tiles'). */
const VIEW = 96;

describe('scoring a model that sees patches through windows', () => {
  let model: Hep2Model;
  beforeAll(async () => {
    await initBackend({ order: ['wasm'], log: () => {} });
    model = createModel({
      variant: 'lite',
      inputSize: 32,
      width: 4,
      blocks: [1, 1, 1],
      patternClasses: 3,
      intensityLevels: 2,
      patchView: 'tiles',
      viewSize: VIEW,
    });
  });
  afterAll(() => model?.dispose());

  it('scores whole patches through its predictor; the whole-patch tfjs paths refuse it', async () => {
    const patches = Array.from({ length: 2 }, (_, i) => {
      const t = tf.randomUniform([VIEW * VIEW], 0, 1, 'float32', 300 + i);
      const v = Float32Array.from(t.dataSync() as Float32Array);
      t.dispose();
      return v;
    });
    const before = tf.memory().numTensors;
    const predictor = createTfjsPredictor(model);
    const scored = await scoreImagesOn(predictor, patches, { mcSamples: 3 });
    expect(scored).toHaveLength(2);
    for (const s of scored) {
      expect(s.side).toBe(VIEW);
      expect(s.maskProbs.length).toBe(VIEW * VIEW);
      expect(s.patternProbs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect(s.bald).not.toBeNull();
    }
    const samples = await servedSamplesOn(predictor, patches, { mcSamples: 1, mode: 'heads' });
    expect(samples.pattern[0]?.length).toBe(2 * 3);
    // Mask pixels are drawn from the whole 96 px patch, not from one window.
    expect(samples.mask[0]?.length).toBe(2 * samples.maskPixelIndex.length);
    expect(samples.maskPixelIndex[samples.maskPixelIndex.length - 1]).toBeGreaterThan(32 * 32);
    await predictor.dispose();
    expect(tf.memory().numTensors).toBe(before);

    expect(() => scoreImages(model, patches, { mcSamples: 1 })).toThrow(/scoreImagesOn/);
    expect(() => servedSamples(model, patches, { mcSamples: 1, mode: 'heads' })).toThrow(/servedSamplesOn/);
  });
});
