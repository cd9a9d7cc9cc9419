import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export interface ReferenceValues {
  losses: {
    seg: Record<string, number[] | number> & {
      logits: number[];
      target: number[];
      shape: number[];
      maskPresent: number[];
    };
    pattern: {
      logits: number[];
      labels: number[];
      classes: number;
      classWeights: number[];
      ceMasked: number;
      ceWeighted: number;
    };
    intensity: { logits: number[]; labels: number[]; bceMasked: number };
  };
  metrics: {
    segmentation: {
      probs: number[];
      target: number[];
      pixelsPerPatch: number;
      dice: number;
      iou: number;
      pixelAccuracy: number;
      perPatchDice: number[];
    };
    classification: {
      probs: number[];
      labels: number[];
      classes: number;
      accuracy: number;
      perClassRecall: (number | null)[];
      meanClassAccuracy: number;
      confusion: number[][];
      ece15: number;
    };
    binary: { scores: number[]; labels: number[]; rocAuc: number; ece15: number; ece10: number };
    specimen: {
      ids: string[];
      probs: number[];
      labels: number[];
      classes: number;
      expected: {
        specimenId: string;
        majorityVote: number;
        averagedPosterior: number;
        meanProbs: number[];
        label: number;
      }[];
    };
  };
  gradnorm: {
    alpha: number;
    lr: number;
    initialLosses: number[];
    losses: number[];
    gradNorms: number[];
    ratios: number[];
    targets: number[];
    weightGrads: number[];
    weights: number[];
  };
}

/** Numbers produced by fixtures/make-fixtures.py (numpy), independent of the TS code. */
export function loadReference(): ReferenceValues {
  const path = fileURLToPath(new URL('../fixtures/reference-values.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as ReferenceValues;
}

export function expectClose(actual: number, expected: number, tol = 1e-5): void {
  if (!(Math.abs(actual - expected) <= tol))
    throw new Error(`expected ${expected}, got ${actual} (tol ${tol})`);
}

/** The largest absolute difference between two equally long arrays (their lengths are checked). */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i += 1) m = Math.max(m, Math.abs((a[i] as number) - (b[i] as number)));
  return m;
}
