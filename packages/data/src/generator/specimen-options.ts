import type { BitDepth } from '../image/grey-image';
import { type Intensity, PATTERN_CLASSES, type PatternClass } from '../taxonomy/label-taxonomy';

export type GeneratorMode = 'field' | 'crop';

export interface SpecimenOptions {
  seed: number | string;
  pattern: PatternClass;
  /** Defaults: negative for the negative pattern, otherwise drawn (60 % positive). */
  intensity?: Intensity;
  id?: string;
  width?: number;
  height?: number;
  bitDepth?: BitDepth;
  /** Defaults to ~125 per 1388x1040 field, scaled by area; 1 in small crops. */
  cellCount?: number;
  medianCellArea?: number;
  mitoticFraction?: number;
  /** field: a whole specimen image; crop: a small image centred on one cell. */
  mode?: GeneratorMode;
}

export interface ResolvedSpecimenOptions {
  seed: number | string;
  pattern: PatternClass;
  intensity: Intensity | undefined;
  id: string;
  width: number;
  height: number;
  bitDepth: BitDepth;
  cellCount: number | undefined;
  medianCellArea: number;
  mitoticFraction: number;
  mode: GeneratorMode;
}

export class GeneratorOptionError extends Error {
  override name = 'GeneratorOptionError';
}

function positiveInt(field: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new GeneratorOptionError(`${field} must be an integer in 1..${max}, got ${value}`);
  }
  return value;
}

/** Validates options into a new object with the defaults filled in; errors name the field. */
export function resolveSpecimenOptions(o: SpecimenOptions): ResolvedSpecimenOptions {
  if (!PATTERN_CLASSES.includes(o.pattern))
    throw new GeneratorOptionError(`pattern: unknown class "${o.pattern}"`);
  const mode = o.mode ?? 'field';
  const side = mode === 'crop' ? 64 : undefined;
  const width = positiveInt('width', o.width ?? side ?? 1388, 20_000);
  const height = positiveInt('height', o.height ?? side ?? 1040, 20_000);
  const bitDepth = o.bitDepth ?? 8;
  if (bitDepth !== 8 && bitDepth !== 16)
    throw new GeneratorOptionError(`bitDepth must be 8 or 16, got ${bitDepth}`);
  if (o.pattern === 'negative' && o.intensity && o.intensity !== 'negative') {
    throw new GeneratorOptionError(`intensity: a negative specimen cannot be ${o.intensity}`);
  }
  if (o.pattern !== 'negative' && o.intensity === 'negative') {
    throw new GeneratorOptionError(`intensity: negative needs pattern negative, got ${o.pattern}`);
  }
  const mitoticFraction = o.mitoticFraction ?? (o.pattern === 'mitotic_spindle' ? 0.12 : 0.03);
  if (!(mitoticFraction >= 0 && mitoticFraction <= 1)) {
    throw new GeneratorOptionError(`mitoticFraction must be in 0..1, got ${mitoticFraction}`);
  }
  const medianCellArea = o.medianCellArea ?? 1900;
  if (!(medianCellArea >= 20))
    throw new GeneratorOptionError(`medianCellArea must be >= 20, got ${medianCellArea}`);
  return {
    seed: o.seed,
    pattern: o.pattern,
    intensity: o.pattern === 'negative' ? 'negative' : o.intensity,
    id: o.id ?? `synthetic-${o.seed}`,
    width,
    height,
    bitDepth,
    cellCount: o.cellCount === undefined ? undefined : positiveInt('cellCount', o.cellCount, 100_000),
    medianCellArea,
    mitoticFraction,
    mode,
  };
}
