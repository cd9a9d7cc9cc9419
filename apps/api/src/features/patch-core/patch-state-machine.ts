import type { PatchStatus } from '@hep2/db';
import { DomainError } from '../../shared/domain-error';

/**
 * What can happen to a patch. Lease endings are split by outcome so that every edge of the
 * workflow is one explicit entry in the table below (and one unit test).
 */
export type PatchEvent =
  /** an annotator is given the patch under a lease (fresh, consensus k > 1, or returned work) */
  | 'claim'
  /** a submission that leaves the patch short of its k annotations */
  | 'submitPartial'
  /** the k-th submission (or a returned annotation resubmitted): ready for review */
  | 'submitFinal'
  /** last lease ended (released, skipped, expired) with nothing submitted: back in the queue */
  | 'requeue'
  /** a lease ended while others still hold the patch or some submissions exist */
  | 'keepInProgress'
  /** a returned annotation's author let go of its lease: the work stays theirs */
  | 'backToAuthor'
  | 'approve'
  | 'editApprove'
  | 'reject'
  | 'archive'
  | 'restore';

/**
 * QUEUED -> IN_PROGRESS -> SUBMITTED -> APPROVED, with RETURNED -> IN_PROGRESS -> SUBMITTED for work
 * a curator sent back. Anything not listed is refused with INVALID_TRANSITION.
 */
export const patchTransitions: Readonly<Record<PatchStatus, Partial<Record<PatchEvent, PatchStatus>>>> = {
  QUEUED: { claim: 'IN_PROGRESS', archive: 'ARCHIVED' },
  IN_PROGRESS: {
    claim: 'IN_PROGRESS',
    submitPartial: 'IN_PROGRESS',
    submitFinal: 'SUBMITTED',
    requeue: 'QUEUED',
    keepInProgress: 'IN_PROGRESS',
    backToAuthor: 'RETURNED',
    archive: 'ARCHIVED',
  },
  SUBMITTED: { approve: 'APPROVED', editApprove: 'APPROVED', reject: 'RETURNED', archive: 'ARCHIVED' },
  // reject again: with k > 1 a second annotation of an already returned patch may be sent back too
  RETURNED: { claim: 'IN_PROGRESS', editApprove: 'APPROVED', reject: 'RETURNED', archive: 'ARCHIVED' },
  APPROVED: { archive: 'ARCHIVED' },
  ARCHIVED: { restore: 'QUEUED' },
};

/** The status after `event`, or INVALID_TRANSITION naming both. */
export function nextPatchStatus(from: PatchStatus, event: PatchEvent): PatchStatus {
  const to = patchTransitions[from][event];
  if (!to) {
    throw new DomainError('INVALID_TRANSITION', `A ${from.toLowerCase()} patch cannot ${event}`, {
      from,
      event,
    });
  }
  return to;
}

export interface LeaseEndFacts {
  /** other annotators still hold live leases on the patch */
  otherActiveLeases: number;
  /** a rejected annotation is waiting for its author */
  pendingReturnedWork: boolean;
  submittedCount: number;
}

/** Which lease-ending event applies; drafts alone do not keep a patch off the queue. */
export function leaseEndEvent(facts: LeaseEndFacts): PatchEvent {
  if (facts.otherActiveLeases > 0) return 'keepInProgress';
  if (facts.pendingReturnedWork) return 'backToAuthor';
  if (facts.submittedCount > 0) return 'keepInProgress';
  return 'requeue';
}
