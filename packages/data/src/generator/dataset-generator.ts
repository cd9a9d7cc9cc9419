import type { BitDepth } from '../image/grey-image';
import { SeededRandom } from '../random/seeded-random';
import { type Intensity, PATTERN_CLASSES, type PatternClass } from '../taxonomy/label-taxonomy';
import { type GeneratedSpecimen, generateSpecimen } from './specimen-generator';
import { GeneratorOptionError, type SpecimenOptions } from './specimen-options';

export interface DatasetOptions {
  seed: number | string;
  specimens: number;
  /** Classes to draw from, cycled so that each appears about equally (default: all eight). */
  patterns?: readonly PatternClass[];
  width?: number;
  height?: number;
  bitDepth?: BitDepth;
  cellCount?: number;
  idPrefix?: string;
}

/**
 * The specimens of a dataset, as generator options: patterns cycled in a shuffled order and
 * positive/intermediate alternated within each pattern, so that small sets stay balanced.
 */
export function planDataset(o: DatasetOptions): SpecimenOptions[] {
  if (!Number.isInteger(o.specimens) || o.specimens < 1 || o.specimens > 100_000) {
    throw new GeneratorOptionError(`specimens must be an integer in 1..100000, got ${o.specimens}`);
  }
  const patterns = [...(o.patterns ?? PATTERN_CLASSES)];
  if (patterns.length === 0) throw new GeneratorOptionError('patterns must not be empty');
  const rng = new SeededRandom(`dataset:${o.seed}`);
  rng.shuffle(patterns);
  const seen = new Map<PatternClass, number>();
  const prefix = o.idPrefix ?? `syn${o.seed}`;
  return Array.from({ length: o.specimens }, (_, i) => {
    const pattern = patterns[i % patterns.length] as PatternClass;
    const k = seen.get(pattern) ?? 0;
    seen.set(pattern, k + 1);
    const first: Intensity = rng.chance(0.5) ? 'positive' : 'intermediate';
    const other: Intensity = first === 'positive' ? 'intermediate' : 'positive';
    const intensity: Intensity = pattern === 'negative' ? 'negative' : k % 2 === 0 ? first : other;
    return {
      seed: `${o.seed}/${i}`,
      id: `${prefix}-${String(i + 1).padStart(4, '0')}`,
      pattern,
      intensity,
      width: o.width,
      height: o.height,
      bitDepth: o.bitDepth,
      cellCount: o.cellCount,
    };
  });
}

/** Generates specimens one at a time, so large sets never sit in memory together. */
export function* iterateDataset(o: DatasetOptions): Generator<GeneratedSpecimen> {
  for (const spec of planDataset(o)) yield generateSpecimen(spec);
}

export function generateDataset(o: DatasetOptions): GeneratedSpecimen[] {
  return [...iterateDataset(o)];
}

/** A small image centred on one cell (fast fixtures, cell-level layouts). */
export function generateCellCrop(o: Omit<SpecimenOptions, 'mode'> & { size?: number }): GeneratedSpecimen {
  const size = o.size ?? 64;
  return generateSpecimen({ ...o, mode: 'crop', width: o.width ?? size, height: o.height ?? size });
}
