import { createImportJob, type LabelTrust } from '@hep2/catalog';
import type { ImportLayout } from '@hep2/data';
import type { Tx } from '@hep2/db';
import type { Actor } from '../../shared/actor';
import { notFound } from '../../shared/domain-error';
import type { ServiceDeps } from '../../shared/service-deps';
import { recordAudit } from '../audit/audit.service';
import { publishEvent } from '../events/event-bus';
import { topics } from '../events/topics';
import { type ImportJobOptions, type ImportOptionsInput, validImportOptions } from './import-options';
import { resolveImportFolder } from './import-root';
import { type ImportJobDto, importJobSelect } from './imports.dto';

export interface StartImportArgs {
  datasetId: string;
  serverPath: string;
  layout?: ImportLayout | null;
  allOrNothing?: boolean | null;
  /** Default weak. */
  labels?: LabelTrust | null;
  options?: ImportOptionsInput | null;
}

/**
 * Records an import job and puts it on the durable import queue (import-queue.ts): the request
 * returns the PENDING job at once; whichever API process picks it up reports progress through the
 * job row and `importProgress` events (import-worker.ts).
 */
export async function startImport(
  deps: ServiceDeps<'config' | 'imports'>,
  actor: Actor,
  args: StartImportArgs,
): Promise<ImportJobDto> {
  const options = validImportOptions(args.options);
  const dir = await resolveImportFolder(deps.config.IMPORT_ROOT, args.serverPath);
  const dataset = await deps.db.dataset.findUnique({ where: { id: args.datasetId }, select: { id: true } });
  if (!dataset) throw notFound('Dataset', args.datasetId);
  return recordAndQueueImport(deps, actor, {
    datasetId: dataset.id,
    source: dir,
    layout: args.layout ?? 'auto',
    allOrNothing: args.allOrNothing ?? true,
    labels: args.labels ?? 'weak',
    options,
  });
}

export interface NewImportJob {
  datasetId: string;
  source: string;
  layout: string;
  allOrNothing: boolean;
  labels: LabelTrust;
  options: ImportJobOptions;
  /** More for the audit entry (e.g. the archive's file name). */
  audit?: Record<string, unknown>;
}

/**
 * The start shared by folder and archive imports: the job row, its audit entry and its PENDING
 * event in one transaction (with `alsoInTransaction`, e.g. claiming the upload), then the durable
 * queue; a job the queue refused is marked FAILED with the reason, never left PENDING.
 */
export async function recordAndQueueImport(
  deps: ServiceDeps<'config' | 'imports'>,
  actor: Actor,
  input: NewImportJob,
  alsoInTransaction: (tx: Tx) => Promise<void> = async () => {},
): Promise<ImportJobDto> {
  const { audit, ...job } = input;
  const created = await deps.db.$transaction(async (tx) => {
    await alsoInTransaction(tx);
    const id = await createImportJob(tx, { ...job, options: { ...job.options }, createdById: actor.id });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'import.start',
      entityType: 'ImportJob',
      entityId: id,
      after: { ...job, ...audit },
      requestId: deps.requestId,
    });
    await publishEvent(tx, topics.importJob, { jobId: id, datasetId: job.datasetId, status: 'PENDING' });
    return tx.importJob.findUniqueOrThrow({ where: { id }, select: importJobSelect });
  });
  try {
    await deps.imports.enqueue(created.id);
  } catch (err) {
    await deps.db.importJob.update({
      where: { id: created.id },
      data: {
        status: 'FAILED',
        error: `could not queue the import: ${(err as Error).message}`,
        finishedAt: new Date(),
      },
    });
    throw err;
  }
  return created;
}

export async function importJobById(
  deps: ServiceDeps<'config' | 'imports'>,
  id: string,
): Promise<ImportJobDto> {
  const job = await deps.db.importJob.findUnique({ where: { id }, select: importJobSelect });
  if (!job) throw notFound('ImportJob', id);
  return job;
}

export function importJobsOf(
  deps: ServiceDeps<'config' | 'imports'>,
  datasetId: string,
  limit: number,
): Promise<ImportJobDto[]> {
  return deps.db.importJob.findMany({
    where: { datasetId },
    select: importJobSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: Math.min(Math.max(limit, 1), 200),
  });
}
