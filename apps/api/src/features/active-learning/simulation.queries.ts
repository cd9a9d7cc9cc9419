import type { Db } from '@hep2/db';
import { z } from 'zod';
import { DomainError } from '../../shared/domain-error';
import type {
  ActiveLearningSimulationDto,
  SimulationComparisonDto,
  SimulationCurveDto,
} from './active-learning.dto';

const num = z.number().nullable();
const interval = z.object({ estimate: num, lower: num, upper: num }).nullable();

/** ActiveLearningSimulation.curves as simulate:al writes them (simulation-record.ts). */
const curvesSchema = z.array(
  z.object({
    arm: z.string(),
    testSet: z.string(),
    labels: z.array(z.number()),
    cost: z.array(z.number()),
    metrics: z.record(z.string(), z.object({ mean: z.array(num), sd: z.array(num) })),
  }),
);

const comparisonsSchema = z.array(
  z.object({
    arm: z.string(),
    testSet: z.string(),
    metric: z.string(),
    aucMean: num,
    aucDifference: interval,
    costRatioMedian: interval,
    reached: z.number().int(),
    seeds: z.number().int(),
  }),
);

const labelCostSchema = z.object({ pattern: z.number(), intensity: z.number(), mask: z.number() });

/** The stored curves, one point per label count with each metric's mean and SD over seeds. */
function curvesOf(json: unknown): SimulationCurveDto[] {
  const parsed = curvesSchema.safeParse(json);
  if (!parsed.success) return [];
  return parsed.data.map((c) => ({
    arm: c.arm,
    testSet: c.testSet,
    points: c.labels.map((labels, i) => ({
      labels,
      cost: c.cost[i] ?? 0,
      values: Object.entries(c.metrics).map(([metric, s]) => ({
        metric,
        mean: s.mean[i] ?? null,
        sd: s.sd[i] ?? null,
      })),
    })),
  }));
}

function comparisonsOf(json: unknown): SimulationComparisonDto[] {
  const parsed = comparisonsSchema.safeParse(json);
  return parsed.success ? parsed.data : [];
}

/**
 * The simulate:al results stored for a dataset (`--store <slug>`), newest first: every arm's mean
 * curve per test set against labels and label cost, and its paired comparison with random. Rows
 * whose JSON does not have the expected shape come back with empty curves / comparisons.
 */
export async function activeLearningSimulations(
  db: Db,
  datasetId: string,
  limit: number,
): Promise<ActiveLearningSimulationDto[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > 20)
    throw new DomainError('VALIDATION_FAILED', 'limit: must be 1..20', { field: 'limit' });
  const rows = await db.activeLearningSimulation.findMany({
    where: { datasetId },
    select: {
      id: true,
      datasetId: true,
      oracle: true,
      seeds: true,
      labelCost: true,
      labelTasks: true,
      seconds: true,
      createdAt: true,
      curves: true,
      comparisons: true,
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: limit,
  });
  return rows.map((r) => {
    const cost = labelCostSchema.safeParse(r.labelCost);
    return {
      ...r,
      labelCost: cost.success ? cost.data : { pattern: 0, intensity: 0, mask: 0 },
      curves: curvesOf(r.curves),
      comparisons: comparisonsOf(r.comparisons),
    };
  });
}
