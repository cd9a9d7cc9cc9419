import { stat } from 'node:fs/promises';
import path from 'node:path';
import { createImportJob, type ImportProgress, type ImportResult, importFolder } from '@hep2/catalog';
import type { ImportLayout } from '@hep2/data';
import type { ApiContext, ApiServices, Viewer } from '../../graphql/context';
import { DomainError, notFound } from '../../shared/domain-error';
import { recordAudit } from '../audit/audit.service';
import { publishEvent } from '../events/event-bus';
import { topics } from '../events/topics';
import { type ImportJobDto, importJobSelect } from './imports.dto';

export interface StartImportArgs {
  datasetId: string;
  serverPath: string;
  layout?: ImportLayout | null;
  allOrNothing?: boolean | null;
}

const progressEvent = (p: ImportProgress) => ({
  jobId: p.jobId,
  datasetId: p.datasetId,
  phase: p.phase,
  status: p.status,
  totalRows: p.totalRows,
  doneRows: p.doneRows,
  importedRows: p.importedRows,
});

/**
 * Records an import job and starts it in the background of this process: the request returns the
 * PENDING job at once; progress arrives through the job row and `importProgress` events.
 */
export async function startImport(
  ctx: ApiContext,
  actor: Viewer,
  args: StartImportArgs,
): Promise<ImportJobDto> {
  const dir = path.resolve(args.serverPath);
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory())
    throw new DomainError('VALIDATION_FAILED', `serverPath: ${dir} is not a folder on the server`, {
      field: 'serverPath',
    });
  const dataset = await ctx.db.dataset.findUnique({ where: { id: args.datasetId }, select: { id: true } });
  if (!dataset) throw notFound('Dataset', args.datasetId);
  const allOrNothing = args.allOrNothing ?? true;
  const job = await ctx.db.$transaction(async (tx) => {
    const id = await createImportJob(tx, {
      datasetId: dataset.id,
      layout: args.layout ?? 'auto',
      source: dir,
      allOrNothing,
      createdById: actor.id,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'import.start',
      entityType: 'ImportJob',
      entityId: id,
      after: { datasetId: dataset.id, source: dir, layout: args.layout ?? 'auto', allOrNothing },
      requestId: ctx.requestId,
    });
    await publishEvent(tx, topics.importJob, { jobId: id, datasetId: dataset.id, status: 'PENDING' });
    return tx.importJob.findUniqueOrThrow({ where: { id }, select: importJobSelect });
  });
  setImmediate(() => {
    void runImportJob(ctx, actor, job.id, { ...args, serverPath: dir, allOrNothing });
  });
  return job;
}

async function runImportJob(
  services: ApiServices,
  actor: Viewer,
  jobId: string,
  args: StartImportArgs & { allOrNothing: boolean },
): Promise<void> {
  const { db, store, config } = services;
  let result: ImportResult | null = null;
  try {
    result = await importFolder(db, store, {
      datasetId: args.datasetId,
      dir: args.serverPath,
      layout: args.layout ?? undefined,
      allOrNothing: args.allOrNothing,
      jobId,
      createdById: actor.id,
      maxPixels: config.MAX_IMAGE_PIXELS,
      onProgress: (p) => publishEvent(db, topics.importJob, progressEvent(p)),
    });
  } catch (err) {
    // importFolder reports its own failures; this is for the unexpected (database gone).
    await db.importJob
      .update({
        where: { id: jobId },
        data: { status: 'FAILED', error: `import failed: ${(err as Error).message}`, finishedAt: new Date() },
      })
      .catch(() => {});
  }
  await recordAudit(db, {
    actorId: actor.id,
    action: 'import.finish',
    entityType: 'ImportJob',
    entityId: jobId,
    after: result
      ? {
          status: result.status,
          imported: result.imported.length,
          skipped: result.skipped.length,
          errors: result.errors.length,
          patches: result.patches,
          specimenIds: result.imported.map((i) => i.specimenId),
        }
      : { status: 'FAILED' },
  }).catch(() => {});
  await publishEvent(db, topics.importJob, {
    jobId,
    datasetId: args.datasetId,
    status: result?.status ?? 'FAILED',
  }).catch(() => {});
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
