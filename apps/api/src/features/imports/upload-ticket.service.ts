import { randomUUID } from 'node:crypto';
import type { Actor } from '../../shared/actor';
import { notFound } from '../../shared/domain-error';
import type { ServiceDeps } from '../../shared/service-deps';
import { recordAudit } from '../audit/audit.service';
import type { UploadTicketDto } from './imports.dto';

/** Upload.maxBytes is a 32-bit column; an archive's real limit is MAX_ARCHIVE_BYTES, checked on the object. */
const INT4_MAX = 2 ** 31 - 1;

export interface UploadTicketRequest {
  datasetId: string;
  /** Already checked by the caller, as is `size` against its limit. */
  filename: string;
  size: number;
  /** Where the object goes (objectKeys.upload or objectKeys.archiveUpload). */
  objectKey: (datasetId: string, uploadId: string) => string;
  ttlSeconds: number;
  /** Recorded in the audit row beside the dataset, file name and size. */
  audit?: Record<string, unknown>;
}

/**
 * Records a PENDING Upload (with its audit row) and presigns a PUT for a file of exactly the declared
 * size: the size is signed into the URL, so the store refuses a bigger or smaller body. Specimen
 * uploads (uploads.service.ts) and dataset archives (archive-imports.service.ts) both start here.
 */
export async function issueUploadTicket(
  deps: ServiceDeps<'publicStore'>,
  actor: Actor,
  request: UploadTicketRequest,
): Promise<UploadTicketDto> {
  const { filename, size, ttlSeconds } = request;
  const dataset = await deps.db.dataset.findUnique({
    where: { id: request.datasetId },
    select: { id: true },
  });
  if (!dataset) throw notFound('Dataset', request.datasetId);
  const id = randomUUID();
  const objectKey = request.objectKey(dataset.id, id);
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  await deps.db.$transaction(async (tx) => {
    await tx.upload.create({
      data: {
        id,
        datasetId: dataset.id,
        objectKey,
        filename,
        maxBytes: Math.min(size, INT4_MAX),
        createdById: actor.id,
        expiresAt,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'upload.request',
      entityType: 'Upload',
      entityId: id,
      after: { datasetId: dataset.id, filename, size, ...request.audit },
      requestId: deps.requestId,
    });
  });
  const url = await deps.publicStore.presignedPut(objectKey, ttlSeconds, size);
  return { uploadId: id, url, method: 'PUT', expiresAt, maxBytes: size };
}
