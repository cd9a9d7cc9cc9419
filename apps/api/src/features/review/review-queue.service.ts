import type { Db } from '@hep2/db';
import { type PatchDto, patchSelect } from '../datasets/datasets.dto';
import type { Actor } from '../patch-core/workflow-deps';
import { notLabelledBy } from './review-policy';

export type ReviewFilter = 'ALL' | 'LOW_AGREEMENT' | 'CONTRADICTS_SPECIMEN';

/**
 * Submitted patches for curators: low agreement first, then specimen contradictions, then oldest.
 * Without ALLOW_SELF_REVIEW, patches the curator labelled are left out (someone else reviews them).
 */
export function reviewQueue(
  db: Db,
  reviewer: { actor: Actor; allowSelfReview: boolean },
  datasetId: string,
  filter: ReviewFilter,
  page: { offset: number; limit: number },
): Promise<PatchDto[]> {
  return db.patch.findMany({
    where: {
      datasetId,
      status: 'SUBMITTED',
      ...(reviewer.allowSelfReview ? {} : notLabelledBy(reviewer.actor.id)),
      ...(filter === 'LOW_AGREEMENT' ? { lowAgreement: true } : {}),
      ...(filter === 'CONTRADICTS_SPECIMEN' ? { contradictsSpecimen: true } : {}),
    },
    select: patchSelect,
    orderBy: [{ lowAgreement: 'desc' }, { contradictsSpecimen: 'desc' }, { updatedAt: 'asc' }, { id: 'asc' }],
    skip: page.offset,
    take: page.limit,
  });
}
