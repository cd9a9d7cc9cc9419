import type { Prisma, Tx } from '@hep2/db';
import { lockDatasetTraining } from '../runs/run-enqueue';

export class ActivationError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'INVALID_TRANSITION',
    message: string,
  ) {
    super(message);
    this.name = 'ActivationError';
  }
}

export interface ActivationResult {
  activatedId: string;
  retiredId: string | null;
}

/**
 * Makes one version ACTIVE and retires the previous one (kept for rollback), in the caller's
 * transaction, serialised per dataset so that a dataset never has two active versions.
 */
export async function activateModelVersion(
  tx: Tx,
  input: { versionId: string; actorId: string | null; note: Record<string, unknown> },
): Promise<ActivationResult> {
  const version = await tx.modelVersion.findUnique({
    where: { id: input.versionId },
    select: { id: true, datasetId: true, status: true, promotion: true },
  });
  if (!version) throw new ActivationError('NOT_FOUND', `Model version ${input.versionId} does not exist`);
  await lockDatasetTraining(tx, version.datasetId);
  const current = await tx.modelVersion.findFirst({
    where: { datasetId: version.datasetId, status: 'ACTIVE' },
    select: { id: true },
  });
  if (current?.id === version.id) {
    throw new ActivationError('INVALID_TRANSITION', `Model version ${version.id} is already active`);
  }
  if (current) await tx.modelVersion.update({ where: { id: current.id }, data: { status: 'RETIRED' } });
  await tx.modelVersion.update({
    where: { id: version.id },
    data: {
      status: 'ACTIVE',
      promotedAt: new Date(),
      promotedById: input.actorId,
      promotion: merge(version.promotion, { activation: { at: new Date().toISOString(), ...input.note } }),
    },
  });
  return { activatedId: version.id, retiredId: current?.id ?? null };
}

/**
 * Rolls back to the version that was active before: the current one becomes REJECTED (so repeated
 * rollbacks walk further back instead of flipping between two versions), the most recently
 * promoted RETIRED version becomes ACTIVE again.
 */
export async function rollbackModelVersion(
  tx: Tx,
  input: { datasetId: string; actorId: string | null },
): Promise<ActivationResult & { rejectedId: string }> {
  await lockDatasetTraining(tx, input.datasetId);
  const current = await tx.modelVersion.findFirst({
    where: { datasetId: input.datasetId, status: 'ACTIVE' },
    select: { id: true, promotion: true },
  });
  if (!current)
    throw new ActivationError('INVALID_TRANSITION', 'The dataset has no active model to roll back');
  const previous = await tx.modelVersion.findFirst({
    where: { datasetId: input.datasetId, status: 'RETIRED', promotedAt: { not: null } },
    orderBy: { promotedAt: 'desc' },
    select: { id: true, promotion: true },
  });
  if (!previous)
    throw new ActivationError('INVALID_TRANSITION', 'There is no earlier version to roll back to');
  const at = new Date();
  await tx.modelVersion.update({
    where: { id: current.id },
    data: {
      status: 'REJECTED',
      promotion: merge(current.promotion, { rolledBack: { at: at.toISOString(), by: input.actorId } }),
    },
  });
  await tx.modelVersion.update({
    where: { id: previous.id },
    data: {
      status: 'ACTIVE',
      promotedAt: at,
      promotedById: input.actorId,
      promotion: merge(previous.promotion, {
        activation: { at: at.toISOString(), by: input.actorId, reason: `rollback from ${current.id}` },
      }),
    },
  });
  return { activatedId: previous.id, retiredId: null, rejectedId: current.id };
}

function merge(existing: unknown, extra: Record<string, unknown>): Prisma.InputJsonValue {
  const base = existing && typeof existing === 'object' && !Array.isArray(existing) ? existing : {};
  return JSON.parse(JSON.stringify({ ...base, ...extra })) as Prisma.InputJsonValue;
}
