import { PATTERN_CLASSES, PATTERN_INFO } from '@hep2/data';
import type { IntensityMode } from '@hep2/db';

export interface PatternClassInput {
  key: string;
  name: string;
  icapCodes: string[];
  color?: string;
  shortcut?: string | null;
}

export interface IntensityLevelInput {
  key: string;
  name: string;
  shortcut?: string | null;
}

export interface TaxonomyInput {
  /** In model order: the position is the class index. */
  patterns: PatternClassInput[];
  /** Weakest first: the rank is the class index. */
  intensities: IntensityLevelInput[];
}

const COLORS: Readonly<Record<string, string>> = {
  homogeneous: '#4e79a7',
  speckled: '#f28e2b',
  nucleolar: '#e15759',
  centromere: '#76b7b2',
  golgi: '#59a14f',
  nuclear_membrane: '#edc948',
  mitotic_spindle: '#b07aa1',
  negative: '#9c9c9c',
};

const INTENSITY_NAMES: Readonly<Record<string, string>> = {
  negative: 'Negative',
  intermediate: 'Intermediate',
  positive: 'Positive',
};

/**
 * The reference taxonomy: the seven I3A patterns plus negative, with ICAP codes and number-key
 * shortcuts (1..8); intensity binary (intermediate, positive) or ordinal (negative < intermediate <
 * positive), with letter shortcuts so they never clash with the pattern keys.
 */
export function referenceTaxonomy(mode: IntensityMode): TaxonomyInput {
  return {
    patterns: PATTERN_CLASSES.map((key, i) => ({
      key,
      name: PATTERN_INFO[key].name,
      icapCodes: [...PATTERN_INFO[key].icapCodes],
      color: COLORS[key] ?? '#888888',
      shortcut: String(i + 1),
    })),
    intensities: intensityLevelsFor(mode),
  };
}

/** The intensity levels of a mode, weakest first, with letter shortcuts. */
export function intensityLevelsFor(mode: IntensityMode): IntensityLevelInput[] {
  const levels = mode === 'BINARY' ? ['intermediate', 'positive'] : ['negative', 'intermediate', 'positive'];
  return levels.map((key) => ({ key, name: INTENSITY_NAMES[key] ?? key, shortcut: key.charAt(0) }));
}
