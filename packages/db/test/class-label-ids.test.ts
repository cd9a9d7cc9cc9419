import { describe, expect, it } from 'vitest';
import { argmax, classIndices, classLabelIds, type DatasetTaxonomy } from '../src/labels';

// Positions 3 and 7 (a class removed in between); BINARY intensity over three levels.
const taxonomy: DatasetTaxonomy = {
  patternIndex: new Map([
    ['homogeneous', 0],
    ['speckled', 1],
  ]),
  patternClasses: 2,
  intensityIndex: new Map([
    ['intermediate', 0],
    ['positive', 1],
  ]),
  intensityLevels: 2,
  intensityMode: 'BINARY',
};

describe('reading a prediction back as labels', () => {
  it("a head's class k is the label classIndices maps to k (BINARY: the two top ranks)", () => {
    const ids = classLabelIds(taxonomy);
    expect(ids.pattern).toEqual(['homogeneous', 'speckled']);
    expect(ids.intensity).toEqual(['intermediate', 'positive']);
    for (const id of ['homogeneous', 'speckled'])
      expect(
        ids.pattern[classIndices(taxonomy, { patternClassId: id, intensityLevelId: null }).pattern ?? -1],
      ).toBe(id);
    expect(ids.intensity[argmax([0.2, 0.8])]).toBe('positive');
  });

  it('argmax: first of equal values, -1 for none', () => {
    expect(argmax([0.1, 0.7, 0.7])).toBe(1);
    expect(argmax([])).toBe(-1);
  });
});
