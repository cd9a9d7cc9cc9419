import { hashString } from '@hep2/data';
import { normalisedEntropy } from '../measures/uncertainty.measures';
import type { AcquisitionSettings, StrategyName } from './acquisition-config';
import { type Head, headUncertainty } from './head-uncertainty';
import { normaliseScores } from './normalise';
import type { AcquisitionReason, ScoreRow } from './score-table';

/**
 * A strategy turns stored scores into one number per row (higher = label first). It never sees
 * images or the model. `selectors` says whether the batch selectors (rare-class quota, diversity)
 * may reshape the head of its order: random stays random, specimen keeps specimens together.
 */
export interface AcquisitionStrategy {
  name: StrategyName;
  description: string;
  reason: AcquisitionReason;
  selectors: boolean;
  score(rows: readonly ScoreRow[], settings: AcquisitionSettings): Float64Array;
}

const perHead = (head: Head): AcquisitionStrategy => ({
  name: `${head}-uncertainty`,
  description: `The ${head} head's uncertainty alone (measure from settings.measures.${head}).`,
  reason: 'uncertainty',
  selectors: true,
  score: (rows, s) => Float64Array.from(rows, (r) => headUncertainty(r, head, s.measures)),
});

/**
 * Multi-task combination: score = sum_h w_h n_h(u_h) / sum_h w_h over the heads pattern,
 * intensity and mask, where u_h is the head's uncertainty (headUncertainty) and n_h normalises it
 * over the pool (rank in [0, 1] by default, or z-score). Ranks make the weights mean "share of the
 * ordering" rather than depend on each measure's scale (mask entropy is ~10x smaller than pattern
 * entropy on typical patches).
 */
export function multitaskScores(rows: readonly ScoreRow[], s: AcquisitionSettings): Float64Array {
  const heads: Head[] = ['pattern', 'intensity', 'mask'];
  const total = heads.reduce((sum, h) => sum + s.weights[h], 0);
  const out = new Float64Array(rows.length);
  if (total <= 0) return out;
  for (const head of heads) {
    const w = s.weights[head];
    if (w === 0) continue;
    const n = normaliseScores(
      rows.map((r) => headUncertainty(r, head, s.measures)),
      s.normalise,
    );
    for (let i = 0; i < out.length; i += 1) out[i] = (out[i] as number) + (w * (n[i] as number)) / total;
  }
  return out;
}

/**
 * Specimen-level: labels belong to the specimen, so the specimen's averaged patch posterior is what
 * matters. A specimen's score is the weighted normalised entropy of its mean pattern and mean
 * intensity posteriors; each patch gets its specimen's score plus a small share of its own
 * multi-task score, so a specimen's patches come together, most informative first.
 */
export function specimenScores(rows: readonly ScoreRow[], s: AcquisitionSettings): Float64Array {
  const groups = new Map<string, number[]>();
  for (const [i, r] of rows.entries()) groups.set(r.specimenId, [...(groups.get(r.specimenId) ?? []), i]);
  const own = multitaskScores(rows, s);
  const out = new Float64Array(rows.length);
  const wp = s.weights.pattern;
  const wi = s.weights.intensity;
  for (const idx of groups.values()) {
    const meanP = meanOf(idx.map((i) => (rows[i] as ScoreRow).patternProbs));
    const meanI = meanOf(idx.map((i) => (rows[i] as ScoreRow).intensityProbs));
    const spec =
      wp + wi > 0 ? (wp * normalisedEntropy(meanP) + wi * normalisedEntropy(meanI)) / (wp + wi) : 0;
    for (const i of idx) out[i] = spec + 1e-3 * (own[i] as number);
  }
  return out;
}

function meanOf(vectors: ArrayLike<number>[]): Float64Array {
  const out = new Float64Array(vectors[0]?.length ?? 0);
  for (const v of vectors)
    for (let k = 0; k < out.length; k += 1) out[k] = (out[k] as number) + (v[k] as number) / vectors.length;
  return out;
}

/** Seeded, order-independent uniform score per patch id. */
export function randomScore(patchId: string, seed: number): number {
  return ((hashString(`${seed}:${patchId}`)[0] as number) >>> 0) / 4294967296;
}

const STRATEGIES: Record<StrategyName, AcquisitionStrategy> = {
  random: {
    name: 'random',
    description: 'Uniformly random order (seeded): the baseline every other strategy must beat.',
    reason: 'random',
    selectors: false,
    score: (rows, s) => Float64Array.from(rows, (r) => randomScore(r.patchId, s.seed)),
  },
  'pattern-uncertainty': perHead('pattern'),
  'intensity-uncertainty': perHead('intensity'),
  'mask-uncertainty': perHead('mask'),
  multitask: {
    name: 'multitask',
    description: 'Weighted sum of the normalised pattern, intensity and mask uncertainties.',
    reason: 'uncertainty',
    selectors: true,
    score: multitaskScores,
  },
  specimen: {
    name: 'specimen',
    description: 'Specimens ranked by the entropy of their averaged patch posterior.',
    reason: 'specimen',
    selectors: false,
    score: specimenScores,
  },
};

export function getStrategy(name: StrategyName): AcquisitionStrategy {
  return STRATEGIES[name];
}

export function listStrategies(): AcquisitionStrategy[] {
  return Object.values(STRATEGIES);
}
