import { describe, expect, it } from 'vitest';
import {
  AcquisitionSettingsError,
  entropy,
  margin,
  multitaskScores,
  normaliseScores,
  parseAcquisitionSettings,
  rankPatches,
  type ScoreRow,
  scoringMethod,
  specimenScores,
} from '../src/index';

function row(
  patchId: string,
  specimenId: string,
  p: number[],
  i: number[],
  mask: number,
  emb: number[],
): ScoreRow {
  return {
    patchId,
    specimenId,
    patternProbs: p,
    intensityProbs: i,
    patternEntropy: entropy(p),
    patternMargin: margin(p),
    intensityEntropy: entropy(i),
    maskEntropy: mask,
    boundaryEntropy: null,
    bald: null,
    embedding: Float32Array.from(emb),
  };
}

/*
 * The fixed score table. Pattern entropies: a 0.394, b 1.055, c 0.898, d 0.639; intensity: a ln2,
 * b 0.325, c 0.611, d 0.056; mask: a 0.10, b 0.05, c 0.30, d 0.20. Normalised ranks (rank/3):
 * pattern a 0 d 1/3 c 2/3 b 1; intensity d 0 b 1/3 c 2/3 a 1; mask b 0 a 1/3 d 2/3 c 1.
 * Multi-task (0.5, 0.25, 0.25): a 1/3, b 7/12, c 3/4, d 1/3 -> c, b, a, d (a-d tie by id).
 */
const TABLE: ScoreRow[] = [
  row('a', 's1', [0.9, 0.05, 0.05], [0.5, 0.5], 0.1, [1, 0]),
  row('b', 's1', [0.4, 0.4, 0.2], [0.9, 0.1], 0.05, [0.99, 0.14]),
  row('c', 's2', [0.6, 0.3, 0.1], [0.7, 0.3], 0.3, [1, 0.05]),
  row('d', 's3', [0.1, 0.1, 0.8], [0.99, 0.01], 0.2, [0, 1]),
];

const none = { diversity: { kind: 'none' }, rareClasses: { share: 0 } } as const;
const order = (settings: unknown, context = { labelledPerPattern: [] as number[] }) =>
  rankPatches(TABLE, parseAcquisitionSettings(settings), context);
const ids = (settings: unknown, context?: { labelledPerPattern: number[] }) =>
  order(settings, context).map((r) => r.patchId);

describe('acquisition settings', () => {
  it('fills defaults, nested ones included, and names a bad field', () => {
    const s = parseAcquisitionSettings({});
    expect(s).toMatchObject({ strategy: 'multitask', batchSize: 50, mcSamples: 8, normalise: 'rank' });
    expect(s.weights).toEqual({ pattern: 0.5, intensity: 0.25, mask: 0.25 });
    expect(s.diversity.kind).toBe('k-center');
    expect(parseAcquisitionSettings({ weights: { mask: 1 } }).weights).toEqual({
      pattern: 0.5,
      intensity: 0.25,
      mask: 1,
    });
    expect(() => parseAcquisitionSettings({ wieghts: {} })).toThrow(AcquisitionSettingsError);
    expect(() => parseAcquisitionSettings({ batchSize: 0 })).toThrow(/batchSize/);
    expect(() => parseAcquisitionSettings({ strategy: 'magic' })).toThrow(/strategy/);
    expect(scoringMethod({ mcSamples: 1 })).toBe('deterministic');
    expect(scoringMethod({ mcSamples: 8 })).toBe('mc-dropout-8');
  });
});

describe('strategies on a fixed score table', () => {
  it('rank and z-score normalisation', () => {
    expect(Array.from(normaliseScores([3, 1, 2, 2], 'rank'))).toEqual([1, 0, 0.5, 0.5]);
    const z = normaliseScores([1, 2, 3], 'zscore');
    expect(z[0]).toBeCloseTo(-1.224745, 6);
    expect(z[1]).toBe(0);
  });

  it('per-head uncertainty', () => {
    expect(ids({ ...none, strategy: 'pattern-uncertainty' })).toEqual(['b', 'c', 'd', 'a']);
    expect(ids({ ...none, strategy: 'intensity-uncertainty' })).toEqual(['a', 'c', 'b', 'd']);
    expect(ids({ ...none, strategy: 'mask-uncertainty' })).toEqual(['c', 'd', 'a', 'b']);
    // 1 - margin: a 0.15, b 1, c 0.7, d 0.3.
    expect(ids({ ...none, strategy: 'pattern-uncertainty', measures: { pattern: 'margin' } })).toEqual([
      'b',
      'c',
      'd',
      'a',
    ]);
  });

  it('multi-task combination of normalised ranks', () => {
    const s = parseAcquisitionSettings({});
    const scores = Array.from(multitaskScores(TABLE, s));
    for (const [i, v] of [1 / 3, 7 / 12, 3 / 4, 1 / 3].entries()) expect(scores[i]).toBeCloseTo(v, 9);
    const ranked = order({ ...none, batchSize: 2 });
    expect(ranked.map((r) => r.patchId)).toEqual(['c', 'b', 'a', 'd']);
    expect(ranked.map((r) => r.priority)).toEqual([1, 0.75, 0.5, 0.25]);
    expect(ranked.map((r) => r.reason)).toEqual(['uncertainty', 'uncertainty', 'rest', 'rest']);
    // All the weight on the mask head reproduces the mask order.
    expect(ids({ ...none, weights: { pattern: 0, intensity: 0, mask: 1 } })).toEqual(['c', 'd', 'a', 'b']);
  });

  it('random: seeded, a permutation, independent of row order', () => {
    const a = ids({ strategy: 'random', seed: 7 });
    expect([...a].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ strategy: 'random', seed: 7 })).toEqual(a);
    const reversed = rankPatches(
      [...TABLE].reverse(),
      parseAcquisitionSettings({ strategy: 'random', seed: 7 }),
    );
    expect(reversed.map((r) => r.patchId)).toEqual(a);
    const seeds = new Set([1, 2, 3, 4, 5, 6].map((seed) => ids({ strategy: 'random', seed }).join('')));
    expect(seeds.size).toBeGreaterThan(1);
  });

  it('rare-class quota reserves batch slots for predicted rare patterns', () => {
    const quota = { diversity: { kind: 'none' }, batchSize: 2, rareClasses: { share: 0.5, classes: [2] } };
    expect(order(quota).map((r) => [r.patchId, r.reason])).toEqual([
      ['d', 'rare-class'],
      ['c', 'uncertainty'],
      ['b', 'rest'],
      ['a', 'rest'],
    ]);
    // Auto: the class with the fewest curated labels (class 2 has none).
    const auto = { diversity: { kind: 'none' }, batchSize: 2, rareClasses: { share: 0.5, autoCount: 1 } };
    expect(ids(auto, { labelledPerPattern: [5, 3, 0] })).toEqual(['d', 'c', 'b', 'a']);
    // Class 0 rare instead: a, b and c all predict it; c scores highest of them.
    expect(order(auto, { labelledPerPattern: [0, 3, 5] }).map((r) => [r.patchId, r.reason])).toEqual([
      ['c', 'rare-class'],
      ['b', 'uncertainty'],
      ['a', 'rest'],
      ['d', 'rest'],
    ]);
  });

  it('diversity: k-center on embeddings and a per-specimen cap', () => {
    const kc = {
      batchSize: 2,
      rareClasses: { share: 0 },
      diversity: { kind: 'k-center', candidateFactor: 2 },
    };
    expect(order(kc).map((r) => [r.patchId, r.reason])).toEqual([
      ['c', 'uncertainty'],
      ['d', 'diversity'],
      ['b', 'rest'],
      ['a', 'rest'],
    ]);
    const cap = {
      batchSize: 3,
      rareClasses: { share: 0 },
      diversity: { kind: 'specimen-cap', maxPerSpecimen: 1 },
    };
    expect(ids(cap)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('specimen-level: averaged patch posterior per specimen', () => {
    const s = parseAcquisitionSettings({ strategy: 'specimen' });
    const scores = specimenScores(TABLE, s);
    // s2 = {c}: (0.5 * 0.897946 / ln 3 + 0.25 * 0.610864 / ln 2) / 0.75 = 0.838663, plus 1e-3 x 3/4.
    expect(scores[2]).toBeCloseTo(0.838663 + 0.00075, 5);
    // s1 = mean(a, b) = [0.65, 0.225, 0.125], [0.7, 0.3] -> 0.825078.
    expect(scores[1] as number).toBeCloseTo(0.825078 + 0.001 * (7 / 12), 5);
    expect(ids({ strategy: 'specimen' })).toEqual(['c', 'b', 'a', 'd']);
    expect(order({ strategy: 'specimen', batchSize: 1 })[0]?.reason).toBe('specimen');
  });
});
