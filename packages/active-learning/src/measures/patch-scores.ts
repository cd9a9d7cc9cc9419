import {
  bald,
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
}

export interface BaldScores {
  pattern: number;
  intensity: number;
  patternVariationRatio: number;
  samples: number;
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
        }
      : null,
  };
}
