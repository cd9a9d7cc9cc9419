import type { Prisma, Tx } from '@hep2/db';
import { DomainError } from '../../shared/domain-error';
import type { Actor } from '../patch-core/workflow-deps';

/*
 * Four eyes: a curator does not review (approve, reject, edit-approve) a patch they labelled
 * themselves, so every approved label was seen by a second person. ALLOW_SELF_REVIEW=true lifts it
 * (a lab with a single curator who also labels).
 */

/** Annotations that make their author one of the patch's labellers (drafts and replaced work do not). */
const LABELLED: Prisma.AnnotationWhereInput['status'] = { in: ['SUBMITTED', 'APPROVED', 'REJECTED'] };

/** Patches the user did not label: the review queue shows a curator only what they may review. */
export const notLabelledBy = (userId: string): Prisma.PatchWhereInput => ({
  annotations: { none: { authorId: userId, status: LABELLED } },
});

/** SELF_REVIEW when the reviewer labelled the patch, unless the policy allows it. Call with the patch locked. */
export async function refuseSelfReview(
  tx: Tx,
  policy: { allowSelfReview: boolean },
  actor: Actor,
  patchId: string,
): Promise<void> {
  if (policy.allowSelfReview) return;
  const own = await tx.annotation.findFirst({
    where: { patchId, authorId: actor.id, status: LABELLED },
    select: { id: true },
  });
  if (own)
    throw new DomainError('SELF_REVIEW', 'You labelled this patch; another curator has to review it', {
      patchId,
      annotationId: own.id,
    });
}
