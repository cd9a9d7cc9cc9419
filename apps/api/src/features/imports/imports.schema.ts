import { builder } from '../../graphql/builder';
import { requireViewer } from '../../graphql/viewer';
import { SpecimenRef } from '../datasets/dataset.refs';
import { topics } from '../events/topics';
import { importJobById, importJobsOf, startImport } from './import-jobs.service';
import { ImportJobRef, ImportLabelsEnum, importRunArgs, UploadTicketRef } from './imports.refs';
import { completeSpecimenUpload, requestSpecimenUpload } from './uploads.service';

builder.queryFields((t) => ({
  importJob: t.field({
    type: ImportJobRef,
    description: 'One import job with its progress and row report.',
    authScopes: { curator: true },
    args: { id: t.arg.id({ description: 'Import job id.' }) },
    resolve: (_r, args, ctx) => importJobById(ctx, String(args.id)),
  }),
  importJobs: t.field({
    type: [ImportJobRef],
    description: 'Import jobs of a dataset, newest first.',
    authScopes: { curator: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset id.' }),
      limit: t.arg.int({ required: false, description: 'At most this many (default 50, max 200).' }),
    },
    resolve: (_r, args, ctx) => importJobsOf(ctx, String(args.datasetId), args.limit ?? 50),
  }),
}));

builder.mutationFields((t) => ({
  startImport: t.field({
    type: ImportJobRef,
    description: 'Starts importing a folder on the server in the background; follow it with importProgress.',
    authScopes: { admin: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset to import into.' }),
      serverPath: t.arg.string({ description: 'Folder on the API server holding the manifest and images.' }),
      ...importRunArgs,
    },
    resolve: (_r, args, ctx) =>
      startImport(ctx, requireViewer(ctx), { ...args, datasetId: String(args.datasetId) }),
  }),
  requestSpecimenUpload: t.field({
    type: UploadTicketRef,
    description: 'A presigned URL to PUT one specimen image to; files above MAX_UPLOAD_BYTES are refused.',
    authScopes: { curator: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset the image is for.' }),
      filename: t.arg.string({ description: 'File name; its stem names the specimen.' }),
      size: t.arg.int({ description: 'File size in bytes.' }),
    },
    resolve: (_r, args, ctx) =>
      requestSpecimenUpload(ctx, requireViewer(ctx), { ...args, datasetId: String(args.datasetId) }),
  }),
  completeSpecimenUpload: t.field({
    type: SpecimenRef,
    description:
      'Validates an uploaded file on the server and makes it a specimen with patches (INVALID_IMAGE or PAYLOAD_TOO_LARGE otherwise).',
    authScopes: { curator: true },
    args: {
      uploadId: t.arg.id({ description: 'From requestSpecimenUpload.' }),
      pattern: t.arg.string({ required: false, description: 'Specimen pattern key, if known.' }),
      intensity: t.arg.string({ required: false, description: 'Specimen intensity key, if known.' }),
      labels: t.arg({
        type: ImportLabelsEnum,
        required: false,
        description: 'Default WEAK; CURATED (admins only) approves every patch with the given labels.',
      }),
    },
    resolve: (_r, args, ctx) =>
      completeSpecimenUpload(ctx, requireViewer(ctx), { ...args, uploadId: String(args.uploadId) }),
  }),
}));

builder.subscriptionFields((t) => ({
  importProgress: t.field({
    type: ImportJobRef,
    description: 'The import job now, then again as it progresses and when it ends.',
    authScopes: { curator: true },
    args: { jobId: t.arg.id({ description: 'Import job id.' }) },
    subscribe: (_r, args, ctx) => {
      const jobId = String(args.jobId);
      const queue = ctx.events.subscribe(topics.importJob, (payload) => payload.jobId === jobId);
      // The current state first: a job may progress (or finish) before the client subscribed.
      queue.push({ jobId });
      return queue;
    },
    resolve: (_p, args, ctx) => importJobById(ctx, String(args.jobId)),
  }),
}));
