export { mulberry32 } from '@hep2/active-learning/bootstrap';
export {
  type AnovaEffect,
  fDistributionUpperTail,
  type TwoWayRepeatedAnova,
  twoWayRepeatedAnova,
} from './anova';
export { holmAdjust, mean, sampleSd } from './descriptive';
export { foldsNeededForHolm, smallestHolmP } from './holm-guidance';
export {
  type PairedTTest,
  pairedTTest,
  type WilcoxonTest,
  wilcoxonMinimumPairs,
  wilcoxonSignedRank,
} from './paired-tests';
export {
  type BootstrapInterval,
  type CorrectedResampledTTest,
  correctedResampledTTest,
  pairedBootstrapInterval,
} from './resampling';
export { logGamma, regularizedIncompleteBeta, studentTTwoSided } from './special-functions';
