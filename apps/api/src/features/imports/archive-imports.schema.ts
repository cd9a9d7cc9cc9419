import { builder } from '../../graphql/builder';
import { requireViewer } from '../../graphql/viewer';
import { requestArchiveUpload, startArchiveImport } from './archive-imports.service';
import type { UploadTicketDto } from './imports.dto';
import { ImportJobRef, importRunArgs } from './imports.refs';

const ArchiveUploadTicketRef = builder.objectRef<UploadTicketDto>('ArchiveUploadTicket').implement({
  description: 'Where to PUT a dataset archive (.zip); call startArchiveImport afterwards.',
  fields: (t) => ({
    uploadId: t.exposeID('uploadId', { description: 'Pass to startArchiveImport.' }),
    url: t.exposeString('url', {
      description: 'Presigned URL: PUT the raw .zip bytes here, in one request.',
    }),
    method: t.exposeString('method', { description: 'HTTP method to use (PUT).' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'The URL stops working then.' }),
    // Float: archives pass 2^31 bytes, GraphQL's Int does not.
    maxBytes: t.exposeFloat('maxBytes', { description: 'Largest archive accepted, in bytes.' }),
  }),
});

builder.mutationFields((t) => ({
  requestArchiveUpload: t.field({
    type: ArchiveUploadTicketRef,
    description:
      'A presigned URL to PUT a dataset archive (.zip: manifest, images, masks) to; archives above MAX_ARCHIVE_BYTES are refused.',
    authScopes: { admin: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset the archive is for.' }),
      filename: t.arg.string({ description: 'File name, ending in .zip.' }),
      size: t.arg.float({ description: 'Archive size in bytes (a whole number).' }),
    },
    resolve: (_r, args, ctx) =>
      requestArchiveUpload(ctx, requireViewer(ctx), { ...args, datasetId: String(args.datasetId) }),
  }),
  startArchiveImport: t.field({
    type: ImportJobRef,
    description:
      'Imports an uploaded archive with the same background job as startImport; follow it with importProgress.',
    authScopes: { admin: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset to import into (the one the upload was requested for).' }),
      uploadId: t.arg.id({ description: 'From requestArchiveUpload, once the PUT finished.' }),
      ...importRunArgs,
    },
    resolve: (_r, args, ctx) =>
      startArchiveImport(ctx, requireViewer(ctx), {
        ...args,
        datasetId: String(args.datasetId),
        uploadId: String(args.uploadId),
      }),
  }),
}));
