import { type Db, type LeaseEnd, Prisma, prismaSql, type SqlClient, type Tx } from '@hep2/db';
import { DomainError, notFound } from '../../shared/domain-error';
import { recordAudit } from '../audit/audit.service';
import {
  activeLeaseCount,
  hasPendingReturnedWork,
  type LockedPatch,
  lockPatch,
} from '../patch-core/patch-lock';
import { leaseEndEvent, nextPatchStatus } from '../patch-core/patch-state-machine';
import type { Actor, WorkflowDeps } from '../patch-core/workflow-deps';
import { announceQueueChange } from '../patch-core/workflow-events';
import {
  auditInsertSql,
  auditNotifySql,
  columnsSql,
  isUuid,
  NOW,
  pickColumns,
  queueChangeSql,
} from '../patch-core/workflow-sql';
import { leaseUsableSql } from './claim-candidates';
import { type LeaseDto, leaseSelect } from './queue.dto';

const leaseLost = (leaseId: string) =>
  new DomainError('LEASE_LOST', 'Your lease on this patch has ended; claim work again', { leaseId });

/** Puts the patch where it belongs once a lease (not a submission) ends; call with the patch locked. */
export async function settlePatchAfterLeaseEnd(tx: Tx, patch: LockedPatch, endedLeaseId: string | null) {
  const event = leaseEndEvent({
    otherActiveLeases: await activeLeaseCount(tx, patch.id, endedLeaseId ?? undefined),
    pendingReturnedWork: await hasPendingReturnedWork(tx, patch.id),
    submittedCount: patch.submittedCount,
  });
  const status = nextPatchStatus(patch.status, event);
  await tx.patch.update({
    where: { id: patch.id },
    data: { status, lastServedAt: new Date(), version: { increment: 1 } },
    select: { id: true },
  });
  return status;
}

/** Loads the viewer's live lease with its patch locked, or LEASE_LOST. */
async function lockOwnLiveLease(tx: Tx, actor: Actor, leaseId: string) {
  const lease = await tx.workLease.findUnique({ where: { id: leaseId }, select: leaseSelect });
  if (!lease || lease.userId !== actor.id) throw notFound('Lease', leaseId);
  const patch = await lockPatch(prismaSql(tx), lease.patchId);
  if (!patch) throw notFound('Patch', lease.patchId);
  const fresh = await tx.workLease.findUniqueOrThrow({ where: { id: leaseId }, select: leaseSelect });
  if (fresh.endedAt || fresh.expiresAt <= new Date()) throw leaseLost(leaseId);
  return { lease: fresh, patch };
}

/**
 * Extends a live lease by the lease length: one statement, no transaction. Heartbeats are not
 * audited (the lease's lifecycle is: claim, submit, release, skip, expiry); the lease row keeps the
 * last one in heartbeatAt. A lease on a patch that can no longer take a submission is not kept
 * alive (LEASE_LOST; the next claim drops it).
 */
export async function heartbeat(deps: WorkflowDeps, actor: Actor, leaseId: string): Promise<LeaseDto> {
  if (!isUuid(leaseId)) throw notFound('Lease', leaseId);
  const rows = await deps.db.$queryRaw<Record<string, unknown>[]>`
    with beat as (
      update "WorkLease" set "heartbeatAt" = ${NOW}, "expiresAt" = ${NOW} + make_interval(secs => ${deps.leaseSeconds})
      where id = ${leaseId}::uuid and "userId" = ${actor.id}::uuid and "endedAt" is null and "expiresAt" > ${NOW}
        and exists (select 1 from "Patch" p where p.id = "WorkLease"."patchId" and ${leaseUsableSql('p')})
      returning *
    )
    select ${columnsSql('b', leaseSelect, 'lease_')},
      (select l."userId" from "WorkLease" l where l.id = ${leaseId}::uuid) as "ownerId"
    from (select 1) one left join beat b on true`;
  const row = rows[0] ?? {};
  if (!row.lease_id) {
    if (row.ownerId !== actor.id) throw notFound('Lease', leaseId);
    throw leaseLost(leaseId);
  }
  return pickColumns<LeaseDto>(row, leaseSelect, 'lease_');
}

/** How long a lease outlives the tab that held it (leaveLease): long enough for a reload. */
export const LEAVE_GRACE_SECONDS = 30;

/**
 * The tab holding the lease is going away (closed, or reloading): the lease now ends within
 * LEAVE_GRACE_SECONDS instead of LEASE_SECONDS. A reload claims again meanwhile and resumes it (and
 * its heartbeat extends it again); a closed tab's patch returns to the queue half a minute later.
 * Never lengthens a lease; a lease that already ended is left alone.
 */
export async function leaveLease(deps: WorkflowDeps, actor: Actor, leaseId: string): Promise<LeaseDto> {
  if (!isUuid(leaseId)) throw notFound('Lease', leaseId);
  const rows = await deps.db.$queryRaw<Record<string, unknown>[]>`
    with left_lease as (
      update "WorkLease"
      set "expiresAt" = least("expiresAt", ${NOW} + make_interval(secs => ${LEAVE_GRACE_SECONDS}))
      where id = ${leaseId}::uuid and "userId" = ${actor.id}::uuid and "endedAt" is null and "expiresAt" > ${NOW}
      returning *
    )
    select ${columnsSql('b', leaseSelect, 'lease_')},
      (select l."userId" from "WorkLease" l where l.id = ${leaseId}::uuid) as "ownerId"
    from (select 1) one left join left_lease b on true`;
  const row = rows[0] ?? {};
  if (!row.lease_id) {
    if (row.ownerId !== actor.id) throw notFound('Lease', leaseId);
    throw leaseLost(leaseId);
  }
  return pickColumns<LeaseDto>(row, leaseSelect, 'lease_');
}

async function endOwnLease(
  deps: WorkflowDeps,
  actor: Actor,
  leaseId: string,
  reason: Extract<LeaseEnd, 'RELEASED' | 'SKIPPED'>,
  skipReason: string | null,
): Promise<LeaseDto> {
  return deps.db.$transaction((tx) => endLiveLease(tx, deps, actor, leaseId, reason, skipReason));
}

/** Ends the viewer's live lease inside the caller's transaction and settles its patch. */
export async function endLiveLease(
  tx: Tx,
  deps: WorkflowDeps,
  actor: Actor,
  leaseId: string,
  reason: Extract<LeaseEnd, 'RELEASED' | 'SKIPPED'>,
  skipReason: string | null,
): Promise<LeaseDto> {
  const { patch } = await lockOwnLiveLease(tx, actor, leaseId);
  if (
    reason === 'SKIPPED' &&
    patch.status === 'IN_PROGRESS' &&
    (await isOwnReturnedWork(tx, patch.id, actor.id))
  ) {
    throw new DomainError('INVALID_TRANSITION', 'Returned work cannot be skipped; release it instead', {
      leaseId,
    });
  }
  const lease = await tx.workLease.update({
    where: { id: leaseId },
    data: { endedAt: new Date(), endReason: reason, skipReason },
    select: leaseSelect,
  });
  // a lease on a patch that moved on without it (dead) ends without moving the patch
  const status =
    patch.status === 'IN_PROGRESS' ? await settlePatchAfterLeaseEnd(tx, patch, leaseId) : patch.status;
  await recordAudit(tx, {
    actorId: actor.id,
    action: reason === 'SKIPPED' ? 'lease.skip' : 'lease.release',
    entityType: 'WorkLease',
    entityId: leaseId,
    after: { patchId: patch.id, patchStatus: status, skipReason },
    requestId: deps.requestId,
  });
  await announceQueueChange(tx, patch.datasetId);
  return lease;
}

/**
 * Ends a live lease whose patch can no longer take its holder's submission (not in progress: k
 * others submitted it, or it was archived), so it is neither resumed by claimNext nor left to
 * expire. The patch is locked and re-checked; its status stays (only an in-progress patch settles
 * when a lease ends). True when the lease was dropped.
 */
export async function dropDeadLease(
  sql: SqlClient,
  lease: { actorId: string; leaseId: string; datasetId: string },
  requestId: string | null,
): Promise<boolean> {
  const id = Prisma.sql`${lease.leaseId}::uuid`;
  const rows = await sql.rows<{ id: string }>(Prisma.sql`
    with target as (
      select p.id, p.status from "WorkLease" l join "Patch" p on p.id = l."patchId"
      where l.id = ${id} and l."userId" = ${lease.actorId}::uuid and l."endedAt" is null
        and not ${leaseUsableSql('p')}
      for update of p
    ), dropped as (
      update "WorkLease" l set "endedAt" = ${NOW}, "endReason" = 'RELEASED'
      from target t where l.id = ${id} and l."endedAt" is null
      returning l.id, l."patchId", t.status::text as "patchStatus"
    ), audit as (${auditInsertSql(
      Prisma.sql`select ${lease.actorId}::uuid as "actorId", 'lease.drop' as action, 'WorkLease' as "entityType",
        d.id::text as "entityId", null::jsonb as before,
        jsonb_build_object('patchId', d."patchId", 'patchStatus', d."patchStatus") as after
      from dropped d`,
      requestId,
    )})
    select a."entityId" as id, ${auditNotifySql('a')}, ${queueChangeSql(lease.datasetId)} from audit a`);
  return rows.length > 0;
}

async function isOwnReturnedWork(tx: Tx, patchId: string, userId: string): Promise<boolean> {
  const own = await tx.annotation.findFirst({
    where: { patchId, authorId: userId, status: { in: ['REJECTED', 'DRAFT'] }, returnComment: { not: null } },
    select: { id: true },
  });
  return own !== null;
}

/** Gives the patch back to the queue; drafts are kept. */
export const releaseLease = (deps: WorkflowDeps, actor: Actor, leaseId: string) =>
  endOwnLease(deps, actor, leaseId, 'RELEASED', null);

/** Gives the patch back and never serves it to this annotator again. */
export const skipPatch = (deps: WorkflowDeps, actor: Actor, leaseId: string, reason: string) =>
  endOwnLease(deps, actor, leaseId, 'SKIPPED', reason);

/**
 * Ends leases whose expiry has passed and returns their patches to the queue. Claims also treat
 * expired leases as gone (lazily), so this only keeps counts and presence honest.
 */
export async function sweepExpiredLeases(
  db: Db,
  actorId: string | null = null,
  limit = 500,
): Promise<number> {
  const expired = await db.workLease.findMany({
    where: { endedAt: null, expiresAt: { lte: new Date() } },
    select: { patchId: true },
    distinct: ['patchId'],
    take: limit,
  });
  let ended = 0;
  for (const { patchId } of expired) {
    ended += await db.$transaction(async (tx) => {
      const patch = await lockPatch(prismaSql(tx), patchId);
      if (!patch) return 0;
      const { count } = await tx.workLease.updateMany({
        where: { patchId, endedAt: null, expiresAt: { lte: new Date() } },
        data: { endedAt: new Date(), endReason: 'EXPIRED' },
      });
      if (count === 0) return 0;
      if (patch.status === 'IN_PROGRESS') await settlePatchAfterLeaseEnd(tx, patch, null);
      await recordAudit(tx, {
        actorId,
        action: 'lease.expire',
        entityType: 'Patch',
        entityId: patchId,
        after: { expiredLeases: count },
      });
      await announceQueueChange(tx, patch.datasetId);
      return count;
    });
  }
  return ended;
}
