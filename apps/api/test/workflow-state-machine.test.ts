import type { PatchStatus } from '@hep2/db';
import { describe, expect, it } from 'vitest';
import {
  leaseEndEvent,
  nextPatchStatus,
  type PatchEvent,
  patchTransitions,
} from '../src/features/patch-core/patch-state-machine';
import { DomainError } from '../src/shared/domain-error';

const allowed: [PatchStatus, PatchEvent, PatchStatus][] = [
  ['QUEUED', 'claim', 'IN_PROGRESS'],
  ['QUEUED', 'archive', 'ARCHIVED'],
  ['IN_PROGRESS', 'claim', 'IN_PROGRESS'],
  ['IN_PROGRESS', 'submitPartial', 'IN_PROGRESS'],
  ['IN_PROGRESS', 'submitFinal', 'SUBMITTED'],
  ['IN_PROGRESS', 'requeue', 'QUEUED'],
  ['IN_PROGRESS', 'keepInProgress', 'IN_PROGRESS'],
  ['IN_PROGRESS', 'backToAuthor', 'RETURNED'],
  ['IN_PROGRESS', 'archive', 'ARCHIVED'],
  ['SUBMITTED', 'approve', 'APPROVED'],
  ['SUBMITTED', 'editApprove', 'APPROVED'],
  ['SUBMITTED', 'reject', 'RETURNED'],
  ['SUBMITTED', 'archive', 'ARCHIVED'],
  ['RETURNED', 'claim', 'IN_PROGRESS'],
  ['RETURNED', 'editApprove', 'APPROVED'],
  ['RETURNED', 'reject', 'RETURNED'],
  ['RETURNED', 'archive', 'ARCHIVED'],
  ['APPROVED', 'archive', 'ARCHIVED'],
  ['ARCHIVED', 'restore', 'QUEUED'],
];

const statuses: PatchStatus[] = ['QUEUED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'APPROVED', 'ARCHIVED'];
const events: PatchEvent[] = [
  'claim',
  'submitPartial',
  'submitFinal',
  'requeue',
  'keepInProgress',
  'backToAuthor',
  'approve',
  'editApprove',
  'reject',
  'archive',
  'restore',
];

describe('patch state machine', () => {
  it.each(allowed)('%s --%s--> %s', (from, event, to) => {
    expect(nextPatchStatus(from, event)).toBe(to);
  });

  it('the table holds exactly the tested transitions', () => {
    const table = Object.entries(patchTransitions).flatMap(([from, edges]) =>
      Object.entries(edges).map(([event, to]) => `${from} ${event} ${to}`),
    );
    expect(table.sort()).toEqual(allowed.map((e) => e.join(' ')).sort());
  });

  const refused = statuses.flatMap((from) =>
    events
      .filter((event) => !allowed.some(([f, e]) => f === from && e === event))
      .map((event) => [from, event] as const),
  );
  it.each(refused)('%s refuses %s with INVALID_TRANSITION', (from, event) => {
    try {
      nextPatchStatus(from, event);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('INVALID_TRANSITION');
      expect((error as DomainError).details).toEqual({ from, event });
    }
  });

  it('chooses the lease-end event from the facts', () => {
    const none = { otherActiveLeases: 0, pendingReturnedWork: false, submittedCount: 0 };
    expect(leaseEndEvent(none)).toBe('requeue');
    expect(leaseEndEvent({ ...none, otherActiveLeases: 1 })).toBe('keepInProgress');
    expect(leaseEndEvent({ ...none, pendingReturnedWork: true })).toBe('backToAuthor');
    expect(leaseEndEvent({ ...none, submittedCount: 1 })).toBe('keepInProgress');
  });
});
