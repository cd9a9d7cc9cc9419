import type { Tx } from '@hep2/db';
import type { LockedPatch } from './patch-lock';
import { RESERVE_COOLDOWN_SECONDS } from './workflow-deps';

/*
 * Queue order for claimNext, first match wins:
 *  1. returned work: patches a curator sent back to this annotator, oldest first;
 *  2. started patches with room: consensus patches short of k annotators, or patches whose lease
 *     expired - most-annotated first, then priority;
 *  3. queued patches by priority (the acquisition score when one exists), then creation order (the
 *     import order: specimen by specimen, row by row), skipping patches served in the last
 *     RESERVE_COOLDOWN_SECONDS.
 * A patch is never served to someone who holds it, skipped it or already submitted it.
 *
 * One statement, three locking CTEs: a CTE is only run as far as its rows are pulled, so once an
 * earlier branch yields a row the later ones never run (and lock nothing). FOR UPDATE SKIP LOCKED
 * makes concurrent claims pass over each other's candidates instead of waiting or sharing them.
 */
export async function lockNextCandidate(
  tx: Tx,
  datasetId: string,
  userId: string,
  k: number,
): Promise<LockedPatch | null> {
  const rows = await tx.$queryRaw<LockedPatch[]>`
    with returned as (
      select p.id, p."datasetId", p."specimenId", p.status, p."submittedCount", p.width, p.height, ${k}::int as "annotatorsPerPatch"
      from "Patch" p join "Annotation" a on a."patchId" = p.id
      where p."datasetId" = ${datasetId}::uuid and p.status = 'RETURNED'
        and a."authorId" = ${userId}::uuid and a.status in ('REJECTED', 'DRAFT') and a."returnComment" is not null
      order by p."updatedAt", p.id
      limit 1 for update of p skip locked
    ), started as (
      select p.id, p."datasetId", p."specimenId", p.status, p."submittedCount", p.width, p.height, ${k}::int as "annotatorsPerPatch"
      from "Patch" p
      where p."datasetId" = ${datasetId}::uuid and p.status = 'IN_PROGRESS'
        and p."submittedCount" + (
          select count(*) from "WorkLease" l
          where l."patchId" = p.id and l."endedAt" is null and l."expiresAt" > now()) < ${k}
        and not exists (
          select 1 from "WorkLease" l where l."patchId" = p.id and l."userId" = ${userId}::uuid
            and (l."endReason" in ('SKIPPED', 'SUBMITTED') or (l."endedAt" is null and l."expiresAt" > now())))
        and not exists (
          select 1 from "Annotation" a where a."patchId" = p.id and a."authorId" = ${userId}::uuid
            and a.status in ('SUBMITTED', 'APPROVED', 'REJECTED'))
      order by p."submittedCount" desc, p.priority desc, p."createdAt", p.id
      limit 1 for update of p skip locked
    ), queued as (
      select p.id, p."datasetId", p."specimenId", p.status, p."submittedCount", p.width, p.height, ${k}::int as "annotatorsPerPatch"
      from "Patch" p
      where p."datasetId" = ${datasetId}::uuid and p.status = 'QUEUED'
        and (p."lastServedAt" is null or p."lastServedAt" < now() - make_interval(secs => ${RESERVE_COOLDOWN_SECONDS}))
        and not exists (
          select 1 from "WorkLease" l
          where l."patchId" = p.id and l."userId" = ${userId}::uuid and l."endReason" = 'SKIPPED')
      order by p.priority desc, p."createdAt", p.id
      limit 1 for update of p skip locked
    )
    select * from returned
    union all select * from started
    union all select * from queued
    limit 1`;
  return rows[0] ?? null;
}

/**
 * Locks the annotator's row (one claim per annotator at a time: two tabs claiming together must not
 * get two patches) and returns their live lease in this dataset, if any.
 */
export async function lockAnnotatorLease(tx: Tx, datasetId: string, userId: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ leaseId: string | null }[]>`
    select (
      select l.id from "WorkLease" l join "Patch" p on p.id = l."patchId"
      where l."userId" = u.id and l."endedAt" is null and l."expiresAt" > now() and p."datasetId" = ${datasetId}::uuid
      order by l."createdAt" desc limit 1
    ) as "leaseId"
    from "User" u where u.id = ${userId}::uuid
    for no key update of u`;
  return rows[0]?.leaseId ?? null;
}
