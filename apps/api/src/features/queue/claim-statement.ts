import { Prisma, type SqlClient } from '@hep2/db';
import { z } from 'zod';
import { statementRow } from '../../shared/sql';
import { type PatchDto, patchSelect } from '../datasets/datasets.dto';
import {
  auditInsertSql,
  auditNotifySql,
  columnsSql,
  isoSql,
  NOW,
  pickColumns,
  queueChangeSql,
  transitionSql,
} from '../patch-core/workflow-sql';
import { type CandidateQuery, lockedCandidateCtes } from './claim-candidates';
import { type LeaseDto, leaseSelect } from './queue.dto';

/**
 * How recently someone else must have worked on the dataset for a patch to be doubled: a lease of
 * theirs on one of its patches that was live within this many hours (claimed, heartbeat or
 * submitted; the lease's deadline is within the window or later). A doubled patch waits for a
 * second person, so with nobody else around it would wait forever.
 */
export const ACTIVE_ANNOTATOR_HOURS = 24;

/**
 * Whether a patch taken fresh from the queue is labelled twice: the patches taken so far (those
 * past the queue) are counted in the order the queue served them, and the n-th is doubled when
 * floor(share * n) grows, so the doubled ones spread evenly along the acquisition order (every
 * 10th at 10 %) instead of being drawn at random from patches nobody may ever reach. Only while the
 * dataset has at least two active annotators: the claimer and someone else (an active account)
 * who held a lease on one of its patches in the last ACTIVE_ANNOTATOR_HOURS. A lone annotator gets
 * through every patch; the positions passed while they were alone are not made up later (no burst
 * of doubled patches when a second person arrives). Concurrent claims can see the same count: the
 * share is then met approximately. Evaluated only for a fresh patch of a dataset with k = 1 and a
 * share above 0 (one count over the dataset's labelled patches; patches approved by a curated
 * import, which nobody took from the queue, do not count).
 */
function doubleLabelSql(query: {
  datasetId: string;
  userId: string;
  k: number;
  doubleLabelShare: number;
}): Prisma.Sql {
  if (query.k >= 2 || !(query.doubleLabelShare > 0)) return Prisma.sql`false`;
  const share = Prisma.sql`${query.doubleLabelShare}::float8`;
  return Prisma.sql`(exists (
      select 1 from "WorkLease" ol join "Patch" op on op.id = ol."patchId" join "User" ou on ou.id = ol."userId"
      where ol."expiresAt" > ${NOW} - make_interval(hours => ${ACTIVE_ANNOTATOR_HOURS})
        and op."datasetId" = ${query.datasetId}::uuid and ol."userId" <> ${query.userId}::uuid and ou.active)
    and (select floor(${share} * (count(*) + 1) + 1e-9) > floor(${share} * count(*) + 1e-9)
      from "Patch" x where x."datasetId" = ${query.datasetId}::uuid
        and x.status in ('IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'APPROVED')
        and (x.status = 'IN_PROGRESS' or x."submittedCount" > 0)))`;
}

/** The columns of the statement's one row the code reads (lease and patch: pickColumns). */
const claimRowSchema = z.looseObject({
  stale: z.boolean(),
  lease_id: z.string().nullable(),
  hasProposal: z.boolean().nullable(),
  hasDraft: z.boolean().nullable(),
});

export interface ClaimedPatch {
  lease: LeaseDto;
  patch: PatchDto;
  /** Whether the active model proposed something / the annotator has a draft: fetched only then. */
  hasProposal: boolean;
  hasDraft: boolean;
}

/** The claim statement's outcome: `stale` when its candidate changed under it (run it again). */
export type ClaimOutcome = ClaimedPatch | 'stale' | null;

/**
 * The whole claim in one statement: pick and lock the next candidate, end its leases that ran out
 * without a sweep, open the lease, move the patch on (state machine's `claim` edge), append the
 * audit row and publish the audit and queue events. Null when nothing is left for this annotator;
 * 'stale' (nothing written) when the candidate changed after the statement's snapshot, whose lease
 * count can then be short (see lockedCandidateCtes). Runs inside the transaction that locked the
 * annotator (lockAnnotator), as its last statement.
 */
export async function claimCandidate(
  sql: SqlClient,
  query: CandidateQuery & {
    leaseSeconds: number;
    requestId: string | null;
    /** Dataset.doubleLabelShare: a fresh patch is doubled while the doubled share is below it. */
    doubleLabelShare: number;
  },
): Promise<ClaimOutcome> {
  const user = Prisma.sql`${query.userId}::uuid`;
  const rows = await sql.finalRows<Record<string, unknown>>(Prisma.sql`
    with ${lockedCandidateCtes(query)},
    usable as (select c.id, c.status, c.gold from candidate c where c.current),
    expired as (
      update "WorkLease" l set "endedAt" = ${NOW}, "endReason" = 'EXPIRED'
      from usable c
      where l."patchId" = c.id and c.status = 'IN_PROGRESS' and l."endedAt" is null and l."expiresAt" <= ${NOW}
      returning l.id
    ), lease as (
      insert into "WorkLease"(id, "patchId", "userId", "expiresAt")
      select gen_random_uuid(), c.id, ${user}, ${NOW} + make_interval(secs => ${query.leaseSeconds})
      from usable c
      returning *
    ), claimed as (
      update "Patch" p
      set status = case when c.gold then p.status else ${transitionSql(Prisma.sql`c.status`, 'claim')} end,
        "doubleLabel" = p."doubleLabel" or (c.status = 'QUEUED' and ${doubleLabelSql(query)}),
        "lastServedAt" = ${NOW}, version = p.version + 1, "updatedAt" = ${NOW}
      from usable c where p.id = c.id
      returning p.*, c.status::text as "previousStatus"
    ), audit as (${auditInsertSql(
      Prisma.sql`select ${user} as "actorId", 'patch.claim' as action, 'Patch' as "entityType",
        p.id::text as "entityId", jsonb_build_object('status', p."previousStatus") as before,
        jsonb_build_object('status', p.status, 'leaseId', l.id, 'expiresAt', ${isoSql(Prisma.sql`l."expiresAt"`)}) as after
      from claimed p cross join lease l`,
      query.requestId,
    )})
    select r.*, exists (select 1 from candidate c where not c.current) as stale
    from (select 1) one left join (
      select ${columnsSql('l', leaseSelect, 'lease_')}, ${columnsSql('p', patchSelect, 'patch_')},
        exists (
          select 1 from "Prediction" pr join "ModelVersion" mv on mv.id = pr."modelVersionId"
          where pr."patchId" = p.id and mv.status = 'ACTIVE') as "hasProposal",
        exists (
          select 1 from "Annotation" a where a."patchId" = p.id and a."authorId" = ${user}
            and a.status in ('DRAFT', 'REJECTED')) as "hasDraft",
        (select count(*) from expired) as "expiredLeases",
        ${auditNotifySql('a')}, ${queueChangeSql(query.datasetId)}
      from lease l cross join claimed p cross join audit a) r on true`);
  const row = statementRow('claim statement', claimRowSchema, rows[0]);
  if (row.stale === true) return 'stale';
  if (!row.lease_id) return null;
  return {
    lease: pickColumns<LeaseDto>(row, leaseSelect, 'lease_'),
    patch: pickColumns<PatchDto>(row, patchSelect, 'patch_'),
    hasProposal: row.hasProposal === true,
    hasDraft: row.hasDraft === true,
  };
}
