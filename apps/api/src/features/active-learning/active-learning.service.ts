import {
  AcquisitionSettingsError,
  applyAcquisition,
  listStrategies,
  parseAcquisitionSettings,
  scoringMethod,
  UNLABELLED_STATUSES,
} from '@hep2/active-learning/strategies';
import type { Db, Prisma } from '@hep2/db';
import type { Actor } from '../../shared/actor';
import { DomainError, notFound } from '../../shared/domain-error';
import type { ServiceDeps } from '../../shared/service-deps';
import { recordAudit } from '../audit/audit.service';
import type { AcquisitionSettingsDto, ScoringStatusDto } from './active-learning.dto';

function parseSettings(input: unknown) {
  try {
    return parseAcquisitionSettings(input);
  } catch (error) {
    if (error instanceof AcquisitionSettingsError) {
      throw new DomainError('VALIDATION_FAILED', error.message, { field: `settings.${error.field}` });
    }
    throw error;
  }
}

const strategies = () => listStrategies().map((s) => ({ name: s.name, description: s.description }));

export async function getAcquisitionSettings(db: Db, datasetId: string): Promise<AcquisitionSettingsDto> {
  const dataset = await db.dataset.findUnique({
    where: { id: datasetId },
    select: { id: true, version: true, acquisition: true },
  });
  if (!dataset) throw notFound('Dataset', datasetId);
  // Stored settings were validated on write; a hand-edited row that no longer parses shows defaults.
  let settings: ReturnType<typeof parseAcquisitionSettings>;
  try {
    settings = parseAcquisitionSettings(dataset.acquisition);
  } catch {
    settings = parseAcquisitionSettings({});
  }
  return {
    datasetId,
    version: dataset.version,
    settings,
    scoringMethod: scoringMethod(settings),
    strategies: strategies(),
  };
}

/**
 * Validates and stores the dataset's acquisition settings (optimistic concurrency on
 * Dataset.version), then re-ranks the queue from the stored scores of the active version when it
 * has scores for the configured method; a new method (mcSamples) is scored by the trainer.
 */
export async function updateAcquisitionSettings(
  deps: ServiceDeps,
  actor: Actor,
  input: { datasetId: string; settings: unknown; version: number },
): Promise<AcquisitionSettingsDto> {
  const { db, requestId } = deps;
  const settings = parseSettings(input.settings);
  await db.$transaction(async (tx) => {
    const before = await tx.dataset.findUnique({
      where: { id: input.datasetId },
      select: { version: true, acquisition: true },
    });
    if (!before) throw notFound('Dataset', input.datasetId);
    const changed = await tx.dataset.updateMany({
      where: { id: input.datasetId, version: input.version },
      data: { acquisition: settings as Prisma.InputJsonValue, version: { increment: 1 } },
    });
    if (changed.count === 0) {
      throw new DomainError(
        'STALE_VERSION',
        `Dataset was changed by someone else (version ${before.version}, you edited ${input.version})`,
        {
          currentVersion: before.version,
        },
      );
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'activeLearning.updateSettings',
      entityType: 'Dataset',
      entityId: input.datasetId,
      before: before.acquisition,
      after: settings,
      requestId,
    });
  });
  await rerank(db, input.datasetId);
  return getAcquisitionSettings(db, input.datasetId);
}

/** Re-ranks from stored scores only (no inference); returns the patches ranked. */
async function rerank(
  db: Db,
  datasetId: string,
): Promise<{ active: string | null; method: string; ranked: number }> {
  const { settings } = await getAcquisitionSettings(db, datasetId);
  const parsed = parseAcquisitionSettings(settings);
  const method = scoringMethod(parsed);
  const active = await db.modelVersion.findFirst({
    where: { datasetId, status: 'ACTIVE' },
    select: { id: true },
  });
  if (!active) return { active: null, method, ranked: 0 };
  const summary = await applyAcquisition(db, {
    datasetId,
    modelVersionId: active.id,
    method,
    settings: parsed,
  });
  return { active: active.id, method, ranked: summary.ranked };
}

/**
 * On-demand scoring. The API never runs the model: it re-ranks what is already scored and reports
 * what is not; the trainer's scoring sweep enqueues 'score-patches' jobs for every active version
 * with unscored unlabelled patches (checked every few seconds) and ranks again when they finish.
 */
export async function requestScoring(
  deps: ServiceDeps,
  actor: Actor,
  datasetId: string,
): Promise<ScoringStatusDto> {
  const { db, requestId } = deps;
  const { active, method, ranked } = await rerank(db, datasetId);
  if (!active) throw new DomainError('INVALID_TRANSITION', 'The dataset has no active model to score with');
  const [row] = await db.$queryRaw<{ scored: bigint; unscored: bigint }[]>`
    select count(*) filter (where r.id is not null) as scored, count(*) filter (where r.id is null) as unscored
    from "Patch" p left join "Prediction" r
      on r."patchId" = p.id and r."modelVersionId" = ${active}::uuid and r.method = ${method}
    where p."datasetId" = ${datasetId}::uuid and p.status::text = any(${[...UNLABELLED_STATUSES]})`;
  const status: ScoringStatusDto = {
    datasetId,
    activeModelVersionId: active,
    method,
    scored: Number(row?.scored ?? 0),
    unscored: Number(row?.unscored ?? 0),
    reranked: ranked,
  };
  await recordAudit(db, {
    actorId: actor.id,
    action: 'activeLearning.requestScoring',
    entityType: 'Dataset',
    entityId: datasetId,
    after: status,
    requestId,
  });
  return status;
}
