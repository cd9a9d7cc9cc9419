import { EXPORT_WRITERS, type ExportFormat, type ExportLevel } from '@hep2/catalog';
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { cursorPage } from '../../graphql/pagination';
import type { Actor } from '../../shared/actor';
import { notFound } from '../../shared/domain-error';
import type { ServiceDeps } from '../../shared/service-deps';
import { recordAudit } from '../audit/audit.service';
import { publishEvent } from '../events/event-bus';
import { topics } from '../events/topics';
import { type ExportJobDto, exportJobSelect } from './exports.dto';

export interface StartExportArgs {
  datasetId: string;
  format: ExportFormat;
  /** Default patch; specimen-only formats always write specimens. */
  level?: ExportLevel | null;
  /** Default true. */
  approvedOnly?: boolean | null;
}

/**
 * Records an export job and puts it on the durable export queue: the request answers at once with
 * the QUEUED job; whichever API process picks it up writes the archive and reports its progress
 * through the row and `exportProgress` events (export-worker.ts). A job the queue refused is marked
 * FAILED with the reason, never left QUEUED.
 */
export async function startExport(
  deps: ServiceDeps<'exports'>,
  actor: Actor,
  args: StartExportArgs,
): Promise<ExportJobDto> {
  const dataset = await deps.db.dataset.findUnique({ where: { id: args.datasetId }, select: { id: true } });
  if (!dataset) throw notFound('Dataset', args.datasetId);
  const level = EXPORT_WRITERS[args.format].level ?? args.level ?? 'patch';
  const request = {
    datasetId: dataset.id,
    format: args.format,
    level,
    approvedOnly: args.approvedOnly ?? true,
  };
  const created = await deps.db.$transaction(async (tx) => {
    const job = await tx.exportJob.create({
      data: { ...request, createdById: actor.id },
      select: exportJobSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'export.start',
      entityType: 'ExportJob',
      entityId: job.id,
      after: request,
      requestId: deps.requestId,
    });
    await publishEvent(tx, topics.exportJob, { jobId: job.id, datasetId: dataset.id, status: 'QUEUED' });
    return job;
  });
  try {
    await deps.exports.enqueue(created.id);
  } catch (err) {
    await deps.db.exportJob.update({
      where: { id: created.id },
      data: {
        status: 'FAILED',
        error: `could not queue the export: ${(err as Error).message}`,
        finishedAt: new Date(),
      },
    });
    throw err;
  }
  return created;
}

export async function exportJobById(deps: ServiceDeps<'exports'>, id: string): Promise<ExportJobDto> {
  const job = await deps.db.exportJob.findUnique({ where: { id }, select: exportJobSelect });
  if (!job) throw notFound('ExportJob', id);
  return job;
}

/** A dataset's export jobs, newest first, a page at a time. */
export function exportJobsPage(
  deps: ServiceDeps<'exports'>,
  datasetId: string,
  args: DefaultConnectionArguments,
) {
  return cursorPage(
    args,
    (job: ExportJobDto) => job.id,
    ({ after, before, limit, inverted }) =>
      deps.db.exportJob.findMany({
        where: { datasetId },
        select: exportJobSelect,
        take: limit,
        cursor: after ? { id: after } : before ? { id: before } : undefined,
        skip: after || before ? 1 : 0,
        orderBy: [{ createdAt: inverted ? 'asc' : 'desc' }, { id: inverted ? 'asc' : 'desc' }],
      }),
  );
}
