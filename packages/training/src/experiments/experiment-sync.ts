import { type Db, type ExperimentStatus, Prisma, type Tx } from '@hep2/db';
import { publishRunEvent } from '../runs/run-events';
import { isPending, isSucceeded, readStoredGrid } from './experiment-record';

export interface AttemptRow {
  id: string;
  experimentCell: string | null;
  fold: number | null;
  status: string;
  startedAt: Date | null;
  createdAt: Date;
}

export interface CellFoldState {
  cell: string;
  fold: number;
  attempts: number;
  latest: AttemptRow;
}

/** Groups an experiment's runs by cell x fold; the latest attempt decides the state. */
export function cellFoldStates(runs: AttemptRow[]): CellFoldState[] {
  const groups = new Map<string, AttemptRow[]>();
  for (const r of runs) {
    const key = `${r.experimentCell}#${r.fold}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((rows) => {
    const sorted = rows.sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
    );
    const latest = sorted[sorted.length - 1] as AttemptRow;
    return { cell: latest.experimentCell ?? '', fold: latest.fold ?? 0, attempts: rows.length, latest };
  });
}

/**
 * The experiment's status from its cells x folds: DONE when every latest attempt succeeded,
 * FAILED when none is pending and some ended without a result, else RUNNING once any run started
 * (QUEUED before).
 */
export function experimentStatusOf(states: CellFoldState[]): ExperimentStatus {
  if (states.every((s) => isSucceeded(s.latest.status))) return 'DONE';
  if (!states.some((s) => isPending(s.latest.status))) return 'FAILED';
  const started = states.some(
    (s) => s.latest.startedAt !== null || s.attempts > 1 || !isPending(s.latest.status),
  );
  return started ? 'RUNNING' : 'QUEUED';
}

export interface SyncResult {
  status: ExperimentStatus;
  retried: string[];
  /** DONE / FAILED and its report is missing: the caller builds it. */
  needsReport: boolean;
}

const RUN_SELECT = {
  id: true,
  experimentCell: true,
  fold: true,
  status: true,
  startedAt: true,
  createdAt: true,
} as const;

/**
 * Brings one experiment up to date, serialised per experiment across trainers: re-queues a crashed
 * (FAILED) cell x fold while it has attempts left, then derives the status. Idempotent: every
 * trainer may call it at any time.
 */
export async function syncExperiment(db: Db, experimentId: string): Promise<SyncResult | null> {
  return db.$transaction(async (tx) => {
    await lockExperiment(tx, experimentId);
    const experiment = await tx.experiment.findUnique({
      where: { id: experimentId },
      select: {
        id: true,
        datasetId: true,
        status: true,
        grid: true,
        report: true,
        runs: { select: RUN_SELECT },
      },
    });
    if (!experiment || experiment.status === 'CANCELLED') return null;
    const { grid } = readStoredGrid(experiment.grid);
    const retried: string[] = [];
    for (const state of cellFoldStates(experiment.runs)) {
      if (state.latest.status !== 'FAILED' || state.attempts >= grid.maxAttempts) continue;
      retried.push(await requeueAttempt(tx, experiment.datasetId, state.latest.id));
    }
    const runs =
      retried.length > 0
        ? await tx.trainingRun.findMany({ where: { experimentId }, select: RUN_SELECT })
        : experiment.runs;
    const status = experimentStatusOf(cellFoldStates(runs));
    const terminal = status === 'DONE' || status === 'FAILED';
    if (status !== experiment.status)
      await tx.experiment.update({
        where: { id: experimentId },
        data: { status, ...(terminal ? {} : { report: Prisma.DbNull }) },
      });
    const hasReport = experiment.report !== null && status === experiment.status;
    return { status, retried, needsReport: terminal && !hasReport };
  });
}

/** Admin action: a new attempt for every cell x fold whose latest attempt FAILED or was CANCELLED. */
export async function requeueFailedExperimentRuns(db: Db, experimentId: string): Promise<string[] | null> {
  return db.$transaction(async (tx) => {
    await lockExperiment(tx, experimentId);
    const experiment = await tx.experiment.findUnique({
      where: { id: experimentId },
      select: { datasetId: true, runs: { select: RUN_SELECT } },
    });
    if (!experiment) return null;
    const created: string[] = [];
    for (const state of cellFoldStates(experiment.runs)) {
      if (state.latest.status === 'FAILED' || state.latest.status === 'CANCELLED')
        created.push(await requeueAttempt(tx, experiment.datasetId, state.latest.id));
    }
    if (created.length > 0)
      await tx.experiment.update({
        where: { id: experimentId },
        data: { status: 'RUNNING', report: Prisma.DbNull },
      });
    return created;
  });
}

/** A new QUEUED run with the failed attempt's exact config, cell and fold (the old row stays as history). */
async function requeueAttempt(tx: Tx, datasetId: string, failedRunId: string): Promise<string> {
  const failed = await tx.trainingRun.findUniqueOrThrow({
    where: { id: failedRunId },
    select: { config: true, experimentId: true, experimentCell: true, fold: true, triggeredById: true },
  });
  const run = await tx.trainingRun.create({
    data: {
      datasetId,
      trigger: 'EXPERIMENT',
      triggeredById: failed.triggeredById,
      config: failed.config ?? {},
      progress: { phase: 'queued', retryOf: failedRunId },
      experimentId: failed.experimentId,
      experimentCell: failed.experimentCell,
      fold: failed.fold,
    },
    select: { id: true },
  });
  await publishRunEvent(tx, { runId: run.id, datasetId, status: 'QUEUED' });
  return run.id;
}

async function lockExperiment(tx: Tx, experimentId: string): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`hep2-experiment:${experimentId}`}))`;
}
