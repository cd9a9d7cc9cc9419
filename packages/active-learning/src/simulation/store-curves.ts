import type { Db, Prisma } from '@hep2/db';
import type { SeriesSummary } from './curve-report';

export interface StoredCurve {
  /** Series name after "simulation:", e.g. "full" or "full:natural". */
  name: string;
  byMetric: Record<string, SeriesSummary>;
  /** Label cost spent at each point (cost units); stored as metrics.cost beside the metrics. */
  cost?: number[];
}

/**
 * Saves simulated curves as LearningCurvePoint rows of a dataset, in series "simulation:<name>"
 * (kept apart from the live "active:<strategy>" / "random" series), so the admin page charts them
 * with the same labelEfficiencyCurve query. Each metric is stored as { mean, sd } over seeds; the
 * optional cost is a plain number under `cost`, which the chart's metric reader ignores, so older
 * readers keep working. Replaces earlier simulation points of those series.
 */
export async function storeSimulatedCurves(
  db: Db,
  datasetId: string,
  curves: StoredCurve[],
): Promise<number> {
  const rows: Prisma.LearningCurvePointCreateManyInput[] = [];
  for (const c of curves) {
    const first = Object.values(c.byMetric)[0];
    for (const [i, labels] of (first?.labels ?? []).entries()) {
      const metrics: Record<string, { mean: number; sd: number } | number> = {};
      for (const [metric, s] of Object.entries(c.byMetric))
        metrics[metric] = { mean: s.mean[i] as number, sd: s.sd[i] as number };
      if (c.cost?.[i] !== undefined) metrics.cost = c.cost[i] as number;
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
