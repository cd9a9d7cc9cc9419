import { type PatchStatus, Prisma, type SqlClient, type Tx } from '@hep2/db';

export interface LockedPatch {
  id: string;
  datasetId: string;
  specimenId: string;
  status: PatchStatus;
  submittedCount: number;
  width: number;
  height: number;
  /** Annotators this patch needs: the dataset's consensus k, at least 2 when it was doubled. */
  annotatorsPerPatch: number;
  /** A gold patch (approved, marked by a curator): a submission on it is scored, not counted. */
  gold: boolean;
}

/**
 * Row-locks a patch for the rest of the transaction. Every workflow change to a patch takes this
 * lock first, so claims, submissions and reviews of one patch run one after another.
 */
export async function lockPatch(sql: SqlClient, patchId: string): Promise<LockedPatch | null> {
  const rows = await sql.rows<LockedPatch>(Prisma.sql`
    select p.id, p."datasetId", p."specimenId", p.status, p."submittedCount", p.width, p.height,
      greatest(d."annotatorsPerPatch", case when p."doubleLabel" then 2 else 1 end) as "annotatorsPerPatch",
      p.status = 'APPROVED' and p."goldAt" is not null as gold
    from "Patch" p join "Dataset" d on d.id = p."datasetId"
    where p.id = ${patchId}::uuid for update of p`);
  return rows[0] ?? null;
}

/** Live leases of a patch, optionally not counting one. */
export function activeLeaseCount(tx: Tx, patchId: string, exceptLeaseId?: string): Promise<number> {
  return tx.workLease.count({
    where: {
      patchId,
      endedAt: null,
      expiresAt: { gt: new Date() },
      id: exceptLeaseId ? { not: exceptLeaseId } : undefined,
    },
  });
}

/** A rejected annotation (or its author's draft of the fix) is waiting for its author. */
export async function hasPendingReturnedWork(tx: Tx, patchId: string): Promise<boolean> {
  const pending = await tx.annotation.findFirst({
    where: { patchId, status: { in: ['REJECTED', 'DRAFT'] }, returnComment: { not: null } },
    select: { id: true },
  });
  return pending !== null;
}
