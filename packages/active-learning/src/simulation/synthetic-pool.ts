import { generateCellCrop, type PatternClass, prepareImage, prepareMask, SeededRandom } from '@hep2/data';
import type { TrainingSample } from '@hep2/model';

/**
 * One patch of a simulation and the oracle's labels for it. The generator labels every task; a
 * lab's curated set may lack some (a patch approved without a mask, a BINARY dataset's "negative"
 * intensity), and those stay null, as they would in training.
 */
export interface SimSample extends TrainingSample {
  id: string;
  specimenId: string;
}

export interface PoolOptions {
  seed: string;
  patterns: readonly PatternClass[];
  /** Relative number of specimens per pattern (imbalance: rare patterns get small weights). */
  specimenWeights: readonly number[];
  specimens: number;
  patchesPerSpecimen: number;
  /** Generated crop side and model input side. */
  cropSize: number;
  inputSize: number;
  /**
   * 'sampled' (default): each specimen's pattern drawn from specimenWeights. 'cycled': specimen s
   * gets pattern s mod P, an exactly balanced set (weights ignored) for a balanced test set.
   */
  assignment?: 'sampled' | 'cycled';
}

/**
 * A pool of labelled patches (the oracle's truth) grouped by specimen: each specimen has one
 * pattern and one intensity, each patch is a generated single-cell crop of that specimen.
 */
export function buildPool(o: PoolOptions): SimSample[] {
  const rng = new SeededRandom(`pool:${o.seed}`);
  const total = o.specimenWeights.reduce((a, b) => a + b, 0);
  const out: SimSample[] = [];
  for (let s = 0; s < o.specimens; s += 1) {
    let r = rng.next() * total;
    let k = 0;
    while (k < o.patterns.length - 1 && r >= (o.specimenWeights[k] as number)) {
      r -= o.specimenWeights[k] as number;
      k += 1;
    }
    // Make sure every pattern appears at least once when there are enough specimens.
    if (s < o.patterns.length) k = s;
    if (o.assignment === 'cycled') k = s % o.patterns.length;
    const intensity = rng.chance(0.5) ? 1 : 0;
    const pattern = o.patterns[k] as PatternClass;
    for (let j = 0; j < o.patchesPerSpecimen; j += 1) {
      const crop = generateCellCrop({
        seed: `${o.seed}/${s}/${j}`,
        pattern,
        intensity: intensity === 1 ? 'positive' : 'intermediate',
        size: o.cropSize,
      });
      out.push({
        id: `${o.seed}-s${s}-p${j}`,
        specimenId: `${o.seed}-s${s}`,
        image: prepareImage(crop.image.data, o.cropSize, o.cropSize, o.inputSize),
        mask: prepareMask(crop.mask.data, o.cropSize, o.cropSize, o.inputSize),
        pattern: k,
        intensity,
      });
    }
  }
  return out;
}
