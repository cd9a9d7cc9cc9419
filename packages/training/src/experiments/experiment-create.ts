import type { Db, Prisma, Tx } from '@hep2/db';
import { type CuratedLabel, curatedLabels } from '@hep2/db/labels';
import { lockDatasetTraining } from '../runs/run-enqueue';
import { publishRunEvent } from '../runs/run-events';
import { toJson } from '../runs/run-progress';
import { ExperimentInputError, expandGrid, resolveExperimentGrid } from './experiment-grid';
import { foldRunConfig, type StoredGrid } from './experiment-record';
import { labelledSpecimens, planRepeatedFolds } from './fold-plan';

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
 * Validates the grid, freezes the label set (every approved patch's usable label, copied into
 * ExperimentLabel: all runs load exactly these), plans k specimen-grouped stratified folds (x
 * repeats) from the seed, and inserts the experiment with one ordinary QUEUED TrainingRun (trigger
 * EXPERIMENT) per cell x fold, in one transaction. Trainers' dispatchers put them on the job queue
 * like any other run.
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
  // The label set is frozen first; the folds are planned on its specimens only.
  // what a run on the dataset would train and validate on now: the experiment freezes it
  const labels = await curatedLabels(db, input.datasetId);
  const frozen = new Set(labels.map((l) => l.annotationId));
  const specimens = await labelledSpecimens(db, input.datasetId, frozen);
  const plan = planRepeatedFolds(specimens, input.folds, grid.repeats, seed);
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
          labelCount: labels.length,
        },
        select: { id: true },
      });
      await freezeLabels(tx, experiment.id, labels);
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

/** Copies the labels into ExperimentLabel in chunks (a dataset can have ~20,000 labelled patches). */
async function freezeLabels(tx: Tx, experimentId: string, labels: CuratedLabel[]): Promise<void> {
  const chunk = 5000;
  for (let i = 0; i < labels.length; i += chunk)
    await tx.experimentLabel.createMany({
      data: labels.slice(i, i + chunk).map((l) => ({
        experimentId,
        patchId: l.patchId,
        annotationId: l.annotationId,
        maskKey: l.maskKey,
        patternClassId: l.patternClassId,
        intensityLevelId: l.intensityLevelId,
      })),
    });
}
