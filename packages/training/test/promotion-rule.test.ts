import { describe, expect, it } from 'vitest';
import { compositeScore, decidePromotion } from '../src/registry/promotion-rule';

const scores = (dice: number | null, patternMca: number | null, intensityAccuracy: number | null) => ({
  dice,
  patternMca,
  intensityAccuracy,
});
const rule = { margin: 0.01, maxRegression: 0.05 };

describe('promotion rule', () => {
  it('composite = mean of the present components', () => {
    expect(compositeScore(scores(0.9, 0.6, 0.75))).toBeCloseTo(0.75, 10);
    expect(compositeScore(scores(0.9, null, 0.7))).toBeCloseTo(0.8, 10);
    expect(compositeScore(scores(null, null, null))).toBeNull();
  });

  it('promotes the first version', () => {
    const v = decidePromotion({ ...rule, candidate: scores(0.5, 0.3, 0.5), active: null });
    expect(v).toMatchObject({ promote: true, reason: 'no active version', activeScore: null });
  });

  it('refuses a candidate without any validation metric', () => {
    expect(decidePromotion({ ...rule, candidate: scores(null, null, null), active: null }).promote).toBe(
      false,
    );
  });

  it('promotes when the composite beats the active one by the margin', () => {
    const v = decidePromotion({ ...rule, candidate: scores(0.82, 0.7, 0.8), active: scores(0.8, 0.66, 0.8) });
    expect(v.promote).toBe(true);
    expect(v.delta).toBeCloseTo(0.02, 10);
  });

  it('keeps the active version when the gain is below the margin', () => {
    const v = decidePromotion({
      ...rule,
      candidate: scores(0.805, 0.665, 0.8),
      active: scores(0.8, 0.66, 0.8),
    });
    expect(v.promote).toBe(false);
    expect(v.reason).toMatch(/margin/);
  });

  it('keeps the active version when one head regresses beyond maxRegression', () => {
    const v = decidePromotion({ ...rule, candidate: scores(0.95, 0.9, 0.7), active: scores(0.8, 0.66, 0.8) });
    expect(v.promote).toBe(false);
    expect(v.regressions).toEqual([{ component: 'intensityAccuracy', drop: expect.closeTo(0.1, 10) }]);
  });

  it('compares only the components both versions have', () => {
    const v = decidePromotion({
      ...rule,
      candidate: scores(0.9, 0.5, null),
      active: scores(0.8, null, 0.99),
    });
    expect(v.components).toEqual(['dice']);
    expect(v.promote).toBe(true);
  });

  it('lets a head without validation labels contribute nothing, for the candidate or the active version', () => {
    // Mask-only validation: the candidate has no pattern / intensity figure; the active version's
    // (1.0 and 0 on labels it alone had) must neither lift nor sink its composite.
    const maskOnly = decidePromotion({
      ...rule,
      candidate: scores(0.8, null, null),
      active: scores(0.7, 1, 0),
    });
    expect(maskOnly).toMatchObject({ promote: true, components: ['dice'], delta: expect.closeTo(0.1, 10) });
    expect(maskOnly.candidateScore).toBeCloseTo(0.8, 10);
    expect(maskOnly.activeScore).toBeCloseTo(0.7, 10);
    // The other way round: a pattern figure only the candidate has does not buy it a promotion.
    const worseMask = decidePromotion({
      ...rule,
      candidate: scores(0.7, 1, null),
      active: scores(0.8, null, null),
    });
    expect(worseMask).toMatchObject({ promote: false, components: ['dice'] });
    expect(worseMask.candidateScore).toBeCloseTo(0.7, 10);
    // The first version of a mask-only dataset is judged on the mask alone.
    const first = decidePromotion({ ...rule, candidate: scores(0.6, null, null), active: null });
    expect(first).toMatchObject({ promote: true, components: ['dice'], candidateScore: 0.6 });
  });
});
