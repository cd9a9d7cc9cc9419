import type { ImportLabels, TaxonomyPreset } from '@/gql/graphql';

export interface Option<V extends string> {
  value: V;
  label: string;
  hint: string;
}

/** The taxonomies a dataset can start from (API `taxonomyPreset`). */
export const TAXONOMY_PRESET_OPTIONS: readonly Option<TaxonomyPreset>[] = [
  {
    value: 'SEED',
    label: 'Seed / ICAP: 7 patterns + negative',
    hint: 'The reference: homogeneous, speckled, nucleolar, centromere, golgi, nuclear membrane, mitotic spindle, negative.',
  },
  {
    value: 'I3A',
    label: 'I3A Task-1: 6 patterns',
    hint: 'Cell crops: homogeneous, speckled, nucleolar, centromere, golgi, nuclear membrane.',
  },
  {
    value: 'SNPHEP2',
    label: 'SNPHEp-2: 5 patterns',
    hint: 'Homogeneous, coarse speckled (AC-5), fine speckled (AC-4), nucleolar, centromere.',
  },
];

/** How far an import's labels are trusted (API `labels`); weak is the default. */
export const LABEL_TRUST_OPTIONS: readonly Option<ImportLabels>[] = [
  {
    value: 'WEAK',
    label: 'Weak (training only)',
    hint: 'Specimen-level labels: they train the model but never validate it; the patches wait in the annotators’ queue.',
  },
  {
    value: 'CURATED',
    label: 'Curated (expert ground truth)',
    hint: 'Every patch is approved at once with these labels, never queued, and used for training and validation.',
  },
];

/** How an import's labels read on its outcome. */
export const labelTrustText = (labels: ImportLabels) =>
  labels === 'CURATED' ? 'curated labels (ground truth)' : 'weak labels (training only)';

export interface PatchGeometry {
  patchSize?: number;
  strideX?: number;
  strideY?: number;
}

/**
 * The patch settings a new dataset is created with: empty fields keep the API's defaults (384 px,
 * strides in proportion); a field that is filled in must be a positive whole number.
 */
export function patchGeometryFrom(fields: { patchSize: string; stride: string }): PatchGeometry {
  const whole = (name: string, text: string) => {
    if (text.trim() === '') return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${name}: a whole number of pixels above 0`);
    return n;
  };
  const patchSize = whole('Patch size', fields.patchSize);
  const stride = whole('Stride', fields.stride);
  return {
    ...(patchSize !== undefined ? { patchSize } : {}),
    ...(stride !== undefined ? { strideX: stride, strideY: stride } : {}),
  };
}
