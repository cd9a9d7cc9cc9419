import type { LabelTrust } from '@hep2/catalog';
import type { ImportLayout } from '@hep2/data';
import { objectKeys } from '@hep2/storage';
import type { Actor } from '../../shared/actor';
import { DomainError, notFound } from '../../shared/domain-error';
import type { ServiceDeps } from '../../shared/service-deps';
import { archiveSource } from './archive-source';
import { recordAndQueueImport } from './import-jobs.service';
import { type ImportOptionsInput, validImportOptions } from './import-options';
import type { ImportJobDto, UploadTicketDto } from './imports.dto';
import { issueUploadTicket } from './upload-ticket.service';

/*
 * A dataset archive travels like a specimen upload (uploads.service.ts): a presigned PUT straight
 * to the bucket, so gigabytes never pass through the API process or its request limits, and the
 * upload survives an API restart; then startArchiveImport hands the stored object to the durable
 * import queue, whose worker unpacks it (import-worker.ts, archive-source.ts).
 */

export async function requestArchiveUpload(
  deps: ServiceDeps<'config' | 'store' | 'publicStore' | 'imports'>,
  actor: Actor,
  args: { datasetId: string; filename: string; size: number },
): Promise<UploadTicketDto> {
  const filename = args.filename.trim();
  if (!/^[^\\/]{1,255}$/.test(filename) || !filename.toLowerCase().endsWith('.zip'))
    throw new DomainError('VALIDATION_FAILED', 'filename: give the plain name of a .zip file', {
      field: 'filename',
    });
  if (!Number.isSafeInteger(args.size) || args.size < 1)
    throw new DomainError('VALIDATION_FAILED', 'size: must be a positive number of bytes', { field: 'size' });
  const max = deps.config.MAX_ARCHIVE_BYTES;
  if (args.size > max)
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      `The archive is ${args.size} bytes; the limit is ${max} bytes (MAX_ARCHIVE_BYTES)`,
      { field: 'size', maxBytes: max },
    );
  // Gigabytes take a while to send: the URL lives at least an hour whatever PRESIGN_TTL_SECONDS says.
  return issueUploadTicket(deps, actor, {
    datasetId: args.datasetId,
    filename,
    size: args.size,
    objectKey: objectKeys.archiveUpload,
    ttlSeconds: Math.max(deps.config.PRESIGN_TTL_SECONDS, 3600),
    audit: { kind: 'archive' },
  });
}

export interface StartArchiveImportArgs {
  datasetId: string;
  uploadId: string;
  layout?: ImportLayout | null;
  allOrNothing?: boolean | null;
  labels?: LabelTrust | null;
  options?: ImportOptionsInput | null;
}

/** An uploaded archive, checked (there, of the dataset, within the limit), becomes an import job. */
export async function startArchiveImport(
  deps: ServiceDeps<'config' | 'store' | 'publicStore' | 'imports'>,
  actor: Actor,
  args: StartArchiveImportArgs,
): Promise<ImportJobDto> {
  const upload = await deps.db.upload.findUnique({ where: { id: args.uploadId } });
  if (!upload || upload.datasetId !== args.datasetId) throw notFound('Upload', args.uploadId);
  if (upload.objectKey !== objectKeys.archiveUpload(upload.datasetId, upload.id))
    throw new DomainError('VALIDATION_FAILED', 'This upload is not an archive: use requestArchiveUpload', {
      field: 'uploadId',
    });
  if (upload.status !== 'PENDING')
    throw new DomainError('CONFLICT', `Upload is already ${upload.status.toLowerCase()}`);
  const info = await deps.store.stat(upload.objectKey);
  if (!info)
    throw new DomainError('VALIDATION_FAILED', 'Nothing was uploaded yet: PUT the archive to the URL first', {
      field: 'uploadId',
    });
  const max = deps.config.MAX_ARCHIVE_BYTES;
  if (info.size > max) {
    await deps.store.remove(upload.objectKey).catch(() => {});
    await deps.db.upload.update({
      where: { id: upload.id },
      data: { status: 'REJECTED', error: `archive of ${info.size} bytes is over the ${max} bytes limit` },
    });
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      `The uploaded archive is ${info.size} bytes; the limit is ${max} bytes (MAX_ARCHIVE_BYTES)`,
      { maxBytes: max },
    );
  }
  const source = archiveSource(upload.objectKey);
  const options = validImportOptions(args.options);
  return recordAndQueueImport(
    deps,
    actor,
    {
      datasetId: upload.datasetId,
      source,
      layout: args.layout ?? 'auto',
      allOrNothing: args.allOrNothing ?? true,
      labels: args.labels ?? 'weak',
      options,
      audit: { archive: upload.filename },
    },
    async (tx) => {
      // Only one import per upload: the status flips in the transaction that creates the job.
      const { count } = await tx.upload.updateMany({
        where: { id: upload.id, status: 'PENDING' },
        data: { status: 'ACCEPTED' },
      });
      if (count !== 1) throw new DomainError('CONFLICT', 'This archive is already being imported');
    },
  );
}
