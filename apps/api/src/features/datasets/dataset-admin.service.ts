import {
  checkText,
  createDataset,
  DATASET_LIMITS,
  resolveDatasetInput,
  type TaxonomyInput,
  type TaxonomyPreset,
} from '@hep2/catalog';
import type { IntensityMode } from '@hep2/db';
import type { Actor } from '../../shared/actor';
import { catalogCall } from '../../shared/catalog-errors';
import { DomainError, notFound } from '../../shared/domain-error';
import type { ServiceDeps } from '../../shared/service-deps';
import { recordAudit } from '../audit/audit.service';
import { type DatasetDto, datasetSelect } from '../datasets/datasets.dto';

export interface CreateDatasetArgs {
  slug: string;
  name: string;
  description?: string | null;
  intensityMode?: IntensityMode | null;
  patchSize?: number | null;
  strideX?: number | null;
  strideY?: number | null;
  taxonomy?: TaxonomyInput | null;
  /** Ignored when taxonomy is given; default seed. */
  taxonomyPreset?: TaxonomyPreset | null;
}

/** A dataset with the reference taxonomy unless a preset or a taxonomy is given. */
export async function createDatasetAsAdmin(
  deps: ServiceDeps,
  actor: Actor,
  args: CreateDatasetArgs,
): Promise<DatasetDto> {
  return catalogCall(() =>
    deps.db.$transaction(async (tx) => {
      const created = await createDataset(tx, {
        slug: args.slug,
        name: args.name,
        description: args.description ?? undefined,
        intensityMode: args.intensityMode ?? undefined,
        patchSize: args.patchSize ?? undefined,
        strideX: args.strideX ?? undefined,
        strideY: args.strideY ?? undefined,
        taxonomy: args.taxonomy ?? undefined,
        taxonomyPreset: args.taxonomyPreset ?? undefined,
        createdById: actor.id,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'dataset.create',
        entityType: 'Dataset',
        entityId: created.id,
        after: created,
        requestId: deps.requestId,
      });
      return tx.dataset.findUniqueOrThrow({ where: { id: created.id }, select: datasetSelect });
    }),
  );
}

export interface DatasetSettingsArgs {
  id: string;
  expectedVersion: number;
  name?: string | null;
  description?: string | null;
  annotatorsPerPatch?: number | null;
  agreementThreshold?: number | null;
  doubleLabelShare?: number | null;
  goldRate?: number | null;
  patchSize?: number | null;
  strideX?: number | null;
  strideY?: number | null;
}

/**
 * Changes dataset settings under optimistic concurrency: the caller names the version it saw.
 * Patch geometry may change only while the dataset has no specimens (patches are cut at import).
 */
export async function updateDatasetSettings(
  deps: ServiceDeps,
  actor: Actor,
  args: DatasetSettingsArgs,
): Promise<DatasetDto> {
  return deps.db.$transaction(async (tx) => {
    const before = await tx.dataset.findUnique({ where: { id: args.id }, select: datasetSelect });
    if (!before) throw notFound('Dataset', args.id);
    if (before.version !== args.expectedVersion) {
      throw new DomainError(
        'STALE_VERSION',
        `Dataset was changed by someone else (version ${before.version}, you edited ${args.expectedVersion})`,
        { currentVersion: before.version },
      );
    }
    const geometry = { patchSize: args.patchSize, strideX: args.strideX, strideY: args.strideY };
    if (Object.values(geometry).some((v) => v !== null && v !== undefined)) {
      if ((await tx.specimen.count({ where: { datasetId: args.id } })) > 0)
        throw new DomainError(
          'VALIDATION_FAILED',
          'patchSize: patch settings are fixed once specimens exist',
          {
            field: 'patchSize',
          },
        );
      await catalogCall(async () =>
        resolveDatasetInput({
          slug: before.slug,
          name: before.name,
          intensityMode: before.intensityMode,
          patchSize: args.patchSize ?? before.patchSize,
          strideX: args.strideX ?? before.strideX,
          strideY: args.strideY ?? before.strideY,
        }),
      );
    }
    if (args.name !== undefined && args.name !== null && !args.name.trim())
      throw new DomainError('VALIDATION_FAILED', 'name: must not be empty', { field: 'name' });
    await catalogCall(async () => {
      checkText('name', args.name?.trim(), DATASET_LIMITS.maxNameLength);
      checkText('description', args.description, DATASET_LIMITS.maxDescriptionLength);
    });
    if (args.annotatorsPerPatch != null && (args.annotatorsPerPatch < 1 || args.annotatorsPerPatch > 10))
      throw new DomainError('VALIDATION_FAILED', 'annotatorsPerPatch: must be 1..10', {
        field: 'annotatorsPerPatch',
      });
    if (args.agreementThreshold != null && !(args.agreementThreshold >= 0 && args.agreementThreshold <= 1))
      throw new DomainError('VALIDATION_FAILED', 'agreementThreshold: must be in 0..1', {
        field: 'agreementThreshold',
      });
    for (const field of ['doubleLabelShare', 'goldRate'] as const) {
      const value = args[field];
      if (value != null && !(value >= 0 && value <= 1))
        throw new DomainError('VALIDATION_FAILED', `${field}: must be in 0..1`, { field });
    }
    const changed = await tx.dataset.updateMany({
      where: { id: args.id, version: args.expectedVersion },
      data: {
        name: args.name?.trim() ?? undefined,
        description: args.description ?? undefined,
        annotatorsPerPatch: args.annotatorsPerPatch ?? undefined,
        agreementThreshold: args.agreementThreshold ?? undefined,
        doubleLabelShare: args.doubleLabelShare ?? undefined,
        goldRate: args.goldRate ?? undefined,
        patchSize: args.patchSize ?? undefined,
        strideX: args.strideX ?? undefined,
        strideY: args.strideY ?? undefined,
        version: { increment: 1 },
      },
    });
    if (changed.count === 0)
      throw new DomainError('STALE_VERSION', 'Dataset was changed by someone else', {
        currentVersion: before.version + 1,
      });
    const after = await tx.dataset.findUniqueOrThrow({ where: { id: args.id }, select: datasetSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'dataset.updateSettings',
      entityType: 'Dataset',
      entityId: args.id,
      before,
      after,
      requestId: deps.requestId,
    });
    return after;
  });
}
