import { maskFromPng } from '../annotations/mask-codec';
import type { WorkflowDeps } from '../patch-core/workflow-deps';
import { dice } from './agreement';

/** The mask a patch was approved with: its key, and its pixels when the caller already has them. */
export interface ApprovedMask {
  annotationId: string;
  maskKey: string | null;
  pixels?: { data: Uint8Array } | null;
  /** The approved annotation is a submission approved as it was (approvePatch), not a curator's own. */
  asSubmitted: boolean;
}

/**
 * After an approval: Dice between each human submission's mask on the patch and the approved mask,
 * stored as Annotation.reviewDice - 1 where the curator kept it, lower the more they redrew. Written
 * after the commit: it is a derived figure (annotatorThroughput's meanReviewDice), and reading masks
 * from the object store inside the patch's lock would hold the lock for a round trip per mask. A
 * failure is logged and leaves the figure absent, never the approval undone.
 */
export async function recordReviewDice(deps: WorkflowDeps, patchId: string, approved: ApprovedMask) {
  try {
    if (!approved.maskKey) return;
    const submissions = await deps.db.annotation.findMany({
      where: {
        patchId,
        source: 'HUMAN',
        status: { in: ['SUBMITTED', 'APPROVED'] },
        submittedAt: { not: null },
        maskKey: { not: null },
        id: { not: approved.annotationId },
      },
      select: { id: true, maskKey: true },
    });
    // Approved as submitted: the annotator's own mask is the approved one.
    if (approved.asSubmitted)
      await deps.db.annotation.update({ where: { id: approved.annotationId }, data: { reviewDice: 1 } });
    if (submissions.length === 0) return;
    const final = approved.pixels ?? (await maskFromPng(await deps.store.get(approved.maskKey)));
    for (const submission of submissions) {
      const reviewDice =
        submission.maskKey === approved.maskKey
          ? 1
          : await diceAgainst(deps, submission.maskKey as string, final.data);
      if (reviewDice !== null)
        await deps.db.annotation.update({ where: { id: submission.id }, data: { reviewDice } });
    }
  } catch (error) {
    console.error(`review Dice of patch ${patchId} not recorded: ${(error as Error).message}`);
  }
}

async function diceAgainst(
  deps: WorkflowDeps,
  maskKey: string,
  approved: Uint8Array,
): Promise<number | null> {
  const mask = await maskFromPng(await deps.store.get(maskKey));
  return mask.data.length === approved.length ? dice(mask.data, approved) : null;
}
