/**
 * The promotion rule, pure so that it is unit-tested and shown verbatim to admins
 * (ModelVersion.promotion stores its inputs and verdict). Documented in apps/trainer/README.md.
 *
 * composite = weighted mean of the components both versions have, on the same validation patches:
 *   Dice (segmentation), pattern mean class accuracy, intensity accuracy - equal weights.
 * Promote when there is no active version, or when
 *   candidate.composite >= active.composite + margin, and no component drops by more than maxRegression.
 */
export interface ScoreComponents {
  dice: number | null;
  patternMca: number | null;
  intensityAccuracy: number | null;
}

export const COMPOSITE_WEIGHTS: Readonly<Record<keyof ScoreComponents, number>> = {
  dice: 1,
  patternMca: 1,
  intensityAccuracy: 1,
};

const KEYS = Object.keys(COMPOSITE_WEIGHTS) as (keyof ScoreComponents)[];

const usable = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Weighted mean over the components present (in `only`, when given); null when none is. */
export function compositeScore(c: ScoreComponents, only: (keyof ScoreComponents)[] = KEYS): number | null {
  let sum = 0;
  let weight = 0;
  for (const key of only) {
    const v = c[key];
    if (!usable(v)) continue;
    sum += COMPOSITE_WEIGHTS[key] * v;
    weight += COMPOSITE_WEIGHTS[key];
  }
  return weight === 0 ? null : sum / weight;
}

export interface PromotionInput {
  candidate: ScoreComponents;
  /** The active version evaluated on the same validation patches; null when none is active. */
  active: ScoreComponents | null;
  margin: number;
  maxRegression: number;
}

export interface PromotionVerdict {
  promote: boolean;
  reason: string;
  components: (keyof ScoreComponents)[];
  candidateScore: number | null;
  activeScore: number | null;
  delta: number | null;
  regressions: { component: keyof ScoreComponents; drop: number }[];
  margin: number;
  maxRegression: number;
}

export function decidePromotion(input: PromotionInput): PromotionVerdict {
  const { candidate, active, margin, maxRegression } = input;
  const base = { margin, maxRegression, regressions: [] as PromotionVerdict['regressions'] };
  const candidateOnly = KEYS.filter((k) => usable(candidate[k]));
  if (candidateOnly.length === 0) {
    return {
      ...base,
      promote: false,
      reason: 'the candidate has no validation metric (no labelled validation patches)',
      components: [],
      candidateScore: null,
      activeScore: null,
      delta: null,
    };
  }
  if (!active) {
    return {
      ...base,
      promote: true,
      reason: 'no active version',
      components: candidateOnly,
      candidateScore: compositeScore(candidate),
      activeScore: null,
      delta: null,
    };
  }
  const shared = candidateOnly.filter((k) => usable(active[k]));
  const candidateScore = compositeScore(candidate, shared);
  const activeScore = compositeScore(active, shared);
  if (candidateScore === null || activeScore === null) {
    return {
      ...base,
      promote: true,
      reason: 'the active version has no comparable metric',
      components: candidateOnly,
      candidateScore: compositeScore(candidate),
      activeScore: null,
      delta: null,
    };
  }
  const delta = candidateScore - activeScore;
  const regressions = shared
    .map((component) => ({
      component,
      drop: (active[component] as number) - (candidate[component] as number),
    }))
    .filter((r) => r.drop > maxRegression);
  const verdict = { ...base, components: shared, candidateScore, activeScore, delta, regressions };
  if (delta < margin) {
    return {
      ...verdict,
      promote: false,
      reason: `composite ${fmt(candidateScore)} does not beat the active ${fmt(activeScore)} by the margin ${margin}`,
    };
  }
  if (regressions.length > 0) {
    const list = regressions.map((r) => `${r.component} -${fmt(r.drop)}`).join(', ');
    return { ...verdict, promote: false, reason: `regresses beyond ${maxRegression}: ${list}` };
  }
  return {
    ...verdict,
    promote: true,
    reason: `composite ${fmt(candidateScore)} beats the active ${fmt(activeScore)} by ${fmt(delta)}`,
  };
}

const fmt = (v: number) => v.toFixed(4);
