import { describe, expect, it } from 'vitest';
import {
  bald,
  binaryEntropy,
  boundaryUncertainty,
  entropy,
  margin,
  meanPixelEntropy,
  normalisedEntropy,
  scorePatch,
  variationRatio,
} from '../src/index';

const LN2 = Math.LN2;

// Hand-computed with natural logarithms: ln 2 = 0.693147, ln 4 = 1.386294,
// H(0.7, 0.2, 0.1) = 0.7*0.356675 + 0.2*1.609438 + 0.1*2.302585 = 0.801819,
// H(0.1) = H(0.9) = 0.325083, H(0.2) = H(0.8) = 0.500402.
describe('uncertainty measures', () => {
  it('entropy', () => {
    expect(entropy([0.5, 0.5])).toBeCloseTo(LN2, 6);
    expect(entropy([1, 0, 0])).toBe(0);
    expect(entropy([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(1.386294, 6);
    expect(entropy([0.7, 0.2, 0.1])).toBeCloseTo(0.801819, 6);
    expect(normalisedEntropy([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(1, 9);
    expect(binaryEntropy(0.1)).toBeCloseTo(0.325083, 6);
  });

  it('margin between the two most likely classes', () => {
    expect(margin([0.7, 0.2, 0.1])).toBeCloseTo(0.5, 9);
    expect(margin([0.2, 0.4, 0.4])).toBe(0);
    expect(margin([0.1, 0.9])).toBeCloseTo(0.8, 9);
  });

  it('mean pixel entropy of a mask', () => {
    expect(meanPixelEntropy([0.5, 0, 1, 0.5])).toBeCloseTo(0.346574, 6);
    expect(meanPixelEntropy([])).toBe(0);
  });

  it('boundary uncertainty: entropy in the band around the predicted outline', () => {
    const row = [0.9, 0.8, 0.2, 0.1];
    // Boundary between pixels 1 and 2: radius 0 averages H(0.8), H(0.2); radius 1 covers all four.
    expect(boundaryUncertainty(row, 4, 1, 0)).toBeCloseTo(0.500402, 6);
    expect(boundaryUncertainty(row, 4, 1, 1)).toBeCloseTo((2 * 0.325083 + 2 * 0.500402) / 4, 5);
    // No outline at all: nothing to be unsure about.
    expect(boundaryUncertainty([0.9, 0.9, 0.8, 0.7], 2, 2)).toBe(0);
    expect(() => boundaryUncertainty([0.1], 2, 2)).toThrow(/expected 2x2/);
  });

  it('BALD mutual information from MC samples', () => {
    expect(
      bald([
        [1, 0],
        [0, 1],
      ]),
    ).toBeCloseTo(LN2, 6);
    expect(
      bald([
        [0.5, 0.5],
        [0.5, 0.5],
      ]),
    ).toBeCloseTo(0, 9);
    // H(mean) = ln 2, mean H = H(0.1) = 0.325083.
    expect(
      bald([
        [0.9, 0.1],
        [0.1, 0.9],
      ]),
    ).toBeCloseTo(LN2 - 0.325083, 6);
    expect(
      variationRatio([
        [0.9, 0.1],
        [0.2, 0.8],
        [0.6, 0.4],
        [0.7, 0.3],
      ]),
    ).toBeCloseTo(0.25, 9);
  });

  it('scorePatch fills every stored column', () => {
    const s = scorePatch({
      patternProbs: [0.7, 0.2, 0.1],
      intensityProbs: [0.5, 0.5],
      maskProbs: [0.9, 0.8, 0.2, 0.1],
      side: 2,
      patternSamples: [
        [1, 0, 0],
        [0, 1, 0],
      ],
      intensitySamples: [
        [0.5, 0.5],
        [0.5, 0.5],
      ],
    });
    expect(s.patternEntropy).toBeCloseTo(0.801819, 6);
    expect(s.patternMargin).toBeCloseTo(0.5, 9);
    expect(s.intensityEntropy).toBeCloseTo(LN2, 6);
    expect(s.maskEntropy).toBeCloseTo((2 * 0.325083 + 2 * 0.500402) / 4, 5);
    expect(s.bald).toMatchObject({ samples: 2, intensity: 0, patternVariationRatio: 0.5 });
    expect(s.bald?.pattern).toBeCloseTo(LN2, 6);
    expect(
      scorePatch({ patternProbs: [1, 0], intensityProbs: [1, 0], maskProbs: [0, 0, 0, 0], side: 2 }).bald,
    ).toBeNull();
  });
});
