import type { Db, PatchStatus } from '@hep2/db';
import type { PresenceDto, QueueCountsDto } from './queue.dto';

const statusField: Record<PatchStatus, keyof QueueCountsDto> = {
  QUEUED: 'queued',
  IN_PROGRESS: 'inProgress',
  SUBMITTED: 'submitted',
  RETURNED: 'returned',
  APPROVED: 'approved',
  ARCHIVED: 'archived',
};

/** Patches per status, low-agreement items awaiting review, and live leases of one dataset. */
export async function queueCounts(db: Db, datasetId: string): Promise<QueueCountsDto> {
  const [byStatus, lowAgreement, activeLeases] = await Promise.all([
    db.patch.groupBy({ by: ['status'], where: { datasetId }, _count: { _all: true } }),
    db.patch.count({ where: { datasetId, status: 'SUBMITTED', lowAgreement: true } }),
    db.workLease.count({
      where: { endedAt: null, expiresAt: { gt: new Date() }, patch: { datasetId } },
    }),
  ]);
  const counts: QueueCountsDto = {
    datasetId,
    queued: 0,
    inProgress: 0,
    submitted: 0,
    returned: 0,
    approved: 0,
    archived: 0,
    lowAgreement,
    activeLeases,
  };
  for (const row of byStatus) (counts[statusField[row.status]] as number) = row._count._all;
  return counts;
}

/** Who holds which patch right now (live leases), oldest first. */
export async function presence(db: Db, datasetId: string): Promise<PresenceDto[]> {
  const leases = await db.workLease.findMany({
    where: { endedAt: null, expiresAt: { gt: new Date() }, patch: { datasetId } },
    select: {
      id: true,
      patchId: true,
      createdAt: true,
      expiresAt: true,
      user: { select: { id: true, name: true } },
    },
    orderBy: { createdAt: 'asc' },
    take: 500,
  });
  return leases.map((l) => ({
    userId: l.user.id,
    userName: l.user.name,
    patchId: l.patchId,
    leaseId: l.id,
    since: l.createdAt,
    expiresAt: l.expiresAt,
  }));
}
