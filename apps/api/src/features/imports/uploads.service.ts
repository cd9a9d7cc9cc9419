import { CatalogError, importSpecimenImage, type LabelTrust } from '@hep2/catalog';
import { objectKeys } from '@hep2/storage';
import type { Actor } from '../../shared/actor';
import { toDomainError } from '../../shared/catalog-errors';
import { DomainError, notFound } from '../../shared/domain-error';
import type { ServiceDeps } from '../../shared/service-deps';
import { recordAudit } from '../audit/audit.service';
import { type SpecimenDto, specimenSelect } from '../datasets/datasets.dto';
import type { UploadTicketDto } from './imports.dto';
import { issueUploadTicket } from './upload-ticket.service';

export interface RequestUploadArgs {
  datasetId: string;
  filename: string;
  size: number;
}

/**
 * Step 1 of an upload: a presigned PUT URL for one file of exactly the declared size. The size is
 * checked here against MAX_UPLOAD_BYTES and signed into the URL, so the store refuses any other
 * size; the stored object is checked again at completion all the same. Uploads never completed are
 * removed by sweepAbandonedUploads.
 */
export async function requestSpecimenUpload(
  deps: ServiceDeps<'config' | 'store' | 'publicStore'>,
  actor: Actor,
  args: RequestUploadArgs,
): Promise<UploadTicketDto> {
  const filename = args.filename.trim();
  if (!filename || filename.length > 255 || /[\\/]/.test(filename))
    throw new DomainError('VALIDATION_FAILED', 'filename: give a plain file name (1-255 characters)', {
      field: 'filename',
    });
  if (!Number.isInteger(args.size) || args.size < 1)
    throw new DomainError('VALIDATION_FAILED', 'size: must be a positive number of bytes', { field: 'size' });
  const max = deps.config.MAX_UPLOAD_BYTES;
  if (args.size > max)
    throw new DomainError('PAYLOAD_TOO_LARGE', `File is ${args.size} bytes; the limit is ${max} bytes`, {
      field: 'size',
      maxBytes: max,
    });
  return issueUploadTicket(deps, actor, {
    datasetId: args.datasetId,
    filename,
    size: args.size,
    objectKey: objectKeys.upload,
    ttlSeconds: deps.config.PRESIGN_TTL_SECONDS,
  });
}

export interface CompleteUploadArgs {
  uploadId: string;
  pattern?: string | null;
  intensity?: string | null;
  /** Default weak; curated is an admin's call (it approves every patch without review). */
  labels?: LabelTrust | null;
}

/**
 * Step 2: validates the uploaded object on the server (size, decodable image, pixel limit) and
 * turns it into a specimen with patches. A refused upload is marked REJECTED and its object deleted.
 */
export async function completeSpecimenUpload(
  deps: ServiceDeps<'config' | 'store' | 'publicStore'>,
  actor: Actor,
  args: CompleteUploadArgs,
): Promise<SpecimenDto> {
  if (args.labels === 'curated' && actor.role !== 'ADMIN')
    throw new DomainError('FORBIDDEN', 'Only an admin may import labels as curated ground truth', {
      field: 'labels',
    });
  const upload = await deps.db.upload.findUnique({ where: { id: args.uploadId } });
  if (!upload) throw notFound('Upload', args.uploadId);
  if (upload.createdById !== actor.id && actor.role !== 'ADMIN')
    throw new DomainError('FORBIDDEN', 'Only the user who requested the upload may complete it');
  if (upload.status !== 'PENDING')
    throw new DomainError('CONFLICT', `Upload is already ${upload.status.toLowerCase()}`);
  if (upload.objectKey === objectKeys.archiveUpload(upload.datasetId, upload.id))
    throw new DomainError('VALIDATION_FAILED', 'This upload is a dataset archive: use startArchiveImport', {
      field: 'uploadId',
    });
  const reject = async (error: DomainError): Promise<never> => {
    await deps.store.remove(upload.objectKey).catch(() => {});
    await deps.db.$transaction(async (tx) => {
      await tx.upload.update({
        where: { id: upload.id },
        data: { status: 'REJECTED', error: error.message },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'upload.reject',
        entityType: 'Upload',
        entityId: upload.id,
        after: { code: error.code, message: error.message },
        requestId: deps.requestId,
      });
    });
    throw error;
  };
  const info = await deps.store.stat(upload.objectKey);
  if (!info) {
    if (upload.expiresAt < new Date())
      return reject(new DomainError('VALIDATION_FAILED', 'The upload URL expired before a file arrived'));
    throw new DomainError('VALIDATION_FAILED', 'Nothing was uploaded yet: PUT the file to the URL first', {
      field: 'uploadId',
    });
  }
  const max = Math.min(deps.config.MAX_UPLOAD_BYTES, upload.maxBytes);
  if (info.size > max)
    return reject(
      new DomainError('PAYLOAD_TOO_LARGE', `Uploaded file is ${info.size} bytes; the limit is ${max} bytes`, {
        maxBytes: max,
      }),
    );
  const bytes = await deps.store.get(upload.objectKey);
  let imported: Awaited<ReturnType<typeof importSpecimenImage>>;
  try {
    imported = await importSpecimenImage(deps.db, deps.store, {
      datasetId: upload.datasetId,
      bytes,
      filename: upload.filename,
      pattern: args.pattern ?? undefined,
      intensity: args.intensity ?? undefined,
      source: 'UPLOAD',
      labels: args.labels ?? 'weak',
      maxPixels: deps.config.MAX_IMAGE_PIXELS,
      metadata: { uploadId: upload.id },
    });
  } catch (err) {
    if (err instanceof CatalogError && err.code !== 'CONFLICT')
      return reject(toDomainError(err) as DomainError);
    throw toDomainError(err);
  }
  await deps.store.remove(upload.objectKey).catch(() => {});
  return deps.db.$transaction(async (tx) => {
    await tx.upload.update({
      where: { id: upload.id },
      data: { status: 'ACCEPTED', specimenId: imported.specimenId },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'upload.accept',
      entityType: 'Upload',
      entityId: upload.id,
      after: { specimenId: imported.specimenId, created: imported.created, patches: imported.patches },
      requestId: deps.requestId,
    });
    return tx.specimen.findUniqueOrThrow({ where: { id: imported.specimenId }, select: specimenSelect });
  });
}
