import { PATTERN_INFO, type PatternClass } from '@hep2/data';
import type { IntensityMode } from '@hep2/db';
import { intensityLevelsFor, referenceTaxonomy, type TaxonomyInput } from './reference-taxonomy';

/** Named taxonomies a dataset can be created with (CLI `--taxonomy`, API `taxonomyPreset`). */
export const TAXONOMY_PRESETS = ['seed', 'i3a', 'snphep2'] as const;
export type TaxonomyPreset = (typeof TAXONOMY_PRESETS)[number];

export const TAXONOMY_PRESET_SUMMARY: Readonly<Record<TaxonomyPreset, string>> = {
  seed: 'the reference: 7 ICAP patterns + negative',
  i3a: 'I3A Task-1 cells: 6 patterns (homogeneous, speckled, nucleolar, centromere, golgi, nuclear_membrane)',
  snphep2:
    'SNPHEp-2: 5 patterns (homogeneous, coarse_speckled AC-5, fine_speckled AC-4, nucleolar, centromere)',
};

function reference(key: PatternClass, color: string) {
  return { key, name: PATTERN_INFO[key].name, icapCodes: [...PATTERN_INFO[key].icapCodes], color };
}

/** Pattern classes in model order; shortcuts are the number keys 1..n. */
function withShortcuts(patterns: Omit<TaxonomyInput['patterns'][number], 'shortcut'>[]) {
  return patterns.map((p, i) => ({ ...p, shortcut: String(i + 1) }));
}

/** The taxonomy of a preset; intensity levels follow the dataset's intensity mode. */
export function taxonomyPreset(preset: TaxonomyPreset, mode: IntensityMode): TaxonomyInput {
  switch (preset) {
    case 'seed':
      return referenceTaxonomy(mode);
    case 'i3a':
      return {
        patterns: withShortcuts([
          reference('homogeneous', '#4e79a7'),
          reference('speckled', '#f28e2b'),
          reference('nucleolar', '#e15759'),
          reference('centromere', '#76b7b2'),
          reference('golgi', '#59a14f'),
          reference('nuclear_membrane', '#edc948'),
        ]),
        intensities: intensityLevelsFor(mode),
      };
    case 'snphep2':
      return {
        patterns: withShortcuts([
          reference('homogeneous', '#4e79a7'),
          { key: 'coarse_speckled', name: 'Coarse speckled', icapCodes: ['AC-5'], color: '#f28e2b' },
          { key: 'fine_speckled', name: 'Fine speckled', icapCodes: ['AC-4'], color: '#ff9da7' },
          reference('nucleolar', '#e15759'),
          reference('centromere', '#76b7b2'),
        ]),
        intensities: intensityLevelsFor(mode),
      };
  }
}

export function isTaxonomyPreset(value: string): value is TaxonomyPreset {
  return (TAXONOMY_PRESETS as readonly string[]).includes(value);
}
