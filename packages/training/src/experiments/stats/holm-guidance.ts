import { holmAdjust } from './descriptive';

/**
 * The smallest Holm-adjusted p any data could give when `comparisons` exact Wilcoxon tests on
 * `pairs` non-zero pairs each are adjusted together: every raw p at its floor 2 / 2^pairs, run
 * through holmAdjust (= min(1, comparisons x 2 / 2^pairs)).
 */
export function smallestHolmP(comparisons: number, pairs: number): number {
  if (comparisons < 1) return Number.NaN;
  const floor = Math.min(1, 2 / 2 ** pairs);
  return Math.min(...holmAdjust(new Array<number>(comparisons).fill(floor)));
}

/** Fewest pairs (folds) at which a family of `comparisons` Holm-adjusted Wilcoxon tests can reach p < alpha. */
export function foldsNeededForHolm(comparisons: number, alpha: number): number {
  let pairs = 1;
  while (smallestHolmP(comparisons, pairs) >= alpha && pairs < 64) pairs += 1;
  return pairs;
}
