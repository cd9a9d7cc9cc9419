import type { Db, Prisma } from '@hep2/db';
import type { EpochValidation } from '../evaluation/evaluation-types';
import { publishRunEvent } from './run-events';

export type RunPhase = 'loading' | 'training' | 'evaluating' | 'saving';

/** TrainingRun.progress: what the admin page shows live. */
export interface RunProgress {
  phase: RunPhase;
  epoch?: number;
  epochs?: number;
  step?: number;
  totalSteps?: number;
  stepInEpoch?: number;
  stepsPerEpoch?: number;
  /** Unweighted task losses of the last step (null where the batch had no label for the task). */
  losses?: TaskValues;
  weights?: TaskValues;
  patchesPerSecond?: number;
  etaSeconds?: number;
  elapsedSeconds?: number;
  samples?: { train: number; validation: number; weak: number };
  /** Figures on the validation patches after the latest validated epoch. */
  validation?: EpochValidation & { epoch: number };
  /** Set on a resumed run: the epoch its checkpoint was saved after (0: started over). */
  resumedFromEpoch?: number;
  note?: string;
}

export type TaskValues = { mask: number | null; pattern: number | null; intensity: number | null };

export const taskValues = (v: (number | null)[], active: boolean[] = [true, true, true]): TaskValues => ({
  mask: active[0] ? (v[0] ?? null) : null,
  pattern: active[1] ? (v[1] ?? null) : null,
  intensity: active[2] ? (v[2] ?? null) : null,
});

export interface EpochRow {
  epoch: number;
  losses: TaskValues;
  taskWeights: TaskValues;
  metrics: Record<string, unknown>;
  seconds: number;
}

/**
 * Writes progress to TrainingRun.progress (throttled) and TrainingEpoch rows, each followed by a
 * NOTIFY. Training calls it synchronously from the step loop; writes run one after another on a
 * promise chain so they never reorder, and only while this worker still holds the run.
 */
export class ProgressReporter {
  private chain: Promise<void> = Promise.resolve();
  private lastWrite = 0;

  constructor(
    private readonly db: Db,
    private readonly run: { id: string; datasetId: string; workerId: string },
    private readonly minIntervalMs: number,
    private readonly log: (line: string) => void,
    private readonly observe?: (progress: RunProgress) => void,
  ) {}

  update(progress: RunProgress, force = false): void {
    this.observe?.(progress);
    const now = Date.now();
    if (!force && now - this.lastWrite < this.minIntervalMs) return;
    this.lastWrite = now;
    this.enqueue(async () => {
      const held = await this.db.trainingRun.updateMany({
        where: { id: this.run.id, status: 'RUNNING', workerId: this.run.workerId },
        data: { progress: toJson(progress), heartbeatAt: new Date() },
      });
      if (held.count > 0) {
        await publishRunEvent(this.db, {
          runId: this.run.id,
          datasetId: this.run.datasetId,
          status: 'RUNNING',
          progress,
        });
      }
    });
  }

  epoch(row: EpochRow): void {
    this.enqueue(async () => {
      // Only while this worker holds the run: a worker declared dead whose run resumed elsewhere
      // must not write over the new attempt's rows. Upsert: a resumed attempt re-trains epochs.
      const held = await this.db.trainingRun.count({
        where: { id: this.run.id, status: 'RUNNING', workerId: this.run.workerId },
      });
      if (held === 0) return;
      const values = {
        losses: toJson(row.losses),
        taskWeights: toJson(row.taskWeights),
        metrics: toJson(row.metrics),
        seconds: row.seconds,
      };
      await this.db.trainingEpoch.upsert({
        where: { runId_epoch: { runId: this.run.id, epoch: row.epoch } },
        create: { runId: this.run.id, epoch: row.epoch, ...values },
        update: values,
      });
    });
  }

  /** Waits for every queued write. */
  flush(): Promise<void> {
    return this.chain;
  }

  private enqueue(write: () => Promise<void>): void {
    this.chain = this.chain
      .then(write)
      .catch((error: unknown) => this.log(`progress write failed: ${String(error)}`));
  }
}

export const toJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
