import type { Db } from '@hep2/db';
import { notFound } from '../../shared/domain-error';
import { type AnnotationDto, annotationSelect } from '../annotations/annotations.dto';
import { type PatchDto, patchSelect } from '../datasets/datasets.dto';
import type { Actor } from '../patch-core/workflow-deps';
import { type LeaseDto, leaseSelect, type ProposalDto, proposalSelect } from './queue.dto';

/** What an annotator needs to work on a patch: the lease, the patch, the model's proposal, its draft. */
export interface WorkItemDto {
  lease: LeaseDto;
  patch: PatchDto;
  proposal: ProposalDto | null;
  /** The annotator's own current annotation of the patch (draft, or returned work), if any. */
  draft: AnnotationDto | null;
  /** The curator's comment when this is returned work. */
  returnComment: string | null;
}

/** The latest prediction of the dataset's active model version for a patch. */
export function activeProposal(db: Db, patchId: string): Promise<ProposalDto | null> {
  return db.prediction.findFirst({
    where: { patchId, modelVersion: { status: 'ACTIVE' } },
    select: proposalSelect,
    orderBy: [{ modelVersion: { number: 'desc' } }, { createdAt: 'desc' }],
  });
}

/** The author's current (not superseded) annotation of a patch. */
export function ownAnnotation(db: Pick<Db, 'annotation'>, patchId: string, authorId: string) {
  return db.annotation.findFirst({
    where: { patchId, authorId, status: { not: 'SUPERSEDED' } },
    select: annotationSelect,
    orderBy: { createdAt: 'desc' },
  });
}

export async function loadWorkItem(db: Db, actor: Actor, leaseId: string): Promise<WorkItemDto> {
  const lease = await db.workLease.findUnique({ where: { id: leaseId }, select: leaseSelect });
  if (!lease || lease.userId !== actor.id) throw notFound('Lease', leaseId);
  const patch = await db.patch.findUniqueOrThrow({ where: { id: lease.patchId }, select: patchSelect });
  return completeWorkItem(db, actor, lease, patch);
}

/** Adds the model's proposal and the annotator's own draft to a lease and its patch. */
export async function completeWorkItem(
  db: Db,
  actor: Actor,
  lease: LeaseDto,
  patch: PatchDto,
): Promise<WorkItemDto> {
  const [proposal, own] = await Promise.all([
    activeProposal(db, patch.id),
    ownAnnotation(db, patch.id, actor.id),
  ]);
  const draft = own && (own.status === 'DRAFT' || own.status === 'REJECTED') ? own : null;
  return { lease, patch, proposal, draft, returnComment: draft?.returnComment ?? null };
}
