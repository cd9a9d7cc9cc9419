'use client';
import { useCallback, useRef } from 'react';
import { useClient } from 'urql';
import type { UpcomingPatchesQuery as UpcomingData } from '@/gql/graphql';
import { UpcomingPatchesQuery } from '../../workflow/workflow.graphql';
import { loadDisplayImage } from '../display/display-image';
import { type LoadedWorkItem, loadWorkItem, type WorkItem } from './work-item-loader';

type Upcoming = UpcomingData['upcomingPatches'][number];

/** How many patches ahead to fetch and decode: the next one, and one more in case it is taken. */
const AHEAD = 2;

/** An upcoming patch as the editor would show it before its lease exists (no draft, no lease). */
function guessedItem(u: Upcoming): WorkItem {
  return {
    lease: { id: '', patchId: u.patch.id, expiresAt: '' },
    returnComment: null,
    patch: u.patch,
    proposal: u.proposal,
    draft: null,
  };
}

/**
 * Fetches and decodes the patches claimNext will most likely serve next, while the annotator works
 * on the current one. `guess()` offers the head of that list, decoded, to show at once after a
 * submit; the claim's answer then confirms or replaces it. `onDecoded` is called when a patch of the
 * list is decoded (the queue then mounts the guess ahead, hidden).
 */
export function useUpcomingPrefetch(datasetId: string, onDecoded: () => void) {
  const client = useClient();
  const order = useRef<Upcoming[]>([]);
  const decoded = useRef(new Map<string, LoadedWorkItem>());
  const generation = useRef(0);
  const notify = useRef(onDecoded);
  notify.current = onDecoded;

  const refresh = useCallback(async () => {
    const run = ++generation.current;
    const result = await client
      .query(UpcomingPatchesQuery, { datasetId, first: AHEAD }, { requestPolicy: 'network-only' })
      .toPromise();
    if (run !== generation.current || !result.data) return; // a failed prefetch only costs speed
    order.current = result.data.upcomingPatches;
    for (const u of order.current) {
      if (decoded.current.has(u.patch.id)) continue;
      loadWorkItem(guessedItem(u))
        .then((loaded) => {
          if (run !== generation.current) return;
          decoded.current.set(u.patch.id, { ...loaded, pending: true });
          notify.current();
        })
        .catch(() => {});
      const display = u.patch.specimen.displayUrl;
      if (display) void loadDisplayImage(display).catch(() => {});
    }
    for (const id of decoded.current.keys())
      if (!order.current.some((u) => u.patch.id === id)) decoded.current.delete(id);
    notify.current(); // the head may be one decoded in an earlier round
  }, [client, datasetId]);

  /**
   * The patch claimNext will most likely serve after `currentPatchId`, if it is decoded. Only the
   * head of the list (the claim would serve it first), and not returned work: that comes with a
   * draft and a curator's comment the guess does not have.
   */
  const guess = useCallback((currentPatchId: string): LoadedWorkItem | null => {
    const head = order.current.find((u) => u.patch.id !== currentPatchId);
    if (!head || head.queue === 'RETURNED') return null;
    return decoded.current.get(head.patch.id) ?? null;
  }, []);

  return { refresh, guess };
}
