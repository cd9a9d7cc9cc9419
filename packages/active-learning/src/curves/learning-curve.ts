import type { Db, Prisma } from '@hep2/db';

/** The figures a curve point keeps from a version's validation metrics (null when absent). */
export interface CurveMetrics {
  patternMca: number | null;
  patternAccuracy: number | null;
  intensityAccuracy: number | null;
  dice: number | null;
}

function pick(metrics: unknown): CurveMetrics {
  const v = ((metrics ?? {}) as { validation?: Record<string, unknown> }).validation ?? {};
  const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
  const pattern = (v.pattern ?? {}) as Record<string, unknown>;
  const intensity = (v.intensity ?? {}) as Record<string, unknown>;
  const seg = (v.segmentation ?? {}) as Record<string, unknown>;
  return {
    patternMca: num(pattern.meanClassAccuracy),
    patternAccuracy: num(pattern.accuracy),
    intensityAccuracy: num(intensity.accuracy),
    dice: num(seg.dice),
  };
}

/**
 * The live label-efficiency curve: one point per promoted version (its validation metrics against
 * the curated labels it was trained on), in series "active:<strategy>" - the strategy that chose
 * those labels. Idempotent per (version, series).
 */
export async function recordLearningCurvePoint(
  db: Db,
  modelVersionId: string,
  strategy: string,
): Promise<boolean> {
  const series = strategy === 'random' ? 'random' : `active:${strategy}`;
  const version = await db.modelVersion.findUniqueOrThrow({
    where: { id: modelVersionId },
    select: { datasetId: true, labelCount: true, metrics: true },
  });
  const exists = await db.learningCurvePoint.findFirst({
    where: { modelVersionId, series },
    select: { id: true },
  });
  if (exists) return false;
  await db.learningCurvePoint.create({
    data: {
      datasetId: version.datasetId,
      modelVersionId,
      series,
      labelCount: version.labelCount,
      metrics: JSON.parse(JSON.stringify(pick(version.metrics))) as Prisma.InputJsonValue,
    },
  });
  return true;
}
