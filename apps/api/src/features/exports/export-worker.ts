import {
  type ExportLevel,
  type ExportProgress,
  type ExportResult,
  exportDataset,
  exportWork,
  isExportFormat,
  writeExportArchiveToStore,
} from '@hep2/catalog';
import type { ExportJobStatus } from '@hep2/db';
import { objectKeys } from '@hep2/storage';
import type { PgBoss } from 'pg-boss';
import type { ApiServices } from '../../graphql/context';
import { type DurableQueue, workDurableQueue } from '../../shared/job-queue';
import { recordAudit } from '../audit/audit.service';
import { publishEvent } from '../events/event-bus';
import { topics } from '../events/topics';
import { withReadAhead } from './export-read-ahead';
import { STORED_WARNINGS } from './exports.dto';

const UNFINISHED: ExportJobStatus[] = ['QUEUED', 'RUNNING'];
/** Progress is written to the row (and announced) at most this often. */
const PROGRESS_EVERY_MS = 500;

const jobSelect = {
  id: true,
  datasetId: true,
  format: true,
  level: true,
  approvedOnly: true,
  status: true,
  attempts: true,
  createdById: true,
} as const;

interface ClaimedJob {
  id: string;
  datasetId: string;
  createdById: string | null;
}

/** The row as this attempt may still change it: running, and not taken over by a later attempt. */
const ownRow = (job: ClaimedJob, attempt: number) => ({
  id: job.id,
  attempts: attempt,
  status: 'RUNNING' as const,
});

const announce = (services: ApiServices, job: ClaimedJob, status: ExportJobStatus, extra: object = {}) =>
  publishEvent(services.db, topics.exportJob, {
    jobId: job.id,
    datasetId: job.datasetId,
    status,
    ...extra,
  }).catch(() => {});

/**
 * Writes progress to the row at most every PROGRESS_EVERY_MS, one write at a time (the zip reports
 * every file), and announces it to exportProgress subscribers.
 */
function progressWriter(services: ApiServices, job: ClaimedJob, attempt: number, total: number) {
  let chain = Promise.resolve();
  let last = 0;
  let latest = 0;
  const write = (done: number) => {
    chain = chain
      .then(async () => {
        await services.db.exportJob.updateMany({ where: ownRow(job, attempt), data: { progressDone: done } });
        await announce(services, job, 'RUNNING', { done, total });
      })
      .catch(() => {});
  };
  return {
    report: ({ done }: ExportProgress) => {
      latest = done;
      if (Date.now() - last < PROGRESS_EVERY_MS) return;
      last = Date.now();
      write(done);
    },
    settled: () => {
      write(latest);
      return chain;
    },
  };
}

/** Removes what the job's other attempts wrote (an attempt that died left its archive, or a part). */
async function removeOtherArchives(services: ApiServices, job: ClaimedJob, keep: string | null) {
  const keys = await services.store.list(objectKeys.exportJob(job.datasetId, job.id)).catch(() => []);
  await services.store.removeMany(keys.filter((k) => k !== keep)).catch(() => {});
}

const finishedFields = (result: ExportResult, bytes: number, files: number) => ({
  status: 'SUCCEEDED' as const,
  progressDone: exportWork(result.files),
  archiveBytes: BigInt(bytes),
  files,
  items: result.items,
  labels: result.labels,
  warnings: result.warnings.slice(0, STORED_WARNINGS),
  warningCount: result.warnings.length,
  approvedLabels: result.snapshot.approvedLabels,
  newestApprovalAt: result.snapshot.newestApprovalAt,
  snapshotAt: result.snapshot.takenAt,
  modelVersionId: result.snapshot.modelVersion?.id ?? null,
  modelVersionNumber: result.snapshot.modelVersion?.number ?? null,
  finishedAt: new Date(),
});

/** Why the export failed, in the words its card shows. */
const failureMessage = (error: unknown) => `export failed: ${(error as Error)?.message ?? String(error)}`;

/**
 * One attempt at an export job: the labels as of one moment (exportDataset), written as one .zip
 * straight into the bucket (memory holds one file and one upload part). The row becomes SUCCEEDED,
 * with its archive and snapshot, in the transaction that records `dataset.export` (which the
 * webhooks announce); a failure leaves no archive and ends the job FAILED with the reason. An
 * attempt that was superseded (it stalled past its heartbeat and a retry took over) changes nothing.
 * Aborted by `signal` (the process is stopping), it leaves the job RUNNING for a retry elsewhere.
 */
export async function runExportAttempt(
  services: ApiServices,
  jobId: string,
  signal: AbortSignal = new AbortController().signal,
): Promise<void> {
  const { db, store } = services;
  const job = await db.exportJob.findUnique({ where: { id: jobId }, select: jobSelect });
  if (!job || !UNFINISHED.includes(job.status)) return;
  const attempt = job.attempts + 1;
  const claimed = await db.exportJob.updateMany({
    where: { id: jobId, attempts: job.attempts, status: { in: UNFINISHED } },
    data: { attempts: attempt, status: 'RUNNING', startedAt: new Date(), progressDone: 0, error: null },
  });
  if (claimed.count === 0) return;
  await announce(services, job, 'RUNNING');
  const key = objectKeys.exportArchive(job.datasetId, job.id, attempt);
  try {
    if (!isExportFormat(job.format)) throw new Error(`unknown format "${job.format}"`);
    const result = await exportDataset(db, store, {
      datasetId: job.datasetId,
      format: job.format,
      level: job.level as ExportLevel,
      approvedOnly: job.approvedOnly,
    });
    const total = exportWork(result.files);
    await db.exportJob.updateMany({ where: ownRow(job, attempt), data: { progressTotal: total } });
    const progress = progressWriter(services, job, attempt, total);
    const stored = await writeExportArchiveToStore(store, key, withReadAhead(result.files), {
      signal,
      onProgress: progress.report,
    });
    await progress.settled();
    const fields = finishedFields(result, stored.bytes, result.files.length);
    const finished = await db.$transaction(async (tx) => {
      const { count } = await tx.exportJob.updateMany({
        where: ownRow(job, attempt),
        data: { ...fields, archiveKey: key },
      });
      if (count === 1)
        await recordAudit(tx, {
          actorId: job.createdById,
          action: 'dataset.export',
          entityType: 'Dataset',
          entityId: job.datasetId,
          after: {
            exportJobId: job.id,
            format: job.format,
            level: result.level,
            approvedOnly: job.approvedOnly,
            items: result.items,
            labels: result.labels,
            bytes: stored.bytes,
            approvedLabels: fields.approvedLabels,
            newestApprovalAt: fields.newestApprovalAt,
            modelVersionId: fields.modelVersionId,
            modelVersionNumber: fields.modelVersionNumber,
          },
        });
      return count === 1;
    });
    if (finished) {
      await removeOtherArchives(services, job, key);
      await announce(services, job, 'SUCCEEDED');
    } else {
      // A later attempt owns the job: only this attempt's own archive is ours to remove.
      await store.remove(key).catch(() => {});
      console.warn(`export ${jobId}: attempt ${attempt} was superseded; its archive was removed`);
    }
  } catch (error) {
    // Stopping: the job stays RUNNING, pg-boss hands it to another attempt (another replica).
    if (signal.aborted) throw error;
    // Normally nothing is there (the upload was aborted); a failure after it completed left it.
    await store.remove(key).catch(() => {});
    const failed = await failJob(services, job, ownRow(job, attempt), failureMessage(error), { attempt });
    if (failed) await removeOtherArchives(services, job, null);
  }
}

/**
 * Ends a job FAILED with the reason (with its audit entry), if `where` still matches. A database
 * that does not answer throws: pg-boss then retries the attempt, which finds the job as it was.
 */
async function failJob(
  services: ApiServices,
  job: ClaimedJob,
  where: { id: string; attempts?: number; status: ExportJobStatus | { in: ExportJobStatus[] } },
  error: string,
  detail: object,
): Promise<boolean> {
  const failed = await services.db.$transaction(async (tx) => {
    const { count } = await tx.exportJob.updateMany({
      where,
      data: { status: 'FAILED', error, archiveKey: null, finishedAt: new Date() },
    });
    if (count === 1)
      await recordAudit(tx, {
        actorId: job.createdById,
        action: 'export.fail',
        entityType: 'ExportJob',
        entityId: job.id,
        after: { status: 'FAILED', error, ...detail },
      });
    return count === 1;
  });
  if (failed) await announce(services, job, 'FAILED');
  return failed;
}

/** Every attempt died (killed, out of memory): the job ends FAILED, whatever they wrote removed. */
export async function failAbandonedExport(services: ApiServices, jobId: string): Promise<void> {
  const job = await services.db.exportJob.findUnique({ where: { id: jobId }, select: jobSelect });
  if (!job || !UNFINISHED.includes(job.status)) return;
  const error =
    `export abandoned: the process running it stopped ${job.attempts} time(s) before it could finish ` +
    '(killed, crashed or out of memory); no archive was kept. Start it again.';
  const failed = await failJob(services, job, { id: jobId, status: { in: UNFINISHED } }, error, {
    abandoned: true,
    attempts: job.attempts,
  });
  if (failed) await removeOtherArchives(services, job, null);
}

/**
 * Registers this process's export workers (every API replica runs them). `abort` stops the exports
 * in flight when the process stops: they stay RUNNING and are retried elsewhere.
 */
export async function startExportWorkers(
  services: ApiServices,
  boss: PgBoss,
  queue: DurableQueue,
): Promise<{ abort(): void }> {
  const stopping = new AbortController();
  await workDurableQueue(boss, queue, {
    concurrency: services.config.EXPORT_CONCURRENCY,
    attempt: (jobId) => runExportAttempt(services, jobId, stopping.signal),
    abandon: (jobId) => failAbandonedExport(services, jobId),
  });
  return { abort: () => stopping.abort(new Error('aborted: the API process is stopping')) };
}
