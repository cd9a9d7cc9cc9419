import type { SeededRandom } from '../random/seeded-random';

/** Per-specimen texture parameters, so that specimens of one class are not all alike. */
export interface PatternStyle {
  /** Speckle variant: dense fine (AC-2), fine (AC-4) or coarse (AC-5). */
  speckleKind: 'dense-fine' | 'fine' | 'coarse';
  /** Speckle size (px), count per 1,000 px of nucleus, peak and diffuse levels. */
  speckleSigma: number;
  speckleDensity: number;
  speckleAmp: number;
  speckleBase: number;
  centromereDots: [number, number];
  nucleoliCount: [number, number];
  rimWidth: number;
  golgiGranules: [number, number];
  spindleFibres: [number, number];
}

export function drawPatternStyle(rng: SeededRandom): PatternStyle {
  const kind = rng.pick(['dense-fine', 'fine', 'coarse'] as const);
  const speckle = {
    // Dense fine speckles are the look-alike of homogeneous once blur and noise are added.
    'dense-fine': { sigma: rng.uniform(0.85, 1.05), density: rng.uniform(200, 260), amp: 0.4, base: 0.5 },
    fine: { sigma: rng.uniform(0.95, 1.2), density: rng.uniform(110, 150), amp: 0.75, base: 0.28 },
    coarse: { sigma: rng.uniform(1.5, 2.0), density: rng.uniform(35, 50), amp: 0.9, base: 0.25 },
  }[kind];
  return {
    speckleKind: kind,
    speckleSigma: speckle.sigma,
    speckleDensity: speckle.density,
    speckleAmp: speckle.amp,
    speckleBase: speckle.base,
    centromereDots: [40, 80],
    nucleoliCount: [2, 6],
    rimWidth: rng.uniform(0.06, 0.09),
    golgiGranules: [10, 24],
    spindleFibres: [9, 15],
  };
}
