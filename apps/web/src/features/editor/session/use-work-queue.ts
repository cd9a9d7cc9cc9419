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
import { cancelSwitch, markSwitchPhase, markSwitchPrefetched } from './perf-marks';
import { useUpcomingPrefetch } from './use-upcoming-prefetch';
import { isWorkItemCached, type LoadedWorkItem, loadWorkItem, type WorkItem } from './work-item-loader';

/** A patch on screen; the key remounts the editor when it changes. */
export interface Shown {
  loaded: LoadedWorkItem;
  key: string;
}

export type QueueState =
  | { kind: 'claiming'; previous: Shown | null }
  /** `held`: the patch just submitted, kept mounted (hidden) with its strokes until the server confirms. */
  | { kind: 'ready'; shown: Shown; held: Shown | null; notice: string | null }
  | { kind: 'empty' }
  /** `unreadable`: the claimed patch's image failed to load; the patch can be skipped from here. */
  | { kind: 'error'; message: string; details?: string; unreadable?: { leaseId: string } };

export type SubmitResult = { kind: 'submitted' } | { kind: 'failed'; error: ApiErrorInfo };

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
 * meanwhile shows the prefetched guess of the next patch, so switching does not wait for the server;
 * a failed submit brings the submitted patch back, strokes and all.
 */
export function useWorkQueue(datasetId: string) {
  const client = useClient();
  const { refresh, guess } = useUpcomingPrefetch(datasetId);
  const [state, setState] = useState<QueueState>({ kind: 'claiming', previous: null });
  const current = useRef<Shown | null>(null);
  const sequence = useRef(0);
  const shows = useRef(0);

  const show = useCallback((loaded: LoadedWorkItem, key?: string, notice: string | null = null) => {
    const shown = { loaded, key: key ?? `${loaded.item.patch.id}:${++shows.current}` };
    current.current = shown;
    setState({ kind: 'ready', shown, held: null, notice });
  }, []);

  const claimFailed = useCallback((error: ApiErrorInfo) => {
    cancelSwitch();
    current.current = null;
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

  const advance = useCallback(
    async (input: AnnotationInput): Promise<SubmitResult> => {
      const previous = current.current;
      const run = ++sequence.current;
      const guessed = previous ? guess(previous.loaded.item.patch.id) : null;
      const provisional = guessed
        ? { loaded: guessed, key: `${guessed.item.patch.id}:${++shows.current}` }
        : null;
      if (provisional) {
        current.current = provisional;
        setState({ kind: 'ready', shown: provisional, held: previous, notice: null });
      } else setState({ kind: 'claiming', previous });

      const result = await client.mutation(SubmitAndClaimNextMutation, { input, datasetId }).toPromise();
      const claimOnly = result.error?.graphQLErrors.every((e) => e.path?.[0] === 'claimNext');
      const submitted = !!result.data || (!!result.error && !result.error.networkError && claimOnly);
      if (!submitted) {
        // Nothing was submitted and nothing claimed: back to the patch, as it was.
        if (previous) {
          current.current = previous;
          setState({ kind: 'ready', shown: previous, held: null, notice: null });
        }
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
    [client, datasetId, guess, confirm, load, claimFailed],
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
