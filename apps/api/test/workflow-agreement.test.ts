import { describe, expect, it } from 'vitest';
import { cohenKappa, dice, fleissKappa, iou, meanPairwise } from '../src/features/review/agreement';

describe('agreement statistics (hand-computed)', () => {
  it("Cohen's kappa: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no -> 0.4", () => {
    // p_o = 35/50 = 0.7; p_e = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = (0.7 - 0.5) / 0.5 = 0.4
    const a = [...Array(20).fill(1), ...Array(5).fill(1), ...Array(10).fill(0), ...Array(15).fill(0)];
    const b = [...Array(20).fill(1), ...Array(5).fill(0), ...Array(10).fill(1), ...Array(15).fill(0)];
    expect(cohenKappa(a, b)).toBeCloseTo(0.4, 10);
  });

  // A = [0,0,1,2,2], B = [0,1,1,2,0]; pA = (.4,.2,.4), pB = (.4,.4,.2)
  const a = [0, 0, 1, 2, 2];
  const b = [0, 1, 1, 2, 0];
  it('unweighted kappa: p_o = 0.6, p_e = 0.32 -> 0.28 / 0.68', () => {
    expect(cohenKappa(a, b, 'nominal', 3)).toBeCloseTo(0.28 / 0.68, 10);
  });
  it('linearly weighted kappa: D_o = 1.5/5 = 0.3, D_e = 0.46 -> 1 - 0.3/0.46 = 8/23', () => {
    expect(cohenKappa(a, b, 'linear', 3)).toBeCloseTo(8 / 23, 10);
  });
  it('quadratically weighted kappa: D_o = 1.25/5 = 0.25, D_e = 0.35 -> 2/7', () => {
    expect(cohenKappa(a, b, 'quadratic', 3)).toBeCloseTo(2 / 7, 10);
  });
  it('kappa is undefined (null) when both raters used a single category', () => {
    expect(cohenKappa([1, 1, 1], [1, 1, 1])).toBeNull();
  });

  it("Fleiss' kappa: the 10 items x 14 raters x 5 categories example -> 0.2099", () => {
    const counts = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    // P-bar = 3.780/10 = 0.378, P_e = 0.2128 -> (0.378 - 0.2128) / (1 - 0.2128) = 0.20993
    expect(fleissKappa(counts)).toBeCloseTo(0.20993, 4);
  });
  it("Fleiss' kappa is 1 for unanimous raters across categories", () => {
    expect(
      fleissKappa([
        [3, 0],
        [0, 3],
      ]),
    ).toBeCloseTo(1, 10);
  });

  it('Dice and IoU: |A| = 4, |B| = 6, overlap 3 -> Dice 0.6, IoU 3/7', () => {
    const A = Uint8Array.from([1, 1, 1, 1, 0, 0, 0, 0]);
    const B = Uint8Array.from([0, 1, 1, 1, 1, 1, 1, 0]);
    expect(dice(A, B)).toBeCloseTo(0.6, 10);
    expect(iou(A, B)).toBeCloseTo(3 / 7, 10);
    expect(dice(new Uint8Array(4), new Uint8Array(4))).toBe(1);
  });

  it('mean pairwise Dice over three masks', () => {
    const A = Uint8Array.from([1, 1, 0, 0]);
    const B = Uint8Array.from([1, 1, 0, 0]);
    const C = Uint8Array.from([0, 1, 1, 0]);
    // pairs: AB = 1, AC = 2*1/4 = 0.5, BC = 0.5 -> mean 2/3
    expect(meanPairwise([A, B, C], dice)).toBeCloseTo(2 / 3, 10);
  });
});
