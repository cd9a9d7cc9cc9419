import type { Db } from '@hep2/db';

export type AbortReason = 'cancelled' | 'lost' | 'job-expired' | 'shutdown';

/**
 * While a run trains: refresh its heartbeat and poll cancelRequested. A cancel request aborts the
 * training with 'cancelled'; losing the run (a sweeper failed it, another worker holds it) with
 * 'lost', after which this worker must write nothing more for it.
 */
export function startRunHeartbeat(input: {
  db: Db;
  runId: string;
  workerId: string;
  intervalMs: number;
  controller: AbortController;
  log: (line: string) => void;
}): { stop(): void } {
  const { db, runId, workerId, controller } = input;
  let busy = false;
  const beat = async () => {
    if (busy || controller.signal.aborted) return;
    busy = true;
    try {
      // One statement: between training steps the event loop gets few turns for I/O.
      const rows = await db.$queryRaw<{ cancelRequested: boolean }[]>`
        update "TrainingRun" set "heartbeatAt" = now() at time zone 'utc'
        where id = ${runId}::uuid and status = 'RUNNING' and "workerId" = ${workerId}
        returning "cancelRequested"`;
      const row = rows[0];
      if (!row) return controller.abort('lost' satisfies AbortReason);
      if (row.cancelRequested) controller.abort('cancelled' satisfies AbortReason);
    } catch (error) {
      input.log(`heartbeat of run ${runId} failed: ${String(error)}`);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void beat(), input.intervalMs);
  return { stop: () => clearInterval(timer) };
}

export const abortReason = (signal: AbortSignal): AbortReason | null =>
  signal.aborted ? ((typeof signal.reason === 'string' ? signal.reason : 'cancelled') as AbortReason) : null;
