import { CatalogError } from '../catalog-error';
import type { TaxonomyInput } from '../taxonomy/reference-taxonomy';

/**
 * Bounds on what an admin may give a dataset. Without them `patchSize: 2147483647` was accepted and
 * every import then failed allocating the patch ("Invalid typed array length"), and a 1 MB name sat
 * in every page that lists datasets.
 */
export const DATASET_LIMITS = {
  /**
   * Patch edge in pixels. Below 16 px no staining pattern can be told apart (the smallest public
   * cell crops are ~40 px); above 2048 px one patch decodes to tens of MB per channel and no longer
   * fits a training batch, while whole specimen images (~1400 x 1000) already fit in 2048.
   */
  minPatchSize: 16,
  maxPatchSize: 2048,
  /**
   * Strides of at least a quarter of the patch: each pixel lies in at most 16 patches. Smaller
   * strides multiply the patches of one image by thousands (stride 1 on a 1388 x 1040 image cuts
   * ~660,000 patches of 384 px) for no gain in coverage.
   */
  minStrideShare: 0.25,
  maxNameLength: 200,
  maxDescriptionLength: 5000,
  maxLabelKeyLength: 64,
  maxLabelClasses: 64,
  maxIcapCodes: 20,
} as const;

function fail(field: string, message: string): never {
  throw new CatalogError('VALIDATION_FAILED', `${field}: ${message}`, { field });
}

/** Free text fit for a table cell: bounded, and without NUL (Postgres refuses it in text). */
export function checkText(field: string, value: string | undefined | null, max: number): void {
  if (value === undefined || value === null) return;
  if (value.length > max) fail(field, `at most ${max} characters (got ${value.length})`);
  if (value.includes('\u0000')) fail(field, 'must not contain NUL characters');
}

export function checkPatchGeometry(patchSize: number, strideX: number, strideY: number): void {
  const { minPatchSize, maxPatchSize, minStrideShare } = DATASET_LIMITS;
  if (!Number.isInteger(patchSize) || patchSize < minPatchSize || patchSize > maxPatchSize)
    fail('patchSize', `must be an integer from ${minPatchSize} to ${maxPatchSize} pixels (got ${patchSize})`);
  const minStride = Math.ceil(patchSize * minStrideShare);
  for (const [field, stride] of [
    ['strideX', strideX],
    ['strideY', strideY],
  ] as const) {
    if (!Number.isInteger(stride) || stride < minStride || stride > patchSize)
      fail(field, `must be an integer from ${minStride} to ${patchSize} for patches of ${patchSize} px`);
  }
}

export function checkTaxonomyText(taxonomy: TaxonomyInput): void {
  const { maxLabelClasses, maxLabelKeyLength, maxNameLength, maxIcapCodes } = DATASET_LIMITS;
  for (const [field, classes] of [
    ['taxonomy.patterns', taxonomy.patterns],
    ['taxonomy.intensities', taxonomy.intensities],
  ] as const) {
    if (classes.length > maxLabelClasses) fail(field, `at most ${maxLabelClasses} classes`);
    for (const c of classes) {
      checkText(`${field}.key`, c.key, maxLabelKeyLength);
      checkText(`${field}.name`, c.name, maxNameLength);
      checkText(`${field}.shortcut`, c.shortcut, 8);
    }
  }
  for (const p of taxonomy.patterns) {
    if (p.icapCodes.length > maxIcapCodes) fail('taxonomy.patterns.icapCodes', `at most ${maxIcapCodes}`);
    for (const code of p.icapCodes) checkText('taxonomy.patterns.icapCodes', code, maxLabelKeyLength);
    checkText('taxonomy.patterns.color', p.color, 32);
  }
}
