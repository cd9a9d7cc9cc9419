import { builder } from '../../graphql/builder';
import { requireViewer } from '../../graphql/viewer';
import { DatasetRef, IntensityModeEnum, SpecimenRef } from '../datasets/dataset.refs';
import { topics } from '../events/topics';
import { createDatasetAsAdmin, updateDatasetSettings } from './dataset-admin.service';
import { exportDatasetFiles } from './exports.service';
import { importJobById, importJobsOf, startImport } from './import-jobs.service';
import {
  ExportFormatEnum,
  ExportLevelEnum,
  ExportRef,
  ImportJobRef,
  ImportLabelsEnum,
  importRunArgs,
  TaxonomyPresetEnum,
  UploadTicketRef,
} from './imports.refs';
import { completeSpecimenUpload, requestSpecimenUpload } from './uploads.service';

const PatternClassInput = builder.inputType('PatternClassInput', {
  description: 'A pattern class of a new dataset (its position in the list is the class index).',
  fields: (t) => ({
    key: t.string({ description: 'Machine key, e.g. "centromere".' }),
    name: t.string({ description: 'Display name.' }),
    icapCodes: t.stringList({ description: 'ICAP codes, e.g. ["AC-3"].' }),
    color: t.string({ required: false, description: 'Display colour (#rrggbb).' }),
    shortcut: t.string({ required: false, description: 'Keyboard shortcut.' }),
  }),
});

const IntensityLevelInput = builder.inputType('IntensityLevelInput', {
  description: 'An intensity level of a new dataset, weakest first.',
  fields: (t) => ({
    key: t.string({ description: 'Machine key, e.g. "positive".' }),
    name: t.string({ description: 'Display name.' }),
    shortcut: t.string({ required: false, description: 'Keyboard shortcut.' }),
  }),
});

const TaxonomyInput = builder.inputType('TaxonomyInput', {
  description: 'The label classes of a dataset; the reference taxonomy is used when omitted.',
  fields: (t) => ({
    patterns: t.field({ type: [PatternClassInput], description: 'Pattern classes in model order.' }),
    intensities: t.field({ type: [IntensityLevelInput], description: 'Intensity levels, weakest first.' }),
  }),
});

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
  createDataset: t.field({
    type: DatasetRef,
    description:
      'Creates a dataset; without a taxonomy or preset it gets the 7 reference patterns plus negative.',
    authScopes: { admin: true },
    args: {
      slug: t.arg.string({ description: 'Unique URL name: lower-case letters, digits, dashes.' }),
      name: t.arg.string({ description: 'Display name.' }),
      description: t.arg.string({ required: false, description: 'Free text.' }),
      intensityMode: t.arg({ type: IntensityModeEnum, required: false, description: 'Default BINARY.' }),
      patchSize: t.arg.int({
        required: false,
        description:
          'Patch edge (default 384); an image that fits inside it (a cell crop) is one patch of its own size.',
      }),
      strideX: t.arg.int({
        required: false,
        description: 'Horizontal stride (default: 251/384 of the patch size, 251 for 384).',
      }),
      strideY: t.arg.int({
        required: false,
        description: 'Vertical stride (default: 328/384 of the patch size, 328 for 384).',
      }),
      taxonomyPreset: t.arg({
        type: TaxonomyPresetEnum,
        required: false,
        description: 'A named taxonomy (default SEED); ignored when taxonomy is given.',
      }),
      taxonomy: t.arg({ type: TaxonomyInput, required: false, description: 'Custom label classes.' }),
    },
    resolve: (_r, args, ctx) =>
      createDatasetAsAdmin(ctx, requireViewer(ctx), {
        ...args,
        taxonomy: args.taxonomy
          ? {
              patterns: args.taxonomy.patterns.map((p) => ({ ...p, color: p.color ?? undefined })),
              intensities: args.taxonomy.intensities,
            }
          : null,
      }),
  }),
  updateDatasetSettings: t.field({
    type: DatasetRef,
    description: 'Changes dataset settings; fails with STALE_VERSION when someone else changed them first.',
    authScopes: { admin: true },
    args: {
      id: t.arg.id({ description: 'Dataset id.' }),
      expectedVersion: t.arg.int({ description: 'The version the edit started from.' }),
      name: t.arg.string({ required: false, description: 'Display name.' }),
      description: t.arg.string({ required: false, description: 'Free text.' }),
      annotatorsPerPatch: t.arg.int({ required: false, description: 'Consensus k (1..10).' }),
      agreementThreshold: t.arg.float({
        required: false,
        description: 'Agreement below this goes to curators.',
      }),
      patchSize: t.arg.int({ required: false, description: 'Patch edge; only before the first import.' }),
      strideX: t.arg.int({
        required: false,
        description: 'Horizontal stride; only before the first import.',
      }),
      strideY: t.arg.int({ required: false, description: 'Vertical stride; only before the first import.' }),
    },
    resolve: (_r, args, ctx) =>
      updateDatasetSettings(ctx, requireViewer(ctx), { ...args, id: String(args.id) }),
  }),
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
  exportDataset: t.field({
    type: ExportRef,
    description: 'Exports a dataset to object storage and returns download URLs for its files.',
    authScopes: { curator: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset id.' }),
      format: t.arg({ type: ExportFormatEnum, description: 'What to write.' }),
      approvedOnly: t.arg.boolean({
        required: false,
        description: 'Default true: approved labels only; false: everything with its status.',
      }),
      level: t.arg({
        type: ExportLevelEnum,
        required: false,
        description: 'Patches (default) or specimens.',
      }),
    },
    resolve: (_r, args, ctx) =>
      exportDatasetFiles(ctx, requireViewer(ctx), {
        datasetId: String(args.datasetId),
        format: args.format,
        approvedOnly: args.approvedOnly ?? true,
        level: args.level,
      }),
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
