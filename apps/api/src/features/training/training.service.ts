import type { Db } from '@hep2/db';
import {
  ActivationError,
  activateModelVersion,
  artifactLooksIntact,
  enqueueTrainingRun,
  type RunConfig,
  RunConfigError,
  rollbackModelVersion,
  runConfigForDataset,
  TRAINING_RUN_TOPIC,
} from '@hep2/training';
import type { Actor } from '../../shared/actor';
import { DomainError, notFound } from '../../shared/domain-error';
import type { ServiceDeps } from '../../shared/service-deps';
import { recordAudit } from '../audit/audit.service';
import { publishEvent } from '../events/event-bus';
import {
  type ModelVersionDto,
  modelVersionSelect,
  type TrainingRunDto,
  trainingRunSelect,
} from './training.dto';
import { trainingReadiness } from './training-readiness';

/** What a run of this dataset gets for the settings it leaves open (the trigger form's defaults). */
export async function trainingRunDefaults(db: Db, datasetId: string): Promise<RunConfig> {
  const dataset = await db.dataset.findUnique({
    where: { id: datasetId },
    select: { trainingPolicy: true, patchSize: true },
  });
  if (!dataset) throw notFound('Dataset', datasetId);
  return runConfigForDataset(dataset);
}

/**
 * Training control. The API never trains: it inserts the run QUEUED (the trainer's dispatcher
 * hands it to the pg-boss queue) and flips flags a trainer polls (cancelRequested).
 */
export async function triggerTrainingRun(
  deps: ServiceDeps,
  actor: Actor,
  input: { datasetId: string; config: unknown; force: boolean; belowMinimum: boolean },
): Promise<TrainingRunDto> {
  const { db, requestId } = deps;
  if (!input.belowMinimum) {
    const dataset = await db.dataset.findUnique({ where: { id: input.datasetId }, select: { id: true } });
    if (!dataset) throw notFound('Dataset', input.datasetId);
    const readiness = await trainingReadiness(db, input.datasetId);
    if (readiness.problems.length > 0)
      throw new DomainError(
        'TRAINING_NOT_READY',
        `Not enough curated labels to train: ${readiness.problems.join('; ')}. Start it anyway with belowMinimum.`,
        { ...readiness },
      );
  }
  let result: Awaited<ReturnType<typeof enqueueTrainingRun>>;
  try {
    result = await enqueueTrainingRun(db, {
      datasetId: input.datasetId,
      trigger: 'MANUAL',
      config: input.config ?? {},
      triggeredById: actor.id,
      force: input.force,
      within: (tx, run) =>
        recordAudit(tx, {
          actorId: actor.id,
          action: 'training.trigger',
          entityType: 'TrainingRun',
          entityId: run.id,
          after: {
            datasetId: input.datasetId,
            config: input.config ?? {},
            force: input.force,
            ...(input.belowMinimum ? { belowMinimum: true } : {}),
          },
          requestId,
        }),
    });
  } catch (error) {
    if (error instanceof RunConfigError) {
      throw new DomainError('VALIDATION_FAILED', error.message, { field: `config.${error.field}` });
    }
    throw error;
  }
  if (result.kind === 'no-dataset') throw notFound('Dataset', input.datasetId);
  if (result.kind === 'busy') {
    throw new DomainError('TRAINING_BUSY', 'A training run of this dataset is already queued or running', {
      runId: result.busyRunId,
    });
  }
  return db.trainingRun.findUniqueOrThrow({ where: { id: result.runId }, select: trainingRunSelect });
}

/** A queued run is cancelled at once; a running one is asked to stop (the trainer polls the flag). */
export async function cancelTrainingRun(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
): Promise<TrainingRunDto> {
  const { db, requestId } = deps;
  return db.$transaction(async (tx) => {
    const run = await tx.trainingRun.findUnique({
      where: { id },
      select: { id: true, status: true, datasetId: true },
    });
    if (!run) throw notFound('Training run', id);
    if (run.status !== 'QUEUED' && run.status !== 'RUNNING') {
      throw new DomainError('INVALID_TRANSITION', `A ${run.status.toLowerCase()} run cannot be cancelled`);
    }
    const queued = await tx.trainingRun.updateMany({
      where: { id, status: 'QUEUED' },
      data: { status: 'CANCELLED', cancelRequested: true, finishedAt: new Date() },
    });
    if (queued.count === 0) await tx.trainingRun.update({ where: { id }, data: { cancelRequested: true } });
    const after = await tx.trainingRun.findUniqueOrThrow({ where: { id }, select: trainingRunSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'training.cancel',
      entityType: 'TrainingRun',
      entityId: id,
      before: { status: run.status },
      after: { status: after.status, cancelRequested: true },
      requestId,
    });
    // A queued run ends right here (a running one ends when its trainer sees the flag).
    if (queued.count > 0) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'training.finish',
        entityType: 'TrainingRun',
        entityId: id,
        after: { status: 'CANCELLED' },
        requestId,
      });
    }
    await publishEvent(tx, TRAINING_RUN_TOPIC, { runId: id, datasetId: run.datasetId, status: after.status });
    return after;
  });
}

/** Manual promotion (also of a version the rule rejected): the active one is retired for rollback. */
export async function promoteModelVersion(
  deps: ServiceDeps<'store'>,
  actor: Actor,
  id: string,
): Promise<ModelVersionDto> {
  const { db, store, requestId } = deps;
  const version = await db.modelVersion.findUnique({ where: { id }, select: modelVersionSelect });
  if (!version) throw notFound('Model version', id);
  const full = await db.modelVersion.findUniqueOrThrow({
    where: { id },
    select: { artifactKey: true, artifactBytes: true },
  });
  if (!(await artifactLooksIntact(store, full))) {
    throw new DomainError('CONFLICT', `Model version ${version.number}'s artifact is missing or incomplete`);
  }
  return mapActivation(() =>
    db.$transaction(async (tx) => {
      const result = await activateModelVersion(tx, {
        versionId: id,
        actorId: actor.id,
        note: { by: actor.id, reason: 'manual promotion' },
      });
      if (version.trainingRunId) {
        await tx.trainingRun.updateMany({
          where: { id: version.trainingRunId, status: { in: ['EVALUATED', 'REJECTED'] } },
          data: { status: 'PROMOTED' },
        });
        await publishEvent(tx, TRAINING_RUN_TOPIC, {
          runId: version.trainingRunId,
          datasetId: version.datasetId,
          status: 'PROMOTED',
        });
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'model.promote',
        entityType: 'ModelVersion',
        entityId: id,
        before: { status: version.status, retired: result.retiredId },
        after: { status: 'ACTIVE' },
        requestId,
      });
      return tx.modelVersion.findUniqueOrThrow({ where: { id }, select: modelVersionSelect });
    }),
  );
}

/** Re-activates the version that was active before the current one. */
export async function rollbackModel(
  deps: ServiceDeps,
  actor: Actor,
  datasetId: string,
): Promise<ModelVersionDto> {
  const { db, requestId } = deps;
  return mapActivation(() =>
    db.$transaction(async (tx) => {
      const result = await rollbackModelVersion(tx, { datasetId, actorId: actor.id });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'model.rollback',
        entityType: 'ModelVersion',
        entityId: result.activatedId,
        before: { active: result.rejectedId },
        after: { active: result.activatedId },
        requestId,
      });
      return tx.modelVersion.findUniqueOrThrow({
        where: { id: result.activatedId },
        select: modelVersionSelect,
      });
    }),
  );
}

async function mapActivation<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ActivationError) throw new DomainError(error.code, error.message);
    throw error;
  }
}
