/** Pattern classes of the reference HEp-2 data sets, in ICAP terms. */
export const PATTERN_CLASSES = [
  'homogeneous',
  'speckled',
  'nucleolar',
  'centromere',
  'golgi',
  'nuclear_membrane',
  'mitotic_spindle',
  'negative',
] as const;
export type PatternClass = (typeof PATTERN_CLASSES)[number];

/** The seven positive classes of the reference sets (no negative). */
export const REFERENCE_PATTERNS: readonly PatternClass[] = PATTERN_CLASSES.filter((p) => p !== 'negative');

export interface PatternInfo {
  id: PatternClass;
  name: string;
  icapCodes: readonly string[];
  /** "Name (AC-x)", as the labeling UI shows it. */
  displayName: string;
  look: string;
}

function info(id: PatternClass, name: string, icapCodes: string[], look: string): PatternInfo {
  return { id, name, icapCodes, displayName: `${name} (${icapCodes.join('/')})`, look };
}

export const PATTERN_INFO: Readonly<Record<PatternClass, PatternInfo>> = {
  homogeneous: info(
    'homogeneous',
    'Homogeneous',
    ['AC-1'],
    'uniform nuclear staining, mitotic chromatin stained',
  ),
  speckled: info(
    'speckled',
    'Speckled',
    ['AC-2', 'AC-4', 'AC-5'],
    'grainy nuclear speckles, nucleoli spared',
  ),
  nucleolar: info('nucleolar', 'Nucleolar', ['AC-8', 'AC-9', 'AC-10'], 'bright nucleoli, large clumps'),
  centromere: info('centromere', 'Centromere', ['AC-3'], '40-80 discrete dots per nucleus'),
  golgi: info('golgi', 'Golgi', ['AC-22'], 'perinuclear polar cytoplasmic staining'),
  nuclear_membrane: info('nuclear_membrane', 'Nuclear membrane', ['AC-11', 'AC-12'], 'rim of the envelope'),
  mitotic_spindle: info('mitotic_spindle', 'Mitotic spindle', ['AC-25'], 'spindle fibres in mitotic cells'),
  negative: info('negative', 'Negative', ['AC-0'], 'no specific staining'),
};

/** Labels as the seed CSV writes them. */
export const SEED_PATTERN_LABELS: Readonly<Record<PatternClass, string>> = {
  homogeneous: 'homogeneous',
  speckled: 'speckled',
  nucleolar: 'nucleolar',
  centromere: 'centromere',
  golgi: 'golgi',
  nuclear_membrane: 'numem',
  mitotic_spindle: 'mitsp',
  negative: 'negative',
};

/** Every spelling met in the reference code and public copies, lower-cased, spaces/dashes -> underscore. */
const PATTERN_ALIASES: Readonly<Record<string, PatternClass>> = {
  numem: 'nuclear_membrane',
  nuclearmembrane: 'nuclear_membrane',
  membrane: 'nuclear_membrane',
  mitsp: 'mitotic_spindle',
  mitoticspindle: 'mitotic_spindle',
  spindle: 'mitotic_spindle',
  homo: 'homogeneous',
  homogenous: 'homogeneous',
  speckle: 'speckled',
  nucleoli: 'nucleolar',
  centromeric: 'centromere',
  neg: 'negative',
};

/** A label as compared across layouts: trimmed, lower-case, runs of spaces and dashes -> "_". */
export function normaliseLabel(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Maps a label from any supported layout to a pattern class, or undefined when unknown. */
export function parsePatternLabel(label: string): PatternClass | undefined {
  const key = normaliseLabel(label);
  const direct = PATTERN_CLASSES.find((p) => p === key);
  if (direct) return direct;
  const icap = key.toUpperCase().replace('_', '-');
  const byCode = PATTERN_CLASSES.find((p) => PATTERN_INFO[p].icapCodes.includes(icap));
  return byCode ?? PATTERN_ALIASES[key] ?? PATTERN_ALIASES[key.replace(/_/g, '')];
}

export const INTENSITY_LEVELS = ['negative', 'intermediate', 'positive'] as const;
export type Intensity = (typeof INTENSITY_LEVELS)[number];

export function parseIntensityLabel(label: string): Intensity | undefined {
  const key = normaliseLabel(label);
  if (key === 'pos') return 'positive';
  if (key === 'int' || key === 'inter') return 'intermediate';
  if (key === 'neg') return 'negative';
  return INTENSITY_LEVELS.find((i) => i === key);
}
