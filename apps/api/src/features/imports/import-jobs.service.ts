import { createImportJob, type LabelTrust } from '@hep2/catalog';
import type { ImportLayout } from '@hep2/data';
import type { ApiContext, Viewer } from '../../graphql/context';
import { notFound } from '../../shared/domain-error';
import { recordAudit } from '../audit/audit.service';
import { publishEvent } from '../events/event-bus';
import { topics } from '../events/topics';
import { type ImportOptionsInput, validImportOptions } from './import-options';
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
  ctx: ApiContext,
  actor: Viewer,
  args: StartImportArgs,
): Promise<ImportJobDto> {
  const options = validImportOptions(args.options);
  const dir = await resolveImportFolder(ctx.config.IMPORT_ROOT, args.serverPath);
  const dataset = await ctx.db.dataset.findUnique({ where: { id: args.datasetId }, select: { id: true } });
  if (!dataset) throw notFound('Dataset', args.datasetId);
  const allOrNothing = args.allOrNothing ?? true;
  const labels = args.labels ?? 'weak';
  const job = await ctx.db.$transaction(async (tx) => {
    const id = await createImportJob(tx, {
      datasetId: dataset.id,
      layout: args.layout ?? 'auto',
      source: dir,
      allOrNothing,
      labels,
      options: { ...options },
      createdById: actor.id,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'import.start',
      entityType: 'ImportJob',
      entityId: id,
      after: {
        datasetId: dataset.id,
        source: dir,
        layout: args.layout ?? 'auto',
        allOrNothing,
        labels,
        options,
      },
      requestId: ctx.requestId,
    });
    await publishEvent(tx, topics.importJob, { jobId: id, datasetId: dataset.id, status: 'PENDING' });
    return tx.importJob.findUniqueOrThrow({ where: { id }, select: importJobSelect });
  });
  try {
    await ctx.imports.enqueue(job.id);
  } catch (err) {
    await ctx.db.importJob.update({
      where: { id: job.id },
      data: {
        status: 'FAILED',
        error: `could not queue the import: ${(err as Error).message}`,
        finishedAt: new Date(),
      },
    });
    throw err;
  }
  return job;
}

export async function importJobById(ctx: ApiContext, id: string): Promise<ImportJobDto> {
  const job = await ctx.db.importJob.findUnique({ where: { id }, select: importJobSelect });
  if (!job) throw notFound('ImportJob', id);
  return job;
}

export function importJobsOf(ctx: ApiContext, datasetId: string, limit: number): Promise<ImportJobDto[]> {
  return ctx.db.importJob.findMany({
    where: { datasetId },
    select: importJobSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: Math.min(Math.max(limit, 1), 200),
  });
}
