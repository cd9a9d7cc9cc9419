'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { AnnotationInput } from '@/gql/graphql';
import { apiError } from '../../graphql/graphql-error';
import { SaveDraftMutation, SubmitAnnotationMutation } from '../../workflow/workflow.graphql';
import { encodeRle } from '../mask/rle';
import { removeLocalDraft, writeLocalDraft } from './local-draft';
import type { MaskEditor } from './use-mask-editor';
import type { WorkItem } from './work-item-loader';

export type SaveStatus =
  | { kind: 'clean' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; message: string }
  | { kind: 'stale'; currentVersion: number | null }
  | { kind: 'lease-lost' };

export type SubmitOutcome = 'submitted' | 'invalid' | 'failed';

const AUTOSAVE_MS = 1200;

interface Labels {
  patternClassId: string | null;
  intensityLevelId: string | null;
}

/**
 * Keeps the server in step with the editor: every change goes to localStorage at once and to
 * saveDraft after a pause; a stale version or a lost lease stops autosave but never drops local work.
 */
export function useAnnotationSync(item: WorkItem, editor: MaskEditor, labels: Labels) {
  const client = useClient();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'clean' });
  const statusRef = useRef(status);
  statusRef.current = status;
  const version = useRef<number | null>(item.draft?.version ?? null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<unknown> | null>(null);
  const latest = useRef({ editor, labels });
  latest.current = { editor, labels };
  const firstRun = useRef(true);

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

  const failed = useCallback((code: string, message: string, extensions: Record<string, unknown>) => {
    if (code === 'STALE_VERSION') {
      const current = extensions.currentVersion;
      setStatus({ kind: 'stale', currentVersion: typeof current === 'number' ? current : null });
    } else if (code === 'LEASE_LOST') setStatus({ kind: 'lease-lost' });
    else setStatus({ kind: 'error', message });
  }, []);

  const save = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    const blocked = statusRef.current.kind === 'stale' || statusRef.current.kind === 'lease-lost';
    if (blocked) return false;
    setStatus({ kind: 'saving' });
    const request = client.mutation(SaveDraftMutation, { input: input() }).toPromise();
    inFlight.current = request;
    const result = await request;
    inFlight.current = null;
    if (result.data) {
      version.current = result.data.saveDraft.version;
      setStatus({ kind: 'saved', at: Date.now() });
      return true;
    }
    const error = result.error
      ? apiError(result.error)
      : { code: 'UNKNOWN', message: 'No answer', extensions: {} };
    failed(error.code, error.message, error.extensions);
    return false;
  }, [client, input, failed]);

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
    timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
  }, [editor.changes, labels.patternClassId, labels.intensityLevelId, item.patch.id, save]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const submit = useCallback(async (): Promise<SubmitOutcome> => {
    const { labels: l } = latest.current;
    if (!l.patternClassId || !l.intensityLevelId) return 'invalid';
    if (timer.current) clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    const kind = statusRef.current.kind;
    if (kind === 'stale' || kind === 'lease-lost') return 'failed';
    setStatus({ kind: 'saving' });
    const result = await client.mutation(SubmitAnnotationMutation, { input: input() }).toPromise();
    if (result.data) {
      removeLocalDraft(item.patch.id);
      setStatus({ kind: 'saved', at: Date.now() });
      return 'submitted';
    }
    const error = result.error
      ? apiError(result.error)
      : { code: 'UNKNOWN', message: 'No answer', extensions: {} };
    failed(error.code, error.message, error.extensions);
    return 'failed';
  }, [client, input, failed, item.patch.id]);

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

  return { status, save, submit, overwrite, leaseLost };
}
