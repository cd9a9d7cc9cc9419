'use client';
import { useEffect } from 'react';

const LEAVE = 'mutation LeaveLease($leaseId: ID!) { leaveLease(leaseId: $leaseId) { id } }';

/**
 * A tab closed (or reloading) on a patch shortens its lease to the API's grace (30 s) instead of
 * holding the patch for the whole lease (10 min by default): a reload claims again within it and
 * resumes the same patch, a closed tab's patch returns to the queue half a minute later. The work
 * stays safe either way (the draft on the server, unsaved strokes in this browser). A keepalive
 * request outlives the page and carries the session cookie; a page kept in the back-forward cache
 * (`persisted`) may come back and keeps its lease.
 */
export function useLeaveOnPagehide(leaseId: string): void {
  useEffect(() => {
    if (!leaseId) return; // shown from the prefetch: nothing held yet
    const leave = (event: PageTransitionEvent) => {
      if (event.persisted) return;
      void fetch('/graphql', {
        method: 'POST',
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LEAVE, variables: { leaseId } }),
      }).catch(() => {});
    };
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, [leaseId]);
}
