export { holmAdjust, mean, sampleSd } from './descriptive';
export {
  type PairedTTest,
  pairedTTest,
  type WilcoxonTest,
  wilcoxonMinimumPairs,
  wilcoxonSignedRank,
} from './paired-tests';
export { logGamma, regularizedIncompleteBeta, studentTTwoSided } from './special-functions';
