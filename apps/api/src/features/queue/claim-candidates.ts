import { Prisma, type SqlClient } from '@hep2/db';
import { NOW } from '../patch-core/workflow-sql';

/**
 * A patch whose lease ended (released, skipped) or that was just handed out is not served again to
 * the next annotator within this many seconds, so an item nobody wants does not bounce at the head
 * of the queue.
 */
export const RESERVE_COOLDOWN_SECONDS = 30;

/*
 * Queue order for claimNext, first match wins:
 *  1. returned work: patches a curator sent back to this annotator, oldest first;
 *  1b. when the claim drew the dataset's gold rate: a gold patch this annotator has not seen
 *     (goldBranch; served blind, the patch does not move);
 *  2. started patches with room: consensus patches short of their k annotators (the dataset's k, at
 *     least 2 for a patch picked for double labelling), or patches whose lease
 *     expired - most-annotated first, then priority;
 *  3. queued patches by priority (the acquisition score when one exists), then creation order (the
 *     import order: specimen by specimen, row by row), skipping patches served in the last
 *     RESERVE_COOLDOWN_SECONDS.
 * A patch is never served to someone who holds it, skipped it or already submitted it.
 * claimNext (claim-statement.ts) and read-only previews of the queue build on candidateBranches, so
 * they cannot drift apart.
 */

export interface CandidateQuery {
  datasetId: string;
  userId: string;
  /** The dataset's consensus k. */
  k: number;
  /** Serve a gold patch first, when one is left for this annotator (the claim drew the gold rate). */
  gold?: boolean;
}

/**
 * How many annotators a patch needs: the dataset's k, and at least 2 for a patch picked for double
 * labelling (`alias` is the patch table's alias).
 */
export const neededAnnotatorsSql = (k: number, alias = 'p') =>
  Prisma.sql`greatest(${k}::int, case when ${Prisma.raw(alias)}."doubleLabel" then 2 else 1 end)`;

/**
 * A lease on this patch can take its holder's submission: the patch is in progress, or it is a gold
 * patch (approved; served blind, scored, never moved on by a lease).
 */
export const leaseUsableSql = (alias: string) => {
  const p = Prisma.raw(alias);
  return Prisma.sql`(${p}.status = 'IN_PROGRESS' or (${p}.status = 'APPROVED' and ${p}."goldAt" is not null))`;
};

export interface CandidateBranch {
  queue: 'RETURNED' | 'STARTED' | 'QUEUED';
  /** `from "Patch" p where ...` (the patch table is always aliased p). */
  from: Prisma.Sql;
  /** The branch's order, without `order by`. */
  order: Prisma.Sql;
}

/** Branch 1 alone: the patches a curator returned to this annotator. */
export const returnedBranch = (datasetId: string, userId: string): CandidateBranch =>
  candidateBranches({ datasetId, userId, k: 1 })[0] as CandidateBranch;

export function candidateBranches({ datasetId, userId, k }: CandidateQuery): CandidateBranch[] {
  const dataset = Prisma.sql`p."datasetId" = ${datasetId}::uuid`;
  const user = Prisma.sql`${userId}::uuid`;
  return [
    {
      queue: 'RETURNED',
      from: Prisma.sql`from "Patch" p where ${dataset} and p.status = 'RETURNED'
        and exists (
          select 1 from "Annotation" a where a."patchId" = p.id and a."authorId" = ${user}
            and a.status in ('REJECTED', 'DRAFT') and a."returnComment" is not null)`,
      order: Prisma.sql`p."updatedAt", p.id`,
    },
    {
      queue: 'STARTED',
      from: Prisma.sql`from "Patch" p where ${dataset} and p.status = 'IN_PROGRESS'
        and p."submittedCount" + (
          select count(*) from "WorkLease" l
          where l."patchId" = p.id and l."endedAt" is null and l."expiresAt" > ${NOW}) < ${neededAnnotatorsSql(k)}
        and not exists (
          select 1 from "WorkLease" l where l."patchId" = p.id and l."userId" = ${user}
            and (l."endReason" in ('SKIPPED', 'SUBMITTED') or (l."endedAt" is null and l."expiresAt" > ${NOW})))
        and not exists (
          select 1 from "Annotation" a where a."patchId" = p.id and a."authorId" = ${user}
            and a.status in ('SUBMITTED', 'APPROVED', 'REJECTED'))`,
      order: Prisma.sql`p."submittedCount" desc, p.priority desc, p."createdAt", p.id`,
    },
    {
      queue: 'QUEUED',
      from: Prisma.sql`from "Patch" p where ${dataset} and p.status = 'QUEUED'
        and (p."lastServedAt" is null
          or p."lastServedAt" < ${NOW} - make_interval(secs => ${RESERVE_COOLDOWN_SECONDS}))
        and not exists (
          select 1 from "WorkLease" l
          where l."patchId" = p.id and l."userId" = ${user} and l."endReason" = 'SKIPPED')`,
      order: Prisma.sql`p.priority desc, p."createdAt", p.id`,
    },
  ];
}

/**
 * Gold patches (approved, marked by a curator) this annotator has neither held nor labelled, in an
 * order of their own (so two annotators do not meet them in the same order). Served only when the
 * claim drew the dataset's gold rate, after returned work; the patch itself does not move.
 */
export function goldBranch({ datasetId, userId }: CandidateQuery): CandidateBranch {
  const user = Prisma.sql`${userId}::uuid`;
  return {
    queue: 'QUEUED',
    from: Prisma.sql`from "Patch" p where p."datasetId" = ${datasetId}::uuid and p.status = 'APPROVED'
      and p."goldAt" is not null
      and not exists (select 1 from "WorkLease" l where l."patchId" = p.id and l."userId" = ${user})
      and not exists (select 1 from "Annotation" a where a."patchId" = p.id and a."authorId" = ${user})`,
    order: Prisma.sql`md5(p.id::text || ${userId}::text), p.id`,
  };
}

/**
 * CTEs `returned`, `gold`, `started`, `queued` and `candidate`: the first patch in queue order, row-locked.
 * A CTE is only run as far as its rows are pulled, so once an earlier branch yields a row the later
 * ones never run (and lock nothing). FOR UPDATE SKIP LOCKED makes concurrent claims pass over each
 * other's candidates instead of waiting for or sharing them.
 *
 * `candidate.current` is false when another transaction committed a change to the patch after this
 * statement's snapshot was taken but before its lock was granted: Postgres then re-checks the
 * branch's conditions on the new row, but its subqueries (the live lease count of "started") still
 * read the old snapshot, so a patch whose last slot was just taken would pass. Every lease change
 * bumps `Patch.version`, so an unchanged version means the snapshot's counts are exact; a changed
 * one means the claim must run again with a fresh snapshot (it still holds the lock, so nothing
 * else can move that patch meanwhile).
 */
export function lockedCandidateCtes(query: CandidateQuery): Prisma.Sql {
  const pick = (b: CandidateBranch) =>
    Prisma.sql`select p.id, p.status, p.version, p."goldAt" is not null as gold ${b.from}
      order by ${b.order} limit 1 for update of p skip locked`;
  const [returned, started, queued] = candidateBranches(query).map(pick) as [
    Prisma.Sql,
    Prisma.Sql,
    Prisma.Sql,
  ];
  const gold = query.gold
    ? pick(goldBranch(query))
    : Prisma.sql`select null::uuid, null::"PatchStatus", null::int, false where false`;
  return Prisma.sql`returned as (${returned}), gold as (${gold}), started as (${started}), queued as (${queued}),
    locked as (
      select * from returned union all select * from gold union all select * from started
      union all select * from queued limit 1),
    candidate as (
      select l.id, l.status, l.gold,
        l.version = (select seen.version from "Patch" seen where seen.id = l.id) as current
      from locked l)`;
}

export interface AnnotatorClaimState {
  annotatorsPerPatch: number;
  /** Dataset settings: the share of patches labelled twice, the chance a claim serves gold. */
  doubleLabelShare: number;
  goldRate: number;
  archived: boolean;
  /** Their live lease in this dataset, resumed instead of claiming a new patch. */
  leaseId: string | null;
  /** They have written something (a draft or more) on the leased patch. */
  leaseHasOwnWork: boolean;
  /**
   * The leased patch can still take their submission (it is in progress). False once it moved on
   * without them (k others submitted, it was archived): such a lease is dropped, never resumed.
   */
  leaseUsable: boolean;
  /** A curator returned one of their patches in this dataset (other than the leased one). */
  returnedWaiting: boolean;
}

/**
 * Locks the annotator's row (one claim per annotator at a time: two tabs claiming together must not
 * get two patches) and returns their live lease in this dataset and the dataset's k; null when the
 * dataset does not exist. Its own statement on purpose: the claim statement that follows takes a
 * fresh snapshot, so it sees a lease that a concurrent claim of the same annotator just committed.
 */
export async function lockAnnotator(
  sql: SqlClient,
  datasetId: string,
  userId: string,
): Promise<AnnotatorClaimState | null> {
  const rows = await sql.rows<AnnotatorClaimState>(Prisma.sql`
    with live as (
      select l.id, l."patchId", ${leaseUsableSql('p')} as usable
      from "WorkLease" l join "Patch" p on p.id = l."patchId"
      where l."userId" = ${userId}::uuid and l."endedAt" is null and l."expiresAt" > ${NOW}
        and p."datasetId" = ${datasetId}::uuid
      order by l."createdAt" desc limit 1
    )
    select d."annotatorsPerPatch", d."doubleLabelShare", d."goldRate", d."archivedAt" is not null as archived,
      (select id from live) as "leaseId", coalesce((select usable from live), false) as "leaseUsable",
      exists (
        select 1 from "Annotation" a join live on a."patchId" = live."patchId"
        where a."authorId" = u.id) as "leaseHasOwnWork",
      exists (
        select 1 ${returnedBranch(datasetId, userId).from}
          and p.id is distinct from (select "patchId" from live)) as "returnedWaiting"
    from "Dataset" d join "User" u on u.id = ${userId}::uuid
    where d.id = ${datasetId}::uuid
    for no key update of u`);
  return rows[0] ?? null;
}
