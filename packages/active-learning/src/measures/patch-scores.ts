import {
  bald,
  binaryEntropy,
  boundaryUncertainty,
  entropy,
  margin,
  meanPixelEntropy,
  variationRatio,
} from './uncertainty.measures';

/** Model output for one patch (calibrated probabilities), as the scoring job and the simulation see it. */
export interface PatchOutput {
  patternProbs: ArrayLike<number>;
  intensityProbs: ArrayLike<number>;
  /** Mask probabilities at the model's input size (side x side). */
  maskProbs: ArrayLike<number>;
  side: number;
  /** T MC-dropout samples per head (absent for the deterministic method). */
  patternSamples?: ArrayLike<number>[];
  intensitySamples?: ArrayLike<number>[];
  /** Per-pixel statistics over sampled masks (full-network MC dropout only). */
  maskSampling?: MaskSampling;
}

export interface MaskSampling {
  /** Variance of each pixel's probability across the samples. */
  variance: ArrayLike<number>;
  /** Mean over samples of each pixel's binary entropy. */
  expectedEntropy: ArrayLike<number>;
  samples: number;
}

export interface BaldScores {
  pattern: number;
  intensity: number;
  patternVariationRatio: number;
  samples: number;
  /**
   * Mask BALD: mean over pixels of H(mean p) - mean H(p_s). Only with full-network MC dropout; with
   * heads-only dropout the mask is deterministic and this is absent (not 0), so strategies fall back.
   */
  mask?: number;
  /** Mean per-pixel variance of the sampled mask probabilities (full-network MC dropout only). */
  maskVariance?: number;
}

/** The stored uncertainty columns of a Prediction row. */
export interface PatchScores {
  patternEntropy: number;
  patternMargin: number;
  intensityEntropy: number;
  maskEntropy: number;
  boundaryEntropy: number;
  bald: BaldScores | null;
}

export function scorePatch(out: PatchOutput): PatchScores {
  const samples = out.patternSamples && out.patternSamples.length > 1 ? out.patternSamples : null;
  return {
    patternEntropy: entropy(out.patternProbs),
    patternMargin: margin(out.patternProbs),
    intensityEntropy: entropy(out.intensityProbs),
    maskEntropy: meanPixelEntropy(out.maskProbs),
    boundaryEntropy: boundaryUncertainty(out.maskProbs, out.side, out.side),
    bald: samples
      ? {
          pattern: bald(samples),
          intensity: bald(out.intensitySamples ?? []),
          patternVariationRatio: variationRatio(samples),
          samples: samples.length,
          ...(out.maskSampling ? maskBald(out.maskProbs, out.maskSampling) : {}),
        }
      : null,
  };
}

/** Mask BALD and mean variance from per-pixel sample statistics (maskProbs = the sample mean). */
export function maskBald(
  maskProbs: ArrayLike<number>,
  sampling: MaskSampling,
): { mask: number; maskVariance: number } {
  const n = maskProbs.length;
  if (n === 0) return { mask: 0, maskVariance: 0 };
  let information = 0;
  let variance = 0;
  for (let i = 0; i < n; i += 1) {
    information += Math.max(
      0,
      binaryEntropy(maskProbs[i] as number) - (sampling.expectedEntropy[i] as number),
    );
    variance += sampling.variance[i] as number;
  }
  return { mask: information / n, maskVariance: variance / n };
}
