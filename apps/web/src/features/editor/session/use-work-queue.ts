'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { apiError } from '../../graphql/graphql-error';
import { ClaimNextMutation } from '../../workflow/workflow.graphql';
import { type LoadedWorkItem, loadWorkItem } from './work-item-loader';

export type QueueState =
  | { kind: 'claiming'; previous: LoadedWorkItem | null }
  | { kind: 'ready'; loaded: LoadedWorkItem }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

/** Claims patches one after the other; `next()` after submit or skip. */
export function useWorkQueue(datasetId: string) {
  const client = useClient();
  const [state, setState] = useState<QueueState>({ kind: 'claiming', previous: null });
  const current = useRef<LoadedWorkItem | null>(null);
  const sequence = useRef(0);

  const next = useCallback(async () => {
    const run = ++sequence.current;
    setState({ kind: 'claiming', previous: current.current });
    const result = await client.mutation(ClaimNextMutation, { datasetId }).toPromise();
    if (run !== sequence.current) return;
    if (result.error || !result.data) {
      const error = result.error ? apiError(result.error) : { code: 'UNKNOWN', message: 'No answer' };
      current.current = null;
      setState(error.code === 'QUEUE_EMPTY' ? { kind: 'empty' } : { kind: 'error', message: error.message });
      return;
    }
    try {
      const loaded = await loadWorkItem(result.data.claimNext);
      if (run !== sequence.current) return;
      current.current = loaded;
      setState({ kind: 'ready', loaded });
    } catch (error) {
      setState({
        kind: 'error',
        message: `The patch image could not be loaded (${(error as Error).message}).`,
      });
    }
  }, [client, datasetId]);

  useEffect(() => {
    void next();
  }, [next]);

  return { state, next };
}
