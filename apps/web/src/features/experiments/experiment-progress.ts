import type { TrainingRunStatus } from '@/gql/graphql';

export interface AttemptLike {
  cell: string;
  fold: number;
  run: { status: TrainingRunStatus };
}

export interface ExperimentProgress {
  /** Distinct cell x fold pairs. */
  total: number;
  /** Latest attempt has a result (evaluated, promoted or rejected). */
  done: number;
  /** Latest attempt failed or was cancelled. */
  failed: number;
  running: number;
  queued: number;
  attempts: number;
}

const DONE: readonly TrainingRunStatus[] = ['EVALUATED', 'PROMOTED', 'REJECTED'];

/** Counts by the latest attempt of every cell x fold (runs come oldest first). */
export function experimentProgress(runs: readonly AttemptLike[]): ExperimentProgress {
  const latest = new Map<string, TrainingRunStatus>();
  for (const r of runs) latest.set(`${r.cell}#${r.fold}`, r.run.status);
  const p: ExperimentProgress = {
    total: latest.size,
    done: 0,
    failed: 0,
    running: 0,
    queued: 0,
    attempts: runs.length,
  };
  for (const status of latest.values()) {
    if (DONE.includes(status)) p.done += 1;
    else if (status === 'FAILED' || status === 'CANCELLED') p.failed += 1;
    else if (status === 'RUNNING') p.running += 1;
    else p.queued += 1;
  }
  return p;
}
