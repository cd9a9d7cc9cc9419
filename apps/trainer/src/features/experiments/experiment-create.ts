import type { Db, Prisma, Tx } from '@hep2/db';
import { lockDatasetTraining } from '../runs/run-enqueue';
import { publishRunEvent } from '../runs/run-events';
import { toJson } from '../runs/run-progress';
import { ExperimentInputError, expandGrid, resolveExperimentGrid } from './experiment-grid';
import { foldRunConfig, type StoredGrid } from './experiment-record';
import { labelledSpecimens, planFolds } from './fold-plan';

export interface CreateExperimentInput {
  datasetId: string;
  name: string;
  folds: number;
  seed?: number;
  grid?: unknown;
  createdById?: string | null;
  /** Extra writes that commit with the experiment (audit entries). */
  within?: (tx: Tx, experiment: { id: string; runIds: string[] }) => Promise<void>;
}

export type CreateExperimentResult =
  | { kind: 'created'; experimentId: string; runIds: string[] }
  | { kind: 'no-dataset' };

/**
 * Validates the grid, plans k specimen-grouped stratified folds from the seed, and inserts the
 * experiment with one ordinary QUEUED TrainingRun (trigger EXPERIMENT) per cell x fold, in one
 * transaction. Trainers' dispatchers put them on the job queue like any other run.
 */
export async function createExperiment(
  db: Db,
  input: CreateExperimentInput,
): Promise<CreateExperimentResult> {
  const name = input.name.trim();
  if (!name || name.length > 200) throw new ExperimentInputError('name', 'name must be 1-200 characters');
  if (!Number.isInteger(input.folds) || input.folds < 2 || input.folds > 20)
    throw new ExperimentInputError('folds', `folds must be an integer from 2 to 20, got ${input.folds}`);
  const seed = input.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 2_147_483_647)
    throw new ExperimentInputError('seed', `seed must be a non-negative integer, got ${seed}`);
  const grid = resolveExperimentGrid(input.grid);
  const dataset = await db.dataset.findUnique({
    where: { id: input.datasetId },
    select: { id: true, patchSize: true },
  });
  if (!dataset) return { kind: 'no-dataset' };
  const settings = expandGrid(grid, seed, { patchSize: dataset.patchSize });
  const plan = planFolds(await labelledSpecimens(db, input.datasetId), input.folds, seed);
  const stored: StoredGrid = { grid, settings, plan };
  return db.$transaction(
    async (tx) => {
      await lockDatasetTraining(tx, input.datasetId);
      const experiment = await tx.experiment.create({
        data: {
          datasetId: input.datasetId,
          name,
          folds: input.folds,
          seed,
          grid: toJson(stored),
          status: 'QUEUED',
          createdById: input.createdById ?? null,
        },
        select: { id: true },
      });
      const rows: Prisma.TrainingRunCreateManyInput[] = settings.flatMap((setting) =>
        plan.folds.map((_, fold) => ({
          datasetId: input.datasetId,
          trigger: 'EXPERIMENT' as const,
          triggeredById: input.createdById ?? null,
          config: toJson(foldRunConfig(setting, plan, fold)),
          progress: { phase: 'queued' },
          experimentId: experiment.id,
          experimentCell: setting.key,
          fold,
        })),
      );
      const runs = await tx.trainingRun.createManyAndReturn({ data: rows, select: { id: true } });
      const runIds = runs.map((r) => r.id);
      await input.within?.(tx, { id: experiment.id, runIds });
      for (const runId of runIds)
        await publishRunEvent(tx, { runId, datasetId: input.datasetId, status: 'QUEUED' });
      return { kind: 'created' as const, experimentId: experiment.id, runIds };
    },
    { timeout: 30_000 },
  );
}
