'use client';
import { encodeRle } from '@hep2/data/rle';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { AnnotationInput } from '@/gql/graphql';
import { type ApiErrorInfo, apiError } from '../../graphql/graphql-error';
import { SaveDraftMutation } from '../../workflow/workflow.graphql';
import { writeLocalDraft } from './local-draft';
import { saveRetryDelayMs } from './save-retry';
import type { MaskEditor } from './use-mask-editor';
import type { WorkItem } from './work-item-loader';

export type SaveStatus =
  | { kind: 'clean' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  /** Not saved; sent again by itself at `retryAt` (or sooner: back online, tab focused). */
  | { kind: 'error'; message: string; retryAt: number }
  | { kind: 'stale'; currentVersion: number | null }
  | { kind: 'lease-lost' };

const AUTOSAVE_MS = 1200;

interface Labels {
  patternClassId: string | null;
  intensityLevelId: string | null;
}

/**
 * Keeps the server in step with the editor: every change goes to localStorage at once and to
 * saveDraft after a pause; a stale version or a lost lease stops autosave but never drops local work.
 */
export function useAnnotationSync(
  item: WorkItem,
  editor: MaskEditor,
  labels: Labels,
  initialVersion: number | null,
) {
  const client = useClient();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'clean' });
  const statusRef = useRef(status);
  statusRef.current = status;
  const version = useRef<number | null>(initialVersion);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<unknown> | null>(null);
  const latest = useRef({ editor, labels });
  latest.current = { editor, labels };
  const firstRun = useRef(true);
  // The change effect below must run on changes only, not when `save` is rebuilt (the lease of a
  // prefetched patch arriving changes it).
  const saveRef = useRef<() => Promise<boolean>>(async () => false);
  const retry = useRef<{ timer: ReturnType<typeof setTimeout> | null; attempt: number }>({
    timer: null,
    attempt: 0,
  });

  const input = useCallback((): AnnotationInput => {
    const { editor: e, labels: l } = latest.current;
    return {
      patchId: item.patch.id,
      leaseId: item.lease.id,
      version: version.current,
      patternClassId: l.patternClassId,
      intensityLevelId: l.intensityLevelId,
      mask: encodeRle(e.mask),
      predictionId: item.proposal?.predictionId ?? null,
    };
  }, [item]);

  const failed = useCallback(({ code, message, extensions }: ApiErrorInfo) => {
    if (code === 'STALE_VERSION') {
      const current = extensions.currentVersion;
      setStatus({ kind: 'stale', currentVersion: typeof current === 'number' ? current : null });
    } else if (code === 'LEASE_LOST') setStatus({ kind: 'lease-lost' });
    else {
      // anything else (network cut, API or database away) is worth sending again, by itself
      const wait = saveRetryDelayMs(retry.current.attempt);
      retry.current.attempt += 1;
      if (retry.current.timer) clearTimeout(retry.current.timer);
      retry.current.timer = setTimeout(() => void saveRef.current(), wait);
      setStatus({ kind: 'error', message, retryAt: Date.now() + wait });
    }
  }, []);

  const save = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (retry.current.timer) clearTimeout(retry.current.timer);
    retry.current.timer = null;
    if (inFlight.current) await inFlight.current;
    const blocked = statusRef.current.kind === 'stale' || statusRef.current.kind === 'lease-lost';
    // Shown from the prefetch, lease not confirmed yet: the local copy holds the work until it is.
    if (blocked || !item.lease.id) return false;
    setStatus({ kind: 'saving' });
    const request = client.mutation(SaveDraftMutation, { input: input() }).toPromise();
    inFlight.current = request;
    const result = await request;
    inFlight.current = null;
    if (result.data) {
      retry.current.attempt = 0;
      version.current = result.data.saveDraft.version;
      setStatus({ kind: 'saved', at: Date.now() });
      return true;
    }
    failed(result.error ? apiError(result.error) : { code: 'UNKNOWN', message: 'No answer', extensions: {} });
    return false;
  }, [client, input, failed, item.lease.id]);

  saveRef.current = save;

  // The lease of a patch shown from the prefetch arrived: send what was done meanwhile.
  useEffect(() => {
    if (!item.lease.id || statusRef.current.kind !== 'pending') return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
  }, [item.lease.id, save]);

  // Every change: local copy now, server copy after a pause.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the counters and labels are the triggers
  useEffect(() => {
    if (firstRun.current) {
      firstRun.current = false;
      return;
    }
    const { editor: e, labels: l } = latest.current;
    writeLocalDraft({
      patchId: item.patch.id,
      mask: encodeRle(e.mask),
      patternClassId: l.patternClassId,
      intensityLevelId: l.intensityLevelId,
      baseVersion: version.current,
      savedAt: Date.now(),
    });
    const kind = statusRef.current.kind;
    if (kind === 'stale' || kind === 'lease-lost') return;
    setStatus({ kind: 'pending' });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current(), AUTOSAVE_MS);
  }, [editor.changes, labels.patternClassId, labels.intensityLevelId, item.patch.id]);

  // Back online, or back in the tab: a failed save goes now rather than at its next retry.
  useEffect(() => {
    const now = () => {
      if (statusRef.current.kind === 'error') void saveRef.current();
    };
    window.addEventListener('online', now);
    window.addEventListener('focus', now);
    return () => {
      window.removeEventListener('online', now);
      window.removeEventListener('focus', now);
    };
  }, []);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (retry.current.timer) clearTimeout(retry.current.timer);
    },
    [],
  );

  /**
   * Flushes autosave and hands back what to submit, or null when saving is blocked (stale, lease
   * lost): the banner says why. The caller sends it (with the next claim) and reports a failure back.
   */
  const prepareSubmit = useCallback(async (): Promise<AnnotationInput | null> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    const kind = statusRef.current.kind;
    if (kind === 'stale' || kind === 'lease-lost') return null;
    setStatus({ kind: 'saving' });
    return input();
  }, [input]);

  /** After a conflict: save the local work over the newer server version. */
  const overwrite = useCallback(async () => {
    const current = statusRef.current;
    if (current.kind !== 'stale') return;
    version.current = current.currentVersion;
    statusRef.current = { kind: 'pending' };
    setStatus({ kind: 'pending' });
    await save();
  }, [save]);

  const leaseLost = useCallback(() => setStatus({ kind: 'lease-lost' }), []);

  /** The work now builds on this server version (a draft that came with the claim): saves name it. */
  const adoptVersion = useCallback((next: number | null) => {
    version.current = next;
  }, []);

  return { status, save, prepareSubmit, failed, overwrite, leaseLost, adoptVersion };
}
