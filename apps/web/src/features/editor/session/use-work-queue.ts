'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { AnnotationInput } from '@/gql/graphql';
import { type ApiErrorInfo, apiError } from '../../graphql/graphql-error';
import { describeImageError } from '../../ui/image-error';
import {
  ClaimNextMutation,
  SkipPatchMutation,
  SubmitAndClaimNextMutation,
} from '../../workflow/workflow.graphql';
import { loadMask } from '../display/image-cache';
import { readLocalDraft, removeLocalDraft } from './local-draft';
import { cancelSwitch, markSwitchMountedAhead, markSwitchPhase, markSwitchPrefetched } from './perf-marks';
import { useUpcomingPrefetch } from './use-upcoming-prefetch';
import { isWorkItemCached, type LoadedWorkItem, loadWorkItem, type WorkItem } from './work-item-loader';

/** A patch on screen; the key remounts the editor when it changes. */
export interface Shown {
  loaded: LoadedWorkItem;
  key: string;
}

export type QueueState =
  | { kind: 'claiming'; previous: Shown | null }
  /**
   * `held`: the patch just submitted, kept mounted (hidden) with its strokes until the server
   * confirms. `standby`: the likely next patch, decoded and mounted ahead (hidden), so that Enter
   * only has to reveal it.
   */
  | { kind: 'ready'; shown: Shown; held: Shown | null; standby: Shown | null; notice: string | null }
  | { kind: 'empty' }
  /** `unreadable`: the claimed patch's image failed to load; the patch can be skipped from here. */
  | { kind: 'error'; message: string; details?: string; unreadable?: { leaseId: string } };

export type SubmitResult =
  | { kind: 'submitted' }
  | { kind: 'failed'; error: ApiErrorInfo }
  /** Nothing to send (a stale version or a lost lease): the patch is shown again, its banner says why. */
  | { kind: 'blocked' };

/**
 * Why the claim served another patch than the one shown from the prefetch, and what became of the
 * work done on the shown one meanwhile: this browser keeps it (local draft), and an editor opened on
 * that patch again restores it.
 */
function switchedNotice(shownPatchId: string, served: WorkItem): string {
  const why = served.returnComment
    ? 'A curator returned one of your patches: it comes first, so here it is instead of the patch shown.'
    : 'The patch shown was taken by someone else meanwhile (or the queue changed); here is the one you hold now.';
  const kept = readLocalDraft(shownPatchId)
    ? ' What you did on it is kept in this browser and comes back if that patch is served to you again.'
    : '';
  return why + kept;
}

/**
 * Claims patches one after the other. `advance` submits and claims the next in one request, and
 * meanwhile shows the prefetched guess of the next patch (mounted ahead, hidden, while the annotator
 * worked), so switching waits neither for the server nor for the editor to build; a failed submit
 * brings the submitted patch back, strokes and all.
 */
export function useWorkQueue(datasetId: string) {
  const client = useClient();
  const [state, setState] = useState<QueueState>({ kind: 'claiming', previous: null });
  const current = useRef<Shown | null>(null);
  const standby = useRef<Shown | null>(null);
  const sequence = useRef(0);
  const shows = useRef(0);
  const newKey = useCallback((patchId: string) => `${patchId}:${++shows.current}`, []);
  const guessRef = useRef<(currentPatchId: string) => LoadedWorkItem | null>(() => null);

  // The guess of the next patch is decoded: mount it hidden beside the confirmed patch on screen.
  const mountAhead = useCallback(() => {
    const shown = current.current;
    if (!shown || shown.loaded.pending) return;
    const next = guessRef.current(shown.loaded.item.patch.id);
    if (!next || standby.current?.loaded.item.patch.id === next.item.patch.id) return;
    const ahead = { loaded: next, key: newKey(next.item.patch.id) };
    standby.current = ahead;
    setState((s) => (s.kind === 'ready' && s.shown === shown ? { ...s, standby: ahead } : s));
  }, [newKey]);
  const { refresh, guess } = useUpcomingPrefetch(datasetId, mountAhead);
  guessRef.current = guess;

  const show = useCallback(
    (loaded: LoadedWorkItem, key?: string, notice: string | null = null) => {
      const shown = { loaded, key: key ?? newKey(loaded.item.patch.id) };
      current.current = shown;
      if (standby.current?.loaded.item.patch.id === loaded.item.patch.id) standby.current = null;
      setState({ kind: 'ready', shown, held: null, standby: standby.current, notice });
    },
    [newKey],
  );

  const claimFailed = useCallback((error: ApiErrorInfo) => {
    cancelSwitch();
    current.current = null;
    standby.current = null;
    setState(error.code === 'QUEUE_EMPTY' ? { kind: 'empty' } : { kind: 'error', message: error.message });
  }, []);

  const load = useCallback(
    async (item: WorkItem, run: number, notice: string | null = null) => {
      markSwitchPrefetched(isWorkItemCached(item));
      try {
        const loaded = await loadWorkItem(item);
        if (run !== sequence.current) return;
        markSwitchPhase('loaded');
        show(loaded, undefined, notice);
      } catch (error) {
        cancelSwitch();
        if (run !== sequence.current) return;
        const problem = describeImageError((error as Error).message, 'view');
        setState({
          kind: 'error',
          message: `The patch image could not be loaded. ${problem.text}`,
          details: problem.raw,
          unreadable: { leaseId: item.lease.id },
        });
      }
    },
    [show],
  );

  /**
   * The claim confirmed the patch on screen: the same editor (same key) gets its lease. A draft the
   * annotator saved of it earlier is fetched first; the editor then starts from it and applies what
   * was done meanwhile on top (useDraftArrival). A draft that cannot be fetched is left out: the
   * editor keeps the work and says so.
   */
  const confirm = useCallback(
    async (shown: Shown, item: WorkItem, run: number) => {
      const url = item.draft?.maskUrl;
      const draftMask = url ? await loadMask(url).catch(() => null) : null;
      if (run !== sequence.current) return;
      show({ ...shown.loaded, item, draftMask, pending: false }, shown.key);
    },
    [show],
  );

  /** Claims (or resumes) a patch: at the start, after a skip, to reload after a conflict. */
  const next = useCallback(async () => {
    const run = ++sequence.current;
    standby.current = null;
    setState({ kind: 'claiming', previous: current.current });
    const result = await client.mutation(ClaimNextMutation, { datasetId }).toPromise();
    if (run !== sequence.current) return;
    markSwitchPhase('claimed');
    if (result.error || !result.data) {
      claimFailed(
        result.error ? apiError(result.error) : { code: 'UNKNOWN', message: 'No answer', extensions: {} },
      );
      return;
    }
    await load(result.data.claimNext, run);
  }, [client, datasetId, claimFailed, load]);

  /** Skips a patch whose image cannot be loaded (the reason tells curators why) and claims the next. */
  const skipUnreadable = useCallback(
    async (leaseId: string, details: string) => {
      const reason = `Image could not be loaded: ${details}`.slice(0, 300);
      setState({ kind: 'claiming', previous: current.current });
      const result = await client.mutation(SkipPatchMutation, { leaseId, reason }).toPromise();
      if (result.error) {
        setState({ kind: 'error', message: `Could not skip: ${apiError(result.error).message}` });
        return;
      }
      await next();
    },
    [client, next],
  );

  /**
   * Shows the next patch at once (the one mounted ahead, else the decoded guess), then asks the
   * submitted editor for its work (`prepare` waits for a save on its way, whose version the submit
   * names) and sends submit + claim. Until the answer the submitted editor stays mounted, hidden,
   * and its work stays in this browser's local draft.
   */
  const advance = useCallback(
    async (prepare: () => Promise<AnnotationInput | null>): Promise<SubmitResult> => {
      const previous = current.current;
      const run = ++sequence.current;
      const guessed = previous ? guess(previous.loaded.item.patch.id) : null;
      const ahead = standby.current;
      standby.current = null;
      const provisional = guessed
        ? ahead?.loaded.item.patch.id === guessed.item.patch.id
          ? ahead
          : { loaded: guessed, key: newKey(guessed.item.patch.id) }
        : null;
      markSwitchMountedAhead(provisional ? provisional === ahead : null);
      if (provisional) {
        current.current = provisional;
        setState({ kind: 'ready', shown: provisional, held: previous, standby: null, notice: null });
      } else setState({ kind: 'claiming', previous });
      // Back to the submitted patch, as it was; the one shown ahead goes back to waiting, hidden.
      const restore = () => {
        if (!previous || run !== sequence.current) return;
        current.current = previous;
        standby.current = provisional;
        setState({ kind: 'ready', shown: previous, held: null, standby: provisional, notice: null });
      };

      const input = await prepare();
      if (!input) {
        cancelSwitch();
        restore();
        return { kind: 'blocked' };
      }
      const result = await client.mutation(SubmitAndClaimNextMutation, { input, datasetId }).toPromise();
      const claimOnly = result.error?.graphQLErrors.every((e) => e.path?.[0] === 'claimNext');
      const submitted = !!result.data || (!!result.error && !result.error.networkError && claimOnly);
      if (!submitted) {
        // Nothing was submitted and nothing claimed.
        cancelSwitch();
        restore();
        return {
          kind: 'failed',
          error: result.error
            ? apiError(result.error)
            : { code: 'UNKNOWN', message: 'No answer', extensions: {} },
        };
      }
      removeLocalDraft(input.patchId);
      const item = result.data?.claimNext;
      const guessedRight = !!item && item.patch.id === provisional?.loaded.item.patch.id;
      if (guessedRight) markSwitchPrefetched(true);
      markSwitchPhase('submitted');
      markSwitchPhase('claimed');
      if (!item) {
        claimFailed(
          result.error ? apiError(result.error) : { code: 'UNKNOWN', message: 'No answer', extensions: {} },
        );
        return { kind: 'submitted' };
      }
      if (guessedRight && provisional) void confirm(provisional, item, run);
      else void load(item, run, provisional ? switchedNotice(provisional.loaded.item.patch.id, item) : null);
      return { kind: 'submitted' };
    },
    [client, datasetId, guess, confirm, load, claimFailed, newKey],
  );

  useEffect(() => {
    void next();
  }, [next]);

  // Once a patch is on screen under its lease, fetch and decode the likely next ones.
  const shownKey = state.kind === 'ready' && !state.shown.loaded.pending ? state.shown.key : null;
  useEffect(() => {
    if (!shownKey) return;
    const timer = setTimeout(() => void refresh(), 250);
    return () => clearTimeout(timer);
  }, [shownKey, refresh]);

  return { state, next, advance, skipUnreadable };
}
