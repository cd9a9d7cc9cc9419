import { randomUUID } from 'node:crypto';
import {
  cutImagePatch,
  cutMaskPatch,
  displayWindow,
  encodeMaskPng,
  encodePng,
  type PreparedImage,
  patchGrid,
} from '@hep2/data';
import type { Prisma, SpecimenSource } from '@hep2/db';
import { forEachLimited, objectKeys } from '@hep2/storage';
import type { DatasetContext, LabelIds } from '../datasets/dataset-context';
import type { ObjectWrites } from './object-writes';

/** Stored file extension and content type per detected container format. */
const FORMATS: Readonly<Record<string, { ext: string; type: string }>> = {
  png: { ext: 'png', type: 'image/png' },
  tiff: { ext: 'tif', type: 'image/tiff' },
  jpeg: { ext: 'jpg', type: 'image/jpeg' },
  bmp: { ext: 'bmp', type: 'image/bmp' },
};

export function storedFormat(format: string): { ext: string; type: string } {
  return FORMATS[format] ?? { ext: 'bin', type: 'application/octet-stream' };
}

/**
 * How far an import's labels are trusted. weak: the specimen's labels, inherited by its patches
 * for training only; the patches wait in the annotators' queue. curated: expert ground truth; every
 * patch gets an approved IMPORT annotation (no author) and never enters the queue, so training and
 * validation may use it.
 */
export type LabelTrust = 'weak' | 'curated';
export const LABEL_TRUSTS: readonly LabelTrust[] = ['weak', 'curated'];

export interface SpecimenItem {
  /** The file exactly as received: stored unchanged. */
  original: Uint8Array;
  prepared: PreparedImage;
  externalId: string;
  source: SpecimenSource;
  labels: LabelIds;
  fold: number | null;
  isValidation: boolean;
  metadata: Record<string, unknown>;
  /** Default weak. */
  trust?: LabelTrust;
}

export interface StagedSpecimen {
  specimen: Prisma.SpecimenCreateManyInput;
  patches: Prisma.PatchCreateManyInput[];
  /** Curated imports: one approved IMPORT annotation per patch, with its first revision. */
  annotations: Prisma.AnnotationCreateManyInput[];
  revisions: Prisma.AnnotationRevisionCreateManyInput[];
}

function foreground(mask: { data: Uint8Array }): number {
  let n = 0;
  for (let i = 0; i < mask.data.length; i++) if (mask.data[i]) n++;
  return n;
}

/**
 * Writes a specimen's objects - the original bytes, the 0/255 mask PNG and every patch with its
 * mask PNG - and returns the rows to insert. Nothing touches the database here.
 */
export async function stageSpecimen(
  writes: ObjectWrites,
  ctx: DatasetContext,
  item: SpecimenItem,
): Promise<StagedSpecimen> {
  const { image, mask, sha256 } = item.prepared;
  const specimenId = randomUUID();
  const format = storedFormat(image.format);
  const imageKey = objectKeys.specimenImage(ctx.id, sha256, format.ext);
  await writes.put(imageKey, item.original, format.type);
  const maskKey = mask ? objectKeys.specimenMask(ctx.id, sha256) : null;
  if (mask && maskKey) await writes.put(maskKey, mask.png, 'image/png');
  const trust = item.trust ?? 'weak';
  // A curated row with neither labels nor a mask has nothing to approve: its patches stay queued.
  const curated =
    trust === 'curated' &&
    (item.labels.patternClassId !== null || item.labels.intensityLevelId !== null || mask !== undefined);
  // The bright level per-specimen input normalisation divides by; none for an all-black image.
  const window = displayWindow(image);
  const rects = patchGrid(image.width, image.height, ctx.patch);
  const maskAreas: Array<number | null> = rects.map(() => null);
  const patches: Prisma.PatchCreateManyInput[] = rects.map((rect) => ({
    id: randomUUID(),
    datasetId: ctx.id,
    specimenId,
    x: rect.x,
    y: rect.y,
    width: rect.width,
    height: rect.height,
    padded: rect.padded,
    imageKey: '',
    maskKey: null,
    ...(curated ? { status: 'APPROVED' as const } : {}),
  }));
  await forEachLimited(rects, 4, async (rect, i) => {
    const row = patches[i] as Prisma.PatchCreateManyInput & { id: string };
    row.imageKey = objectKeys.patchImage(ctx.id, row.id);
    await writes.put(row.imageKey, await encodePng(cutImagePatch(image, rect)), 'image/png');
    if (mask) {
      row.maskKey = objectKeys.patchMask(ctx.id, row.id);
      const patchMask = cutMaskPatch(mask.mask, rect);
      maskAreas[i] = foreground(patchMask);
      await writes.put(row.maskKey, await encodeMaskPng(patchMask), 'image/png');
    }
  });
  const now = new Date();
  const annotations: Prisma.AnnotationCreateManyInput[] = [];
  const revisions: Prisma.AnnotationRevisionCreateManyInput[] = [];
  if (curated) {
    patches.forEach((patch, i) => {
      const annotationId = randomUUID();
      const labels = {
        patternClassId: item.labels.patternClassId,
        intensityLevelId: item.labels.intensityLevelId,
        maskKey: patch.maskKey ?? null,
      };
      annotations.push({
        id: annotationId,
        patchId: patch.id as string,
        authorId: null,
        source: 'IMPORT',
        status: 'APPROVED',
        ...labels,
        maskArea: maskAreas[i] ?? null,
        submittedAt: now,
      });
      revisions.push({ annotationId, version: 1, status: 'APPROVED', ...labels, editedById: null });
    });
  }
  return {
    specimen: {
      id: specimenId,
      datasetId: ctx.id,
      externalId: item.externalId,
      source: item.source,
      imageKey,
      width: image.width,
      height: image.height,
      bitDepth: image.bitDepth,
      windowHigh: window.max > 0 ? window.high : null,
      conversion: image.conversion,
      contentHash: sha256,
      maskKey,
      patternClassId: item.labels.patternClassId,
      intensityLevelId: item.labels.intensityLevelId,
      fold: item.fold,
      isValidation: item.isValidation,
      metadata: {
        ...item.metadata,
        format: image.format,
        sourceChannels: image.sourceChannels,
        ...(mask ? { mask: { ...mask.report, sourceSha256: mask.sourceSha256 } } : {}),
        labels: trust,
      } as Prisma.InputJsonValue,
    },
    patches,
    annotations,
    revisions,
  };
}
