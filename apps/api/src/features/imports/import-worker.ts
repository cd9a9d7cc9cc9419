import { type ImportProgress, type ImportResult, importFolder, UNFINISHED_JOB_STATUSES } from '@hep2/catalog';
import type { ImportLayout } from '@hep2/data';
import type { PgBoss } from 'pg-boss';
import type { ApiServices } from '../../graphql/context';
import { workDurableQueue } from '../../shared/job-queue';
import { recordAudit } from '../audit/audit.service';
import { publishEvent } from '../events/event-bus';
import { topics } from '../events/topics';
import { ArchiveError } from './archive-extract';
import { prepareImportSource, removeArchiveOf } from './archive-source';
import { importObjectJournal, removeJournalledOrphans } from './import-journal';
import { scanOptionsOf } from './import-options';
import type { ImportQueue } from './import-queue';

const progressEvent = (p: ImportProgress) => ({
  jobId: p.jobId,
  datasetId: p.datasetId,
  phase: p.phase,
  status: p.status,
  totalRows: p.totalRows,
  doneRows: p.doneRows,
  importedRows: p.importedRows,
});

const jobSelect = {
  id: true,
  datasetId: true,
  layout: true,
  source: true,
  allOrNothing: true,
  labels: true,
  options: true,
  createdById: true,
  status: true,
  attempts: true,
} as const;

const finishAudit = (job: { id: string; createdById: string | null }, after: object) => ({
  actorId: job.createdById,
  action: 'import.finish',
  entityType: 'ImportJob',
  entityId: job.id,
  after,
});

const outcomeSummary = (r: ImportResult) => ({
  status: r.status,
  imported: r.imported.length,
  skipped: r.skipped.length,
  errors: r.errors.length,
  patches: r.patches,
  labels: r.labels,
  approvedPatches: r.approvedPatches,
  specimenIds: r.imported.map((i) => i.specimenId),
});

/** Tells the dataset's listeners that the job ended (its audit entry is already committed). */
async function publishEnd(services: ApiServices, job: { id: string; datasetId: string }, status: string) {
  await publishEvent(services.db, topics.importJob, {
    jobId: job.id,
    datasetId: job.datasetId,
    status,
  }).catch(() => {});
}

/** An end decided outside importFolder (the database failed it, or every attempt died). */
async function recordEnd(
  services: ApiServices,
  job: { id: string; datasetId: string; createdById: string | null },
  after: { status: string; [detail: string]: unknown },
) {
  await recordAudit(services.db, finishAudit(job, after)).catch(() => {});
  await publishEnd(services, job, after.status);
}

/**
 * One attempt at an import job. An earlier attempt that died left the job RUNNING and maybe some
 * objects behind: those are removed first (the journal names them), then the import starts over.
 * The rows go in one transaction with the job's final status, so a retry never sees half a dataset.
 */
export async function runImportAttempt(services: ApiServices, jobId: string): Promise<void> {
  const { db, store, config } = services;
  const job = await db.importJob.findUnique({ where: { id: jobId }, select: jobSelect });
  if (!job || job.status === 'SUCCEEDED' || job.status === 'FAILED') return;
  await db.importJob.update({ where: { id: jobId }, data: { attempts: { increment: 1 } } });
  if (job.attempts > 0) await removeJournalledOrphans(db, store, jobId);
  let result: ImportResult | null = null;
  let failedHere = false;
  let cleanup = async () => {};
  try {
    const source = await prepareImportSource(services, job.source);
    cleanup = source.cleanup;
    result = await importFolder(db, store, {
      datasetId: job.datasetId,
      dir: source.dir,
      layout: job.layout === 'auto' ? undefined : (job.layout as ImportLayout),
      allOrNothing: job.allOrNothing,
      labels: job.labels === 'curated' ? 'curated' : 'weak',
      ...scanOptionsOf(job.options),
      jobId,
      createdById: job.createdById,
      maxPixels: config.MAX_IMAGE_PIXELS,
      journalObject: importObjectJournal(db, jobId),
      onProgress: (p) => publishEvent(db, topics.importJob, progressEvent(p)),
      // In the outcome's transaction: whoever sees the job finished sees its audit entry too.
      onFinished: (tx, outcome) => recordAudit(tx, finishAudit(job, outcomeSummary(outcome))),
    });
  } catch (err) {
    // importFolder reports its own failures; this is for the unexpected (database gone): the job
    // is marked FAILED if the database answers, else the attempt fails and pg-boss retries it.
    // A refused archive (unsafe paths, zip bomb, not a zip) fails the same way on every attempt.
    const error = err instanceof ArchiveError ? err.message : `import failed: ${(err as Error).message}`;
    const { count } = await db.importJob.updateMany({
      where: { id: jobId, status: { in: UNFINISHED_JOB_STATUSES } },
      data: { status: 'FAILED', error, finishedAt: new Date() },
    });
    failedHere = count === 1;
  } finally {
    await cleanup();
  }
  // Committed objects are referenced by rows; a failed attempt's were rolled back: either way the
  // journal has done its job (and anything a failed rollback left is removed here).
  await removeJournalledOrphans(db, store, jobId);
  // An attempt that stalled (not died) past its heartbeat wakes up after a retry decided the job:
  // it changed nothing (its finish was refused), so it announces nothing either.
  const outcome = await db.importJob.findUnique({ where: { id: jobId }, select: { status: true } });
  if (result && outcome && outcome.status !== result.status) {
    console.warn(
      `import ${jobId}: this attempt was superseded (the job is ${outcome.status}); nothing changed`,
    );
    return;
  }
  if (result || failedHere) await removeArchiveOf(services, job.source);
  if (result) await publishEnd(services, job, result.status);
  else if (failedHere) await recordEnd(services, job, { status: 'FAILED' });
}

/** Every attempt died (or threw): the job ends FAILED with the reason, its objects removed. */
export async function failAbandonedImport(services: ApiServices, jobId: string): Promise<void> {
  const { db, store } = services;
  const job = await db.importJob.findUnique({ where: { id: jobId }, select: jobSelect });
  if (!job || job.status === 'SUCCEEDED' || job.status === 'FAILED') return;
  const removed = await removeJournalledOrphans(db, store, jobId);
  const error =
    `import abandoned: the process running it stopped ${job.attempts} time(s) before it could finish ` +
    `(killed, crashed or out of memory); nothing was imported${removed ? ` and the ${removed} object(s) it had written were removed` : ''}. Start it again.`;
  const { count } = await db.importJob.updateMany({
    where: { id: jobId, status: { in: UNFINISHED_JOB_STATUSES } },
    data: { status: 'FAILED', importedRows: 0, error, finishedAt: new Date() },
  });
  if (count === 1) {
    await removeArchiveOf(services, job.source);
    await recordEnd(services, job, { status: 'FAILED', abandoned: true, attempts: job.attempts });
  }
}

/** Registers this process's import workers (every API replica runs them). */
export function startImportWorkers(services: ApiServices, boss: PgBoss, queue: ImportQueue): Promise<void> {
  return workDurableQueue(boss, queue, {
    concurrency: services.config.IMPORT_CONCURRENCY,
    attempt: (jobId) => runImportAttempt(services, jobId),
    abandon: (jobId) => failAbandonedImport(services, jobId),
  });
}
