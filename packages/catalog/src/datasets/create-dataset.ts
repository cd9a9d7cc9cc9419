import { referenceStrides, validatePatchSettings } from '@hep2/data';
import type { Db, IntensityMode, Tx } from '@hep2/db';
import { CatalogError } from '../catalog-error';
import type { TaxonomyInput } from '../taxonomy/reference-taxonomy';
import {
  isTaxonomyPreset,
  TAXONOMY_PRESETS,
  type TaxonomyPreset,
  taxonomyPreset,
} from '../taxonomy/taxonomy-presets';
import { checkPatchGeometry, checkTaxonomyText, checkText, DATASET_LIMITS } from './dataset-limits';

export interface CreateDatasetInput {
  slug: string;
  name: string;
  description?: string;
  /** Custom label classes; wins over taxonomyPreset. */
  taxonomy?: TaxonomyInput;
  /** A named taxonomy (seed, i3a, snphep2); default seed, the reference taxonomy for the intensity mode. */
  taxonomyPreset?: TaxonomyPreset | string;
  /** Patch edge (default 384). An image that fits inside it is one patch of its own size. */
  patchSize?: number;
  /** Default: the reference ratio of the patch size (see referenceStrides). */
  strideX?: number;
  strideY?: number;
  intensityMode?: IntensityMode;
  createdById?: string | null;
}

export interface CreatedDataset {
  id: string;
  slug: string;
  name: string;
  patchSize: number;
  strideX: number;
  strideY: number;
  intensityMode: IntensityMode;
  version: number;
}

const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

function fail(field: string, message: string): never {
  throw new CatalogError('VALIDATION_FAILED', `${field}: ${message}`, { field });
}

function checkUnique(field: string, values: readonly string[]): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) fail(field, `"${v}" appears twice`);
    seen.add(v);
  }
}

/** Validates the input into a complete dataset definition; errors name the field. */
export function resolveDatasetInput(input: CreateDatasetInput) {
  if (!SLUG.test(input.slug)) fail('slug', 'use 2-63 lower-case letters, digits and dashes');
  const name = input.name.trim();
  if (!name) fail('name', 'must not be empty');
  checkText('name', name, DATASET_LIMITS.maxNameLength);
  checkText('description', input.description, DATASET_LIMITS.maxDescriptionLength);
  const intensityMode = input.intensityMode ?? 'BINARY';
  const patchSize = input.patchSize ?? 384;
  // Only the size given: the reference overlap for that size (384 -> 251 x 328, 80 -> 52 x 68).
  const strides = Number.isInteger(patchSize) && patchSize > 0 ? referenceStrides(patchSize) : null;
  const strideX = input.strideX ?? strides?.strideX ?? 251;
  const strideY = input.strideY ?? strides?.strideY ?? 328;
  checkPatchGeometry(patchSize, strideX, strideY);
  try {
    validatePatchSettings({ patchWidth: patchSize, patchHeight: patchSize, strideX, strideY });
  } catch (err) {
    fail('patchSize', (err as Error).message);
  }
  const preset = input.taxonomyPreset ?? 'seed';
  if (!input.taxonomy && !isTaxonomyPreset(preset))
    fail('taxonomyPreset', `"${preset}" is not one of ${TAXONOMY_PRESETS.join(', ')}`);
  const taxonomy = input.taxonomy ?? taxonomyPreset(preset as TaxonomyPreset, intensityMode);
  checkTaxonomyText(taxonomy);
  if (taxonomy.patterns.length < 2) fail('taxonomy.patterns', 'need at least two pattern classes');
  if (taxonomy.intensities.length < 2) fail('taxonomy.intensities', 'need at least two intensity levels');
  if (intensityMode === 'BINARY' && taxonomy.intensities.length !== 2)
    fail('taxonomy.intensities', 'BINARY intensity needs exactly two levels');
  checkUnique(
    'taxonomy.patterns',
    taxonomy.patterns.map((p) => p.key),
  );
  checkUnique(
    'taxonomy.intensities',
    taxonomy.intensities.map((i) => i.key),
  );
  return { slug: input.slug, name, intensityMode, patchSize, strideX, strideY, taxonomy };
}

const createdSelect = {
  id: true,
  slug: true,
  name: true,
  patchSize: true,
  strideX: true,
  strideY: true,
  intensityMode: true,
  version: true,
} as const;

/** Creates a dataset with its taxonomy in one transaction (pass a transaction to join a larger one). */
export async function createDataset(db: Db | Tx, input: CreateDatasetInput): Promise<CreatedDataset> {
  const d = resolveDatasetInput(input);
  const existing = await db.dataset.findUnique({ where: { slug: d.slug }, select: { id: true } });
  if (existing)
    throw new CatalogError('CONFLICT', `a dataset with slug "${d.slug}" exists`, { field: 'slug' });
  return db.dataset.create({
    data: {
      slug: d.slug,
      name: d.name,
      description: input.description ?? '',
      patchSize: d.patchSize,
      strideX: d.strideX,
      strideY: d.strideY,
      intensityMode: d.intensityMode,
      createdById: input.createdById ?? null,
      patternClasses: {
        create: d.taxonomy.patterns.map((p, position) => ({
          key: p.key,
          name: p.name,
          icapCodes: p.icapCodes,
          color: p.color ?? '#888888',
          shortcut: p.shortcut ?? null,
          position,
        })),
      },
      intensityLevels: {
        create: d.taxonomy.intensities.map((l, rank) => ({
          key: l.key,
          name: l.name,
          shortcut: l.shortcut ?? null,
          rank,
        })),
      },
    },
    select: createdSelect,
  });
}
