import type { Db } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';
import {
  createExperiment as createTrainerExperiment,
  ExperimentInputError,
  type ExperimentReport,
  presignReportFiles,
  type ReportFormat,
  requeueFailedExperimentRuns as requeueTrainerRuns,
  storeExperimentReport,
} from '@hep2/training';
import type { Actor } from '../../shared/actor';
import { DomainError, notFound } from '../../shared/domain-error';
import type { ServiceDeps } from '../../shared/service-deps';
import { recordAudit } from '../audit/audit.service';
import { type ExperimentDto, experimentSelect, type ReportFileDto } from './experiments.dto';

/** Creates the experiment and its QUEUED runs (trainers pick them up); never trains here. */
export async function createExperiment(
  deps: ServiceDeps,
  actor: Actor,
  input: { datasetId: string; name: string; folds: number; seed?: number | null; grid?: unknown },
): Promise<ExperimentDto> {
  const { db, requestId } = deps;
  let result: Awaited<ReturnType<typeof createTrainerExperiment>>;
  try {
    result = await createTrainerExperiment(db, {
      datasetId: input.datasetId,
      name: input.name,
      folds: input.folds,
      seed: input.seed ?? undefined,
      grid: input.grid ?? {},
      createdById: actor.id,
      within: (tx, experiment) =>
        recordAudit(tx, {
          actorId: actor.id,
          action: 'experiment.create',
          entityType: 'Experiment',
          entityId: experiment.id,
          after: { ...input, runs: experiment.runIds.length },
          requestId,
        }),
    });
  } catch (error) {
    if (error instanceof ExperimentInputError)
      throw new DomainError('VALIDATION_FAILED', error.message, { field: error.field });
    throw error;
  }
  if (result.kind === 'no-dataset') throw notFound('Dataset', input.datasetId);
  return db.experiment.findUniqueOrThrow({ where: { id: result.experimentId }, select: experimentSelect });
}

export async function requeueFailedExperimentRuns(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
): Promise<ExperimentDto> {
  const { db, requestId } = deps;
  const created = await requeueTrainerRuns(db, id);
  if (created === null) throw notFound('Experiment', id);
  if (created.length === 0)
    throw new DomainError('INVALID_TRANSITION', 'The experiment has no failed or cancelled run to re-queue');
  await recordAudit(db, {
    actorId: actor.id,
    action: 'experiment.requeue',
    entityType: 'Experiment',
    entityId: id,
    after: { runs: created },
    requestId,
  });
  return db.experiment.findUniqueOrThrow({ where: { id }, select: experimentSelect });
}

/**
 * Presigned URLs of the report's files. Before the experiment ends, a provisional report is built
 * from the runs finished so far (the trainer replaces it with the final one).
 */
export async function experimentReportFiles(
  db: Db,
  store: ObjectStore,
  publicStore: ObjectStore,
  id: string,
  format: ReportFormat,
  ttlSeconds: number,
): Promise<ReportFileDto[]> {
  const experiment = await db.experiment.findUnique({ where: { id }, select: { report: true } });
  if (!experiment) throw notFound('Experiment', id);
  let report = experiment.report as unknown as ExperimentReport | null;
  if (!report?.files) report = await storeExperimentReport(db, store, id);
  if (!report) throw notFound('Experiment', id);
  const files = await presignReportFiles(publicStore, report, format, ttlSeconds);
  return files.map(({ name, url }) => ({ name, url }));
}
