import { SeededRandom } from '@hep2/data';
import { describe, expect, it } from 'vitest';
import {
  calibrateHead,
  fitMcTemperature,
  fitTemperature,
  type McLogitTable,
  mcAverageProbs,
  mcNllAtTemperature,
  softmaxWithTemperature,
} from '../src/index';

/**
 * The served prediction is mean_s softmax(z_s / T0) over S noisy MC samples; labels are drawn from
 * it, so T0 is the right temperature for the MC-averaged objective. The model reports z_s.
 */
function mcSynthetic(n: number, classes: number, samples: number, t0: number, seed: string) {
  const rng = new SeededRandom(seed);
  const tables = Array.from({ length: samples }, () => new Float64Array(n * classes));
  const labels = new Int32Array(n);
  const meanLogits = new Float64Array(n * classes);
  for (let i = 0; i < n; i += 1) {
    const base = Array.from({ length: classes }, () => rng.normal() * 3);
    const served = new Float64Array(classes);
    for (const table of tables) {
      const z = base.map((b) => b + rng.normal() * 1.5);
      const p = softmaxWithTemperature(z, classes, t0);
      z.forEach((v, k) => {
        table[i * classes + k] = v;
        meanLogits[i * classes + k] = (meanLogits[i * classes + k] as number) + v / samples;
        served[k] = (served[k] as number) + (p[k] as number) / samples;
      });
    }
    let u = rng.next();
    let y = 0;
    while (y < classes - 1 && u >= (served[y] as number)) {
      u -= served[y] as number;
      y += 1;
    }
    labels[i] = y;
  }
  return { table: { samples: tables, labels, classes } as McLogitTable, meanLogits };
}

describe('temperature fitted on the MC-averaged prediction', () => {
  it('recovers the known temperature of the served average; a fit on averaged logits does not', () => {
    const { table, meanLogits } = mcSynthetic(6000, 4, 6, 2, 'mc-t2');
    const fit = fitMcTemperature(table);
    expect(fit.temperature).toBeGreaterThan(2 * 0.92);
    expect(fit.temperature).toBeLessThan(2 * 1.08);
    expect(fit.nllAfter).toBeLessThan(fit.nllBefore);
    // The deterministic-logit fit (the old behaviour, on the samples' mean logit) lands elsewhere and,
    // applied per sample as the scorer does, serves a worse NLL on fresh data from the same source.
    const deterministic = fitTemperature({ logits: meanLogits, labels: table.labels, classes: 4 });
    expect(Math.abs(deterministic.temperature - fit.temperature)).toBeGreaterThan(0.15);
    const fresh = mcSynthetic(6000, 4, 6, 2, 'mc-t2-fresh').table;
    expect(mcNllAtTemperature(fresh, fit.temperature)).toBeLessThan(
      mcNllAtTemperature(fresh, deterministic.temperature),
    );
  });

  it('one sample is ordinary temperature scaling', () => {
    const { table } = mcSynthetic(1500, 3, 1, 0.6, 'one');
    const single = { logits: table.samples[0] as Float64Array, labels: table.labels, classes: 3 };
    expect(fitMcTemperature(table).temperature).toBeCloseTo(fitTemperature(single).temperature, 3);
    const direct = softmaxWithTemperature(single.logits, 3, 0.6);
    const averaged = mcAverageProbs(table, 0.6);
    expect(averaged.every((p, i) => Math.abs(p - (direct[i] as number)) < 1e-12)).toBe(true);
  });

  it('fit, held-out NLL and ECE match scipy on a small table', () => {
    // Reference: scipy.optimize.minimize_scalar (bounded, on log T) of the same objective written
    // with scipy.special.logsumexp/softmax, and ECE with 15 (lo, hi] bins in numpy.
    const fit: McLogitTable = {
      samples: [
        [
          2, 0.5, -1, 0.1, 1.5, 0.3, -0.5, 0.2, 2.2, 3, -1, 0, 0, 0, 0.4, 1.2, 1.1, -0.3, -1, 2.5, 0.5, 0.7,
          -0.2, 1.9,
        ],
        [
          1.4, 0.9, -0.6, 0.6, 1, 0.1, -0.2, 0.8, 1.5, 2.2, -0.4, 0.3, 0.5, -0.3, 0.2, 0.4, 1.6, 0, -0.6, 1.8,
          1.1, 1.3, 0.1, 1.2,
        ],
      ],
      labels: [0, 2, 2, 0, 1, 0, 1, 0],
      classes: 3,
    };
    const heldOut: McLogitTable = {
      samples: [
        [1.8, 0.2, -0.4, 0.3, 2, -0.1, -0.9, 0.4, 1.6, 0.9, 0.8, 0.7, 2.4, -0.5, 0.1, 0, 1.2, 1],
        [1.1, 0.7, -0.2, 0.8, 1.3, 0.2, -0.3, 0.1, 2, 1.2, 0.3, 0.9, 1.9, 0.2, -0.3, 0.4, 0.6, 1.5],
      ],
      labels: [0, 1, 2, 2, 0, 1],
      classes: 3,
    };
    const cal = calibrateHead(fit, heldOut);
    expect(cal.temperature).toBeCloseTo(0.9269476329939637, 4);
    expect(cal.fitNllBefore).toBeCloseTo(0.7978045385118812, 10);
    expect(cal.fitNllAfter).toBeCloseTo(0.7968736888545409, 8);
    expect(cal.nllBefore).toBeCloseTo(0.5897298839167794, 10);
    expect(cal.nllAfter).toBeCloseTo(0.5709188310085732, 6);
    expect(cal.eceBefore).toBeCloseTo(0.33949232373243593, 10);
    expect(cal.eceAfter).toBeCloseTo(0.32801959359190935, 5);
    expect([cal.samples, cal.heldOutSamples]).toEqual([8, 6]);
    expect(cal.after.reduce((a, b) => a + b.count, 0)).toBe(6);
  });

  it('nothing held out: T is still fitted, held-out figures are null, not in-sample ones', () => {
    const { table } = mcSynthetic(200, 3, 2, 1.5, 'empty');
    const cal = calibrateHead(table, { samples: [[], []], labels: [], classes: 3 });
    expect(cal.heldOutSamples).toBe(0);
    expect([cal.eceBefore, cal.eceAfter, cal.nllBefore, cal.nllAfter]).toEqual([null, null, null, null]);
    expect(cal.fitNllAfter).toBeLessThanOrEqual(cal.fitNllBefore);
  });
});
