import type { Db, Prisma } from '@hep2/db';
import type { SeriesSummary } from './curve-report';

/**
 * Saves simulated curves as LearningCurvePoint rows of a dataset, in series "simulation:<name>"
 * (kept apart from the live "active:<strategy>" / "random" series), so the admin page charts them
 * with the same labelEfficiencyCurve query. Replaces earlier simulation points of those series.
 */
export async function storeSimulatedCurves(
  db: Db,
  datasetId: string,
  curves: { name: string; byMetric: Record<string, SeriesSummary> }[],
): Promise<number> {
  const rows: Prisma.LearningCurvePointCreateManyInput[] = [];
  for (const c of curves) {
    const first = Object.values(c.byMetric)[0];
    for (const [i, labels] of (first?.labels ?? []).entries()) {
      const metrics: Record<string, { mean: number; sd: number }> = {};
      for (const [metric, s] of Object.entries(c.byMetric))
        metrics[metric] = { mean: s.mean[i] as number, sd: s.sd[i] as number };
      rows.push({ datasetId, series: `simulation:${c.name}`, labelCount: labels, metrics });
    }
  }
  await db.$transaction([
    db.learningCurvePoint.deleteMany({
      where: { datasetId, series: { in: curves.map((c) => `simulation:${c.name}`) } },
    }),
    db.learningCurvePoint.createMany({ data: rows }),
  ]);
  return rows.length;
}
