import type { Db, Tx } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';
import { notFound } from '../../shared/domain-error';
import { maskFromPng } from '../annotations/mask-codec';
import { dice, itemAgreement, meanPairwise, type WeightKind } from './agreement';

const COUNTED = ['SUBMITTED', 'APPROVED', 'REJECTED'] as const;

/** Label index maps of a dataset: pattern id -> position, intensity id -> rank. */
export async function taxonomyIndex(db: Db | Tx, datasetId: string) {
  // sequential on purpose: queries of one interactive transaction must not run concurrently
  const patterns = await db.patternClass.findMany({
    where: { datasetId },
    select: { id: true, position: true },
  });
  const levels = await db.intensityLevel.findMany({ where: { datasetId }, select: { id: true, rank: true } });
  const dataset = await db.dataset.findUnique({
    where: { id: datasetId },
    select: { intensityMode: true, agreementThreshold: true },
  });
  if (!dataset) throw notFound('Dataset', datasetId);
  return {
    pattern: new Map(patterns.map((p) => [p.id, p.position])),
    intensity: new Map(levels.map((l) => [l.id, l.rank])),
    patternCount: Math.max(0, ...patterns.map((p) => p.position + 1)),
    intensityCount: Math.max(0, ...levels.map((l) => l.rank + 1)),
    // ordinal intensity: near misses count less (linear weights); binary: all-or-nothing
    intensityWeights: (dataset.intensityMode === 'ORDINAL' ? 'linear' : 'nominal') as WeightKind,
    threshold: dataset.agreementThreshold,
  };
}

/** How often each label is used across the dataset's submitted work: the chance model for kappa. */
async function marginals(
  tx: Tx,
  datasetId: string,
  field: 'patternClassId' | 'intensityLevelId',
  index: Map<string, number>,
  size: number,
) {
  const rows = await tx.annotation.groupBy({
    by: [field],
    where: { patch: { datasetId }, status: { in: [...COUNTED] }, source: 'HUMAN' },
    _count: { _all: true },
  });
  const counts = new Array<number>(size).fill(0);
  for (const row of rows) {
    const i = row[field] ? index.get(row[field] as string) : undefined;
    if (i !== undefined) counts[i] = (counts[i] as number) + row._count._all;
  }
  return counts;
}

/**
 * Per-patch agreement once k annotators submitted: chance-corrected agreement on pattern (the item's
 * Fleiss term) and intensity (weighted), mean pairwise Dice of masks (a missing mask counts as empty).
 * Flags the patch lowAgreement when any figure falls below the dataset threshold.
 */
export async function recomputePatchAgreement(
  tx: Tx,
  store: ObjectStore,
  patchId: string,
  /** A mask saved in this transaction (not readable from the store or the outbox until it commits). */
  own: { key: string; pixels: Uint8Array } | null = null,
) {
  const patch = await tx.patch.findUniqueOrThrow({
    where: { id: patchId },
    select: { datasetId: true, width: true, height: true },
  });
  const annotations = await tx.annotation.findMany({
    where: { patchId, status: { in: [...COUNTED] }, source: 'HUMAN' },
    select: { patternClassId: true, intensityLevelId: true, maskKey: true },
  });
  if (annotations.length < 2) return;
  const tax = await taxonomyIndex(tx, patch.datasetId);
  const patterns = annotations
    .flatMap((a) => (a.patternClassId ? [tax.pattern.get(a.patternClassId) ?? -1] : []))
    .filter((i) => i >= 0);
  const levels = annotations
    .flatMap((a) => (a.intensityLevelId ? [tax.intensity.get(a.intensityLevelId) ?? -1] : []))
    .filter((i) => i >= 0);
  const agreementPattern =
    patterns.length >= 2
      ? itemAgreement(
          patterns,
          await marginals(tx, patch.datasetId, 'patternClassId', tax.pattern, tax.patternCount),
        )
      : null;
  const agreementIntensity =
    levels.length >= 2
      ? itemAgreement(
          levels,
          await marginals(tx, patch.datasetId, 'intensityLevelId', tax.intensity, tax.intensityCount),
          tax.intensityWeights,
        )
      : null;
  const agreementMask = await maskAgreement(store, annotations, patch.width * patch.height, own);
  const figures = [agreementPattern, agreementIntensity, agreementMask].filter(
    (f): f is number => f !== null,
  );
  await tx.patch.update({
    where: { id: patchId },
    data: {
      agreementPattern,
      agreementIntensity,
      agreementMask,
      lowAgreement: figures.some((f) => f < tax.threshold),
    },
    select: { id: true },
  });
}

async function maskAgreement(
  store: ObjectStore,
  annotations: { maskKey: string | null }[],
  pixels: number,
  own: { key: string; pixels: Uint8Array } | null,
) {
  if (!annotations.some((a) => a.maskKey)) return null;
  const masks = await Promise.all(
    annotations.map(async (a) => {
      if (!a.maskKey) return new Uint8Array(pixels);
      if (a.maskKey === own?.key) return own.pixels;
      return (await maskFromPng(await store.get(a.maskKey))).data;
    }),
  );
  return meanPairwise(masks, dice);
}
