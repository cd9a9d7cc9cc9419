import { SeededRandom } from '@hep2/data';
import { expectedCalibrationError } from '@hep2/model';
import { describe, expect, it } from 'vitest';
import {
  binaryLogitsToTwoColumn,
  calibrateHead,
  fitTemperature,
  nllAtTemperature,
  reliabilityDiagram,
  softmaxWithTemperature,
  temperProbs,
} from '../src/index';

/** Labels drawn from softmax(z); the model reports z * scale (scale > 1: overconfident). */
function synthetic(n: number, classes: number, scale: number, seed: string) {
  const rng = new SeededRandom(seed);
  const logits = new Float64Array(n * classes);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const z = Array.from({ length: classes }, () => rng.normal() * 2);
    const p = softmaxWithTemperature(z, classes, 1);
    let u = rng.next();
    let y = 0;
    while (y < classes - 1 && u >= (p[y] as number)) {
      u -= p[y] as number;
      y += 1;
    }
    labels[i] = y;
    for (const [k, v] of z.entries()) logits[i * classes + k] = v * scale;
  }
  return { logits, labels, classes };
}

describe('temperature scaling', () => {
  it('recovers a known temperature from synthetic logits', () => {
    for (const scale of [3, 0.5]) {
      const table = synthetic(5000, 4, scale, `t${scale}`);
      const fit = fitTemperature(table);
      expect(fit.temperature).toBeGreaterThan(scale * 0.88);
      expect(fit.temperature).toBeLessThan(scale * 1.12);
      expect(fit.nllAfter).toBeLessThan(fit.nllBefore);
      expect(nllAtTemperature(table, fit.temperature)).toBeLessThanOrEqual(
        nllAtTemperature(table, scale * 1.3),
      );
    }
  });

  it('a binary head as [0, z] columns, and ECE before/after with reliability bins', () => {
    const base = synthetic(4000, 2, 2.5, 'bin');
    // Binary logit z = z1 - z0; [0, z] rows give the same softmax.
    const z = Float64Array.from(
      { length: 4000 },
      (_, i) => (base.logits[2 * i + 1] as number) - (base.logits[2 * i] as number),
    );
    // Fitted on the first 2000 rows, measured on the other 2000 (one MC sample = deterministic).
    const twoColumn = binaryLogitsToTwoColumn(z);
    const half = (from: number) => ({
      samples: [twoColumn.subarray(2 * from, 2 * (from + 2000))],
      labels: base.labels.subarray(from, from + 2000),
      classes: 2,
    });
    const cal = calibrateHead(half(0), half(2000));
    expect(cal.temperature).toBeGreaterThan(2.2);
    expect(cal.temperature).toBeLessThan(2.8);
    expect(cal.eceAfter).toBeLessThan(cal.eceBefore ?? 0);
    expect(cal.eceAfter).toBeLessThan(0.04);
    expect(cal.after.reduce((a, b) => a + b.count, 0)).toBe(2000);
  });

  it('reliability ECE equals @hep2/model expectedCalibrationError; tempering keeps the argmax', () => {
    const t = synthetic(500, 3, 2, 'ece');
    const probs = softmaxWithTemperature(t.logits, 3, 1);
    expect(reliabilityDiagram(probs, t.labels, 3).ece).toBeCloseTo(
      expectedCalibrationError(probs, t.labels, 3),
      12,
    );
    const tempered = temperProbs([0.7, 0.2, 0.1], 2);
    expect(tempered[0]).toBeGreaterThan(tempered[1] as number);
    expect(tempered[0]).toBeLessThan(0.7);
    // softmax(log p / 2) = sqrt(p) / sum sqrt(p).
    const s = Math.sqrt(0.7) + Math.sqrt(0.2) + Math.sqrt(0.1);
    expect(tempered[0]).toBeCloseTo(Math.sqrt(0.7) / s, 9);
  });
});
