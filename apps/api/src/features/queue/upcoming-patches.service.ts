import { type Db, Prisma } from '@hep2/db';
import { notFound } from '../../shared/domain-error';
import { type PatchDto, patchSelect } from '../datasets/datasets.dto';
import type { Actor } from '../patch-core/workflow-deps';
import { NOW } from '../patch-core/workflow-sql';
import { candidateBranches } from './claim-candidates';
import type { ProposalDto } from './queue.dto';
import { activeProposal } from './work-item.service';

export const UPCOMING_MAX = 5;

/** The probability map sits beside the prediction's mask (objectKeys.predictionProbability). */
export const probabilityKeyOf = (maskKey: string | null) =>
  maskKey?.endsWith('.png') ? `${maskKey.slice(0, -'.png'.length)}.prob.png` : null;

/** A patch claimNext would probably serve this annotator soon, with what the editor loads for it. */
export interface UpcomingPatchDto {
  patch: PatchDto;
  proposal: ProposalDto | null;
  /** Which branch of the queue order it comes from. */
  queue: 'RETURNED' | 'STARTED' | 'QUEUED';
}

interface CandidateRow {
  id: string;
  queue: UpcomingPatchDto['queue'];
}

/**
 * The first `first` patches in claimNext's order (the same branches, from claim-candidates.ts),
 * read-only: no lease, no lock, nothing written, so the editor can prefetch their images while the
 * annotator works. The patch they hold now is left out (it is done by the time they claim again). A
 * guess, not a reservation: another annotator may claim one first; claimNext stays the authority.
 */
export async function upcomingPatches(
  db: Db,
  actor: Actor,
  datasetId: string,
  first: number,
): Promise<UpcomingPatchDto[]> {
  const dataset = await db.dataset.findUnique({
    where: { id: datasetId },
    select: { annotatorsPerPatch: true, archivedAt: true },
  });
  if (!dataset || dataset.archivedAt) throw notFound('Dataset', datasetId);
  const n = Math.min(UPCOMING_MAX, Math.max(1, Math.trunc(first)));
  // Each branch of claimNext's order (claim-candidates.ts), unlocked, its first n in that order.
  const branches = candidateBranches({ datasetId, userId: actor.id, k: dataset.annotatorsPerPatch }).map(
    (branch, i) => Prisma.sql`(
      select p.id, ${branch.queue}::text as queue, ${i}::int as branch,
        row_number() over (order by ${branch.order}) as rank
      ${branch.from} and p.id not in (select "patchId" from held)
      order by ${branch.order} limit ${n})`,
  );
  const rows = await db.$queryRaw<CandidateRow[]>`
    with held as (
      select l."patchId" from "WorkLease" l
      where l."userId" = ${actor.id}::uuid and l."endedAt" is null and l."expiresAt" > ${NOW}
    )
    select id, queue from (${Prisma.join(branches, ' union all ')}) c
    order by branch, rank limit ${n}`;
  if (rows.length === 0) return [];
  const patches = await db.patch.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: patchSelect,
  });
  const byId = new Map(patches.map((p) => [p.id, p]));
  const proposals = await Promise.all(rows.map((r) => activeProposal(db, r.id)));
  return rows.flatMap((row, i) => {
    const patch = byId.get(row.id);
    return patch ? [{ patch, proposal: proposals[i] ?? null, queue: row.queue }] : [];
  });
}
