import { EXPORT_FORMATS, EXPORT_WRITERS, type ExportFormat, type ExportLevel } from '@hep2/catalog';
import { builder } from '../../graphql/builder';
import { archiveFileName, type ExportJobDto } from './exports.dto';

/** The GraphQL name of a catalog format: seed-csv -> SEED_CSV. */
export const exportFormatEnumName = (format: ExportFormat) => format.toUpperCase().replaceAll('-', '_');

/** Derived from the catalog's registry (EXPORT_WRITERS): a new format there is a new value here. */
export const ExportFormatEnum = builder.enumType('ExportFormat', {
  description: 'What an export writes (the formats of `hep2 export --format`).',
  values: Object.fromEntries(
    EXPORT_FORMATS.map((format) => [
      exportFormatEnumName(format),
      { value: format, description: EXPORT_WRITERS[format].description },
    ]),
  ) as Record<string, { value: ExportFormat; description: string }>,
});

export const ExportLevelEnum = builder.enumType('ExportLevel', {
  description: 'Unit of a CSV or COCO export.',
  values: {
    PATCH: { value: 'patch', description: 'Patches with their curated (or weak) labels and masks.' },
    SPECIMEN: { value: 'specimen', description: 'Whole specimens with their source labels and masks.' },
  } as const,
});

export const ExportJobStatusEnum = builder.enumType('ExportJobStatus', {
  description: 'State of an export job.',
  values: {
    QUEUED: { description: 'Accepted, waiting for a worker.' },
    RUNNING: { description: 'Writing the archive; see its progress.' },
    SUCCEEDED: { description: 'The archive is stored: download it with downloadUrl.' },
    FAILED: { description: 'Stopped with the reason in error; no archive was kept.' },
  } as const,
});

const count = (description: string) => ({ nullable: true as const, description });

export const ExportJobRef = builder.objectRef<ExportJobDto>('ExportJob').implement({
  description:
    'A dataset export made in the background as one .zip in object storage: its progress, then what the archive holds and the snapshot of the labels it was read from.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    datasetId: t.exposeID('datasetId', { description: 'Dataset exported.' }),
    format: t.field({
      type: ExportFormatEnum,
      description: 'Format written.',
      resolve: (j) => j.format as ExportFormat,
    }),
    level: t.field({
      type: ExportLevelEnum,
      description: 'Patches or specimens (specimen-only formats always specimens).',
      resolve: (j) => j.level as ExportLevel,
    }),
    approvedOnly: t.exposeBoolean('approvedOnly', {
      description: 'Approved labels only; false: everything, each with its status.',
    }),
    status: t.expose('status', { type: ExportJobStatusEnum, description: 'Job state.' }),
    progressDone: t.exposeInt('progressDone', {
      description: 'Units of work done: files written, and items of COCO annotations.json.',
    }),
    progressTotal: t.exposeInt('progressTotal', {
      description: 'Units of work in all (0 until the labels are read).',
    }),
    error: t.exposeString('error', { nullable: true, description: 'Why the job failed.' }),
    fileName: t.string({
      description: 'The name the archive downloads under: dataset, format, level, scope and start time.',
      resolve: (j) => archiveFileName(j),
    }),
    bytes: t.float({
      nullable: true,
      description: 'Size of the archive in bytes (a Float: archives may pass 2 GiB); null until SUCCEEDED.',
      resolve: (j) => (j.archiveBytes === null ? null : Number(j.archiveBytes)),
    }),
    files: t.exposeInt('files', count('Files in the archive, export.json included.')),
    items: t.exposeInt('items', count('Patches or specimens in the archive.')),
    labels: t.exposeInt(
      'labels',
      count('Items in the archive that carry a label (pattern, intensity or mask).'),
    ),
    warnings: t.stringList({
      description: 'Items left out and why (the first 100; export.json in the archive lists them all).',
      resolve: (j) => (Array.isArray(j.warnings) ? j.warnings.map(String) : []),
    }),
    warningCount: t.exposeInt('warningCount', { description: 'Items left out in all.' }),
    approvedLabels: t.exposeInt('approvedLabels', count('Snapshot: approved annotations in the archive.')),
    newestApprovalAt: t.expose('newestApprovalAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Snapshot: when the newest approved annotation in the archive was approved.',
    }),
    snapshotAt: t.expose('snapshotAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Snapshot: when the labels were read (all in one transaction).',
    }),
    modelVersionId: t.exposeID('modelVersionId', {
      nullable: true,
      description:
        'Snapshot: the active model version when the labels were read (null: none, or since deleted).',
    }),
    modelVersionNumber: t.exposeInt('modelVersionNumber', count("Snapshot: that model version's number.")),
    createdById: t.exposeID('createdById', { nullable: true, description: 'Who started it.' }),
    createdByName: t.string({
      nullable: true,
      description: 'Their name (null once the account is deleted).',
      resolve: (j) => j.createdBy?.name ?? null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was started.' }),
    startedAt: t.expose('startedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When its (latest) attempt started.',
    }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true, description: 'When it ended.' }),
    downloadUrl: t.string({
      nullable: true,
      description:
        'A download link for the archive, signed anew on every read and valid for PRESIGN_TTL_SECONDS: the export stays downloadable for as long as it is kept. Null unless SUCCEEDED.',
      resolve: (j, _args, ctx) =>
        j.status === 'SUCCEEDED' && j.archiveKey
          ? ctx.publicStore.presignedGet(j.archiveKey, ctx.config.PRESIGN_TTL_SECONDS, archiveFileName(j))
          : null,
    }),
  }),
});

export interface ExportFormatInfoDto {
  format: ExportFormat;
  description: string;
  level: ExportLevel | null;
}

export const ExportFormatInfoRef = builder.objectRef<ExportFormatInfoDto>('ExportFormatInfo').implement({
  description: 'One export format, from the catalog registry: what pickers offer and explain.',
  fields: (t) => ({
    format: t.field({ type: ExportFormatEnum, description: 'The format.', resolve: (f) => f.format }),
    description: t.exposeString('description', { description: 'What it writes.' }),
    level: t.field({
      type: ExportLevelEnum,
      nullable: true,
      description: 'The level it always writes (specimen-only formats); null: patches or specimens.',
      resolve: (f) => f.level,
    }),
  }),
});

/** Every registered format, in the registry's order. */
export const exportFormatInfos = (): ExportFormatInfoDto[] =>
  EXPORT_FORMATS.map((format) => ({
    format,
    description: EXPORT_WRITERS[format].description,
    level: EXPORT_WRITERS[format].level ?? null,
  }));
