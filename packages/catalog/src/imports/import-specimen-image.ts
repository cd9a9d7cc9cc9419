import path from 'node:path';
import {
  DEFAULT_MAX_PIXELS,
  ImageDecodeError,
  ImportItemError,
  type Intensity,
  type PatternClass,
  type PreparedImage,
  prepareImportItem,
  probeImage,
  sha256,
} from '@hep2/data';
import type { Db, SpecimenSource } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';
import { CatalogError } from '../catalog-error';
import { loadDatasetContext, resolveLabels } from '../datasets/dataset-context';
import { ObjectWrites } from './object-writes';
import { commitSpecimens } from './specimen-commit';
import { type LabelTrust, stageSpecimen } from './specimen-staging';

export interface ImportSpecimenImageInput {
  datasetId: string;
  bytes: Uint8Array;
  /** Original file name; its stem becomes the specimen name unless externalId is given. */
  filename: string;
  maskBytes?: Uint8Array;
  externalId?: string;
  pattern?: PatternClass | string;
  intensity?: Intensity | string;
  fold?: number | null;
  source?: SpecimenSource;
  maxPixels?: number;
  metadata?: Record<string, unknown>;
  /** weak (default) or curated: the given labels are expert ground truth (see LabelTrust). */
  labels?: LabelTrust;
}

export interface ImportedSpecimen {
  specimenId: string;
  externalId: string;
  /** False when the same file was already in the dataset (the existing specimen is returned). */
  created: boolean;
  patches: number;
}

/** Decodes and checks one image; refusals carry INVALID_IMAGE or IMAGE_TOO_LARGE. */
export async function validateSpecimenImage(
  bytes: Uint8Array,
  maskBytes: Uint8Array | undefined,
  maxPixels: number,
): Promise<PreparedImage> {
  try {
    const probe = await probeImage(bytes);
    const pixels = probe.width * probe.height;
    if (pixels > maxPixels) {
      throw new CatalogError(
        'IMAGE_TOO_LARGE',
        `image is ${probe.width}x${probe.height} (${pixels} pixels), above the limit of ${maxPixels} pixels`,
        { width: probe.width, height: probe.height, maxPixels },
      );
    }
    return await prepareImportItem(bytes, maskBytes, { maxPixels });
  } catch (err) {
    if (err instanceof CatalogError) throw err;
    if (err instanceof ImageDecodeError || err instanceof ImportItemError)
      throw new CatalogError('INVALID_IMAGE', `not a readable image: ${err.message}`);
    throw err;
  }
}

/**
 * Adds one specimen image (an upload) with its patches. Idempotent by content hash; the name gets
 * a hash suffix when another specimen already uses it.
 */
export async function importSpecimenImage(
  db: Db,
  store: ObjectStore,
  input: ImportSpecimenImageInput,
): Promise<ImportedSpecimen> {
  const ctx = await loadDatasetContext(db, input.datasetId);
  const hash = sha256(input.bytes);
  const existing = await db.specimen.findUnique({
    where: { datasetId_contentHash: { datasetId: ctx.id, contentHash: hash } },
    select: { id: true, externalId: true, _count: { select: { patches: true } } },
  });
  if (existing)
    return {
      specimenId: existing.id,
      externalId: existing.externalId,
      created: false,
      patches: existing._count.patches,
    };
  const prepared = await validateSpecimenImage(
    input.bytes,
    input.maskBytes,
    input.maxPixels ?? DEFAULT_MAX_PIXELS,
  );
  const labels = resolveLabels(ctx, input.pattern, input.intensity);
  if ('error' in labels) throw new CatalogError('VALIDATION_FAILED', labels.error, { field: 'pattern' });
  const stem = path.basename(input.filename).replace(/\.[^.]+$/, '') || 'upload';
  let externalId = input.externalId ?? stem;
  const taken = await db.specimen.findUnique({
    where: { datasetId_externalId: { datasetId: ctx.id, externalId } },
    select: { id: true },
  });
  if (taken) {
    if (input.externalId)
      throw new CatalogError('CONFLICT', `specimen ${externalId} already exists`, { field: 'externalId' });
    externalId = `${stem}-${hash.slice(0, 8)}`;
  }
  const writes = new ObjectWrites(store);
  try {
    const staged = await stageSpecimen(writes, ctx, {
      original: input.bytes,
      prepared,
      externalId,
      source: input.source ?? 'UPLOAD',
      labels,
      fold: input.fold ?? null,
      isValidation: false,
      trust: input.labels ?? 'weak',
      metadata: { filename: input.filename, ...input.metadata },
    });
    await commitSpecimens(db, ctx.id, [staged]);
    return {
      specimenId: staged.specimen.id as string,
      externalId,
      created: true,
      patches: staged.patches.length,
    };
  } catch (err) {
    await writes.rollback(db);
    throw err;
  }
}
