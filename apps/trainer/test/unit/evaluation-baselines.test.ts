import { createModel, initBackend } from '@hep2/model';
import { decidePromotion } from '@hep2/training';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelledSample } from '../../src/features/data/sample-loader';
import {
  majorityBaseline,
  maskBaselines,
  otsuMask,
  otsuThreshold,
} from '../../src/features/evaluation/baselines';
import { evaluateModel, scoreComponents } from '../../src/features/evaluation/evaluate-model';
import { labelledSample } from '../support/labelled-sample';

// 4x4: six pixels at 0.8, four at 0.2, six at 0. Between-class variance (in pixel-count units):
// split {0} | {0.2, 0.8}: 6 * 10 * (0 - 0.56)^2 = 18.816; split {0, 0.2} | {0.8}: 10 * 6 * (0.08 - 0.8)^2
// = 31.104. Otsu keeps the larger: threshold 0.8, the six 0.8 pixels are foreground.
const IMAGE = [0.8, 0.8, 0.8, 0, 0.8, 0.8, 0.8, 0, 0.2, 0.2, 0.2, 0.2, 0, 0, 0, 0];
// Truth: the first two rows (8 pixels).
const TRUTH = [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0];

const sample = (o: Partial<LabelledSample>) => labelledSample(16, o);

describe("Otsu's threshold", () => {
  it('finds the threshold computed by hand and keeps the pixels at or above it', () => {
    expect(otsuThreshold(IMAGE)).toBeCloseTo(0.8, 6);
    expect(Array.from(otsuMask(Float32Array.from(IMAGE)))).toEqual([
      1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it('has no threshold on a uniform image (all background)', () => {
    expect(otsuThreshold([0.3, 0.3, 0.3])).toBeNull();
    expect(Array.from(otsuMask([0.3, 0.3]))).toEqual([0, 0]);
  });
});

describe('mask baselines', () => {
  it('scores Otsu and all-foreground masks per patch and averages like the model (hand-computed)', () => {
    const a = sample({ image: Float32Array.from(IMAGE), mask: Float32Array.from(TRUTH) });
    // A uniform patch whose truth is the top-left 2x2: Otsu predicts nothing (Dice 0).
    const uniform = sample({
      image: new Float32Array(16).fill(0.5),
      mask: Float32Array.from([1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    });
    const unlabelled = sample({ image: Float32Array.from(IMAGE), mask: null });
    const b = maskBaselines([a, uniform, unlabelled]);
    expect(b?.patches).toBe(2);
    // Patch a: Otsu tp 6, fp 0, fn 2 -> Dice 12/14, IoU 6/8; all-foreground tp 8, fp 8 -> Dice 16/24, IoU 1/2.
    // Patch uniform: Otsu Dice 0, IoU 0; all-foreground tp 4, fp 12 -> Dice 8/20, IoU 4/16.
    expect(b?.otsu.dice).toBeCloseTo((12 / 14 + 0) / 2, 10);
    expect(b?.otsu.iou).toBeCloseTo((6 / 8 + 0) / 2, 10);
    expect(b?.otsu.pixelAccuracy).toBeCloseTo((14 / 16 + 12 / 16) / 2, 10);
    expect(b?.allForeground.dice).toBeCloseTo((16 / 24 + 8 / 20) / 2, 10);
    expect(b?.allForeground.iou).toBeCloseTo((8 / 16 + 4 / 16) / 2, 10);
    expect(maskBaselines([unlabelled])).toBeNull();
  });
});

describe('majority-class baseline', () => {
  it('predicts the training majority on the validation labels', () => {
    // Training majority: class 1. Validation labels 0, 1, 1, 2 (and one unlabelled).
    const b = majorityBaseline([0, 1, 1, -1, 2], [1, 1, 0, 2, null], 3);
    expect(b).toEqual({
      majorityClass: 1,
      source: 'training',
      accuracy: 0.5,
      // Recall per class present: 0 (class 0), 1 (class 1), 0 (class 2).
      meanClassAccuracy: 1 / 3,
      labelled: 4,
    });
  });

  it('falls back to the validation majority when the training labels are unknown, and says so', () => {
    const b = majorityBaseline([2, 2, 0], null, 3);
    expect(b).toMatchObject({
      majorityClass: 2,
      source: 'validation',
      accuracy: 2 / 3,
      meanClassAccuracy: 0.5,
    });
    expect(majorityBaseline([2, 2, 0], [null, null], 3)?.source).toBe('validation');
  });

  it('breaks ties by the lowest class and is null without validation labels', () => {
    expect(majorityBaseline([0, 2], [2, 0, 2, 0], 3)?.majorityClass).toBe(0);
    expect(majorityBaseline([-1, -1], [1], 3)).toBeNull();
  });
});

describe('evaluation of a mask-only dataset', () => {
  beforeAll(async () => {
    await initBackend({ order: ['cpu'], log: () => {} });
  });

  it('reports no pattern or intensity metric (not 1.0), baselines for the mask, and scores the mask only', async () => {
    const model = createModel({ variant: 'lite', inputSize: 32, width: 4, blocks: [1, 1, 1], seed: 3 });
    const before = tf.memory().numTensors;
    const px = 32 * 32;
    const samples = [0, 1, 2].map((i) =>
      sample({
        patchId: `p${i}`,
        specimenId: `s${i % 2}`,
        image: Float32Array.from({ length: px }, (_, k) => ((k * (i + 3)) % 17) / 16),
        mask: Float32Array.from({ length: px }, (_, k) => (k % 32 < 16 ? 1 : 0)),
      }),
    );
    const metrics = await evaluateModel(model, samples, { trainingLabels: { pattern: [], intensity: [] } });
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
    expect(metrics.pattern).toBeNull();
    expect(metrics.intensity).toBeNull();
    expect(metrics.specimen.pattern).toBeNull();
    expect(metrics.segmentation?.patches).toBe(3);
    expect(metrics.baselines.pattern).toBeNull();
    expect(metrics.baselines.intensity).toBeNull();
    expect(metrics.baselines.segmentation).toEqual(maskBaselines(samples));
    const candidate = scoreComponents(metrics);
    expect(candidate).toEqual({
      dice: metrics.segmentation?.dice,
      patternMca: null,
      intensityAccuracy: null,
    });
    // An active version whose pattern head is scored (say, 1.0 on invented labels) does not count either.
    const verdict = decidePromotion({
      candidate,
      active: { dice: (metrics.segmentation?.dice ?? 0) - 0.1, patternMca: 1, intensityAccuracy: null },
      margin: 0.01,
      maxRegression: 0.05,
    });
    expect(verdict.components).toEqual(['dice']);
    expect(verdict.promote).toBe(true);
  });

  it('leaves out the heads a candidate was not trained on', () => {
    const m = {
      segmentation: { dice: 0.7, iou: 0.5, pixelAccuracy: 0.8, patches: 2 },
      pattern: { meanClassAccuracy: 0.9, accuracy: 0.9 },
      intensity: { accuracy: 0.6 },
    } as unknown as Parameters<typeof scoreComponents>[0];
    expect(scoreComponents(m, { mask: true, pattern: false, intensity: true })).toEqual({
      dice: 0.7,
      patternMca: null,
      intensityAccuracy: 0.6,
    });
  });
});
