import { createModel, initBackend, reseedMcDropout } from '@hep2/model';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  binaryLogitsToTwoColumn,
  headUncertainty,
  mcAverageProbs,
  parseAcquisitionSettings,
  scoreImages,
  scoringMethod,
  servedSamples,
} from '../src/index';

const cfg = {
  variant: 'lite' as const,
  inputSize: 32,
  width: 8,
  blocks: [1, 1, 1],
  patternClasses: 3,
  intensityLevels: 2,
  bottleneckDropout: 0.3,
  headDropout: 0.5,
};

beforeAll(async () => {
  await initBackend({ order: ['wasm'], log: () => {} });
});

function images(n: number): Float32Array[] {
  return Array.from({ length: n }, (_, i) => {
    const t = tf.randomUniform([32 * 32], 0, 1, 'float32', 100 + i);
    const v = t.dataSync() as Float32Array;
    t.dispose();
    return Float32Array.from(v);
  });
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - (b[i] as number))), 0);

describe('the calibration sees what the scorer serves', () => {
  it("same dropout masks: served probabilities = mean_s softmax(z_s / T) of the fitting samples ('full', mask too)", () => {
    const model = createModel(cfg);
    const x = images(3);
    const temperatures = { pattern: 1.7, intensity: 0.8, mask: 2.3 };
    reseedMcDropout(model, 11);
    const fitting = servedSamples(model, x, { mcSamples: 4, mode: 'full' });
    reseedMcDropout(model, 11);
    const scored = scoreImages(model, x, { mcSamples: 4, mode: 'full', temperatures });
    expect(fitting.pattern).toHaveLength(4);
    expect(fitting.mask).toHaveLength(4);
    const pattern = mcAverageProbs({ samples: fitting.pattern, labels: [], classes: 3 }, 1.7);
    expect(
      maxAbsDiff(
        scored.flatMap((s) => s.patternProbs),
        pattern,
      ),
    ).toBeLessThan(1e-6);
    const intensity = mcAverageProbs({ samples: fitting.intensity, labels: [], classes: 2 }, 0.8);
    expect(
      maxAbsDiff(
        scored.flatMap((s) => s.intensityProbs),
        intensity,
      ),
    ).toBeLessThan(1e-6);
    const mask = mcAverageProbs(
      { samples: fitting.mask.map(binaryLogitsToTwoColumn), labels: [], classes: 2 },
      2.3,
    );
    const kept = fitting.maskPixelIndex;
    const served = scored.flatMap((s) => Array.from(kept, (p) => s.maskProbs[p] as number));
    const fitted = Array.from({ length: served.length }, (_, r) => mask[2 * r + 1] as number);
    expect(maxAbsDiff(served, fitted)).toBeLessThan(1e-5);
    model.dispose();
  });

  it("mask uncertainty: > 0 only with 'full'; heads-only MC and deterministic scoring have none", () => {
    const model = createModel(cfg);
    const x = images(2);
    const before = tf.memory().numTensors;
    const full = scoreImages(model, x, { mcSamples: 4, mode: 'full' });
    const heads = scoreImages(model, x, { mcSamples: 4, mode: 'heads' });
    const plain = scoreImages(model, x, { mcSamples: 1 });
    expect(tf.memory().numTensors).toBe(before);
    for (const s of full) {
      expect(s.bald?.mask).toBeGreaterThan(0);
      expect(s.bald?.maskVariance).toBeGreaterThan(0);
    }
    for (const s of heads) {
      expect(s.bald?.pattern).toBeGreaterThanOrEqual(0);
      expect(s.bald?.mask).toBeUndefined();
    }
    expect(plain.every((s) => s.bald === null)).toBe(true);
    // Heads-only MC leaves the mask deterministic: the same as the plain pass.
    expect(maxAbsDiff(heads[0]?.maskProbs ?? [], plain[0]?.maskProbs ?? [1])).toBeLessThan(1e-6);

    // The mask 'bald' measure uses it where it exists and falls back to pixel entropy elsewhere.
    const measures = parseAcquisitionSettings({ measures: { mask: 'bald' } }).measures;
    const row = (s: (typeof full)[number]) => ({ ...s, patchId: 'p', specimenId: 's' });
    expect(headUncertainty(row(full[0] as (typeof full)[number]), 'mask', measures)).toBe(
      full[0]?.bald?.mask,
    );
    expect(headUncertainty(row(heads[0] as (typeof full)[number]), 'mask', measures)).toBe(
      heads[0]?.maskEntropy,
    );
    model.dispose();
  });

  it('full-network MC dropout is a setting of its own, scored under its own method', () => {
    expect(parseAcquisitionSettings({}).mcDropout).toBe('heads');
    expect(scoringMethod(parseAcquisitionSettings({ mcSamples: 8 }))).toBe('mc-dropout-8');
    expect(scoringMethod(parseAcquisitionSettings({ mcSamples: 8, mcDropout: 'full' }))).toBe(
      'mc-dropout-full-8',
    );
    expect(scoringMethod(parseAcquisitionSettings({ mcSamples: 1, mcDropout: 'full' }))).toBe(
      'deterministic',
    );
  });
});
