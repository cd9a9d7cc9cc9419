import type { Db, Tx } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';
import { notFound } from '../../shared/domain-error';
import { maskFromPng } from '../annotations/mask-codec';
import { dice, meanPairwise, type WeightKind } from './agreement';

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

/**
 * Per-patch agreement once k annotators submitted, as raw figures only (a chance-corrected
 * statistic needs a set of items: see agreement-report.service.ts): the share of annotator pairs
 * giving the same pattern, the same intensity, and the mean pairwise Dice of their masks (a missing
 * mask counts as empty). With two annotators the label figures are 1 (agree) or 0 (disagree).
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
  const agreementPattern = meanPairwise(patterns, same);
  const agreementIntensity = meanPairwise(levels, same);
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

const same = (a: number, b: number) => (a === b ? 1 : 0);

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
