import type { Hep2Model } from '@hep2/model';
import { argmax } from '../measures/uncertainty.measures';
import { scoreImages } from '../scoring/model-scorer';
import type { SimSample } from './synthetic-pool';

export interface SimMetrics {
  patternAccuracy: number;
  patternMca: number;
  intensityAccuracy: number;
  dice: number;
  /** Mean of pattern MCA, intensity accuracy and Dice: one number for all three heads. */
  composite: number;
}

/**
 * Test-set metrics of the model (deterministic inference). Each head is measured on the test
 * patches that have its label (a curated set may lack masks or intensities); a head with no label
 * in the test set gets NaN, and the composite is the mean over the heads that were measured.
 */
export function evaluate(
  model: Hep2Model,
  test: readonly SimSample[],
  classes: number,
  batch = 64,
): SimMetrics {
  let patterns = 0;
  let correct = 0;
  let intensities = 0;
  let intensityCorrect = 0;
  let masks = 0;
  let inter = 0;
  let sums = 0;
  const perClass = Array.from({ length: classes }, () => ({ n: 0, hit: 0 }));
  for (let start = 0; start < test.length; start += batch) {
    const part = test.slice(start, start + batch);
    const out = scoreImages(
      model,
      part.map((s) => s.image),
      { mcSamples: 1 },
    );
    part.forEach((s, i) => {
      const o = out[i];
      if (!o) return;
      if (s.pattern !== null) {
        patterns += 1;
        const hit = argmax(o.patternProbs) === s.pattern;
        const c = perClass[s.pattern] as { n: number; hit: number };
        c.n += 1;
        if (hit) {
          correct += 1;
          c.hit += 1;
        }
      }
      if (s.intensity !== null) {
        intensities += 1;
        if (argmax(o.intensityProbs) === s.intensity) intensityCorrect += 1;
      }
      if (s.mask) {
        masks += 1;
        for (let k = 0; k < s.mask.length; k += 1) {
          const pred = (o.maskProbs[k] as number) >= 0.5 ? 1 : 0;
          inter += pred * (s.mask[k] as number);
          sums += pred + (s.mask[k] as number);
        }
      }
    });
  }
  const present = perClass.filter((c) => c.n > 0);
  const patternMca = present.length > 0 ? present.reduce((a, c) => a + c.hit / c.n, 0) / present.length : NaN;
  const intensityAccuracy = intensities > 0 ? intensityCorrect / intensities : NaN;
  const dice = masks === 0 ? NaN : sums > 0 ? (2 * inter) / sums : 1;
  const heads = [patternMca, intensityAccuracy, dice].filter((v) => !Number.isNaN(v));
  return {
    patternAccuracy: patterns > 0 ? correct / patterns : NaN,
    patternMca,
    intensityAccuracy,
    dice,
    composite: heads.length > 0 ? heads.reduce((a, b) => a + b, 0) / heads.length : NaN,
  };
}
