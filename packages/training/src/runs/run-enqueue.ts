import type { Db, Prisma, TrainingRunStatus, TrainingTrigger, Tx } from '@hep2/db';
import { type RunConfig, resolveRunConfig } from './run-config';
import { publishRunEvent } from './run-events';
import { parseTrainingPolicy } from './training-policy';

export const ACTIVE_RUN_STATUSES: TrainingRunStatus[] = ['QUEUED', 'RUNNING'];

export interface EnqueueRunInput {
  datasetId: string;
  trigger: TrainingTrigger;
  config?: unknown;
  triggeredById?: string | null;
  /** Queue even if a run of the dataset is queued or running (it waits its turn). */
  force?: boolean;
  /** Extra writes that must commit with the run (audit entries). */
  within?: (tx: Tx, run: { id: string }) => Promise<void>;
}

export type EnqueueRunResult =
  | { kind: 'queued'; runId: string }
  | { kind: 'busy'; busyRunId: string }
  | { kind: 'no-dataset' };

/**
 * The one way a training run comes into existence (API mutation, schedule, threshold): the row is
 * inserted QUEUED and a trainer's dispatcher hands it to the job queue. Serialised per dataset with
 * an advisory lock so that "is a run already queued?" and the insert cannot interleave.
 */
export async function enqueueTrainingRun(db: Db, input: EnqueueRunInput): Promise<EnqueueRunResult> {
  return db.$transaction(async (tx) => {
    await lockDatasetTraining(tx, input.datasetId);
    const dataset = await tx.dataset.findUnique({
      where: { id: input.datasetId },
      select: { id: true, trainingPolicy: true, patchSize: true },
    });
    if (!dataset) return { kind: 'no-dataset' };
    const busy = await tx.trainingRun.findFirst({
      // An experiment's runs do not touch the active model, so they do not make the dataset busy.
      where: { datasetId: input.datasetId, status: { in: ACTIVE_RUN_STATUSES }, experimentId: null },
      select: { id: true },
      orderBy: { createdAt: 'asc' },
    });
    if (busy && !input.force) return { kind: 'busy', busyRunId: busy.id };
    const config = runConfigForDataset(dataset, input.config);
    const base = config.fromScratch
      ? null
      : await tx.modelVersion.findFirst({
          where: { datasetId: input.datasetId, status: 'ACTIVE' },
          select: { id: true },
        });
    const run = await tx.trainingRun.create({
      data: {
        datasetId: input.datasetId,
        trigger: input.trigger,
        triggeredById: input.triggeredById ?? null,
        config: config as unknown as Prisma.InputJsonValue,
        baseModelVersionId: base?.id ?? null,
        progress: { phase: 'queued' },
      },
      select: { id: true },
    });
    await input.within?.(tx, run);
    await publishRunEvent(tx, { runId: run.id, datasetId: input.datasetId, status: 'QUEUED' });
    return { kind: 'queued', runId: run.id };
  });
}

/**
 * The settings a run of this dataset gets: what the run sets, then the policy's runDefaults, then
 * the dataset (the input size follows its patch size), then the defaults. The stored config records
 * the values used; with no input this is what the admin's form shows as defaults.
 */
export function runConfigForDataset(
  dataset: { trainingPolicy: unknown; patchSize: number },
  input: unknown = {},
): RunConfig {
  const { policy } = parseTrainingPolicy(dataset.trainingPolicy);
  return resolveRunConfig(
    { ...stripUnset(policy.runDefaults), ...stripUnset((input ?? {}) as object) },
    { patchSize: dataset.patchSize },
  );
}

/** Serialises run creation and model (de)activation of one dataset across processes. */
export async function lockDatasetTraining(tx: Tx, datasetId: string): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`hep2-training:${datasetId}`}))`;
}

/** Without the settings left open (undefined, or null as GraphQL sends an explicit null). */
function stripUnset<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
