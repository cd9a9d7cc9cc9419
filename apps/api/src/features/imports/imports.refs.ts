import { builder } from '../../graphql/builder';
import { type ImportGroupingDto, type ImportMaskSummaryDto, parseImportReport } from './import-report';
import type { ImportJobDto, RowErrorDto, UploadTicketDto } from './imports.dto';

export const JobStatusEnum = builder.enumType('JobStatus', {
  description: 'State of a background job.',
  values: {
    PENDING: { description: 'Accepted, not started yet.' },
    RUNNING: { description: 'Working.' },
    SUCCEEDED: { description: 'Finished; see its counts and row errors.' },
    FAILED: { description: 'Stopped; nothing was imported when all-or-nothing.' },
  } as const,
});

export const ImportLayoutEnum = builder.enumType('ImportLayout', {
  description: 'Folder layouts the importer reads.',
  values: {
    SEED_CSV: {
      value: 'seed-csv',
      description: 'No header: image, mask, pattern, intensity (the seed code).',
    },
    HEADER_CSV: {
      value: 'header-csv',
      description: 'Header naming image, mask, pattern, intensity and optional specimen, fold.',
    },
    CELLS: {
      value: 'cells',
      description: 'Cell crops with "Image ID, Image class" (no masks, no intensity).',
    },
  } as const,
});

export const ImportOptionsInputRef = builder.inputType('ImportOptionsInput', {
  description: 'Scan options, as hep2 import takes them (--group-by, --folds-file, ...).',
  fields: (t) => ({
    groupBy: t.string({
      required: false,
      description:
        'Which images form one specimen: column, folder, seed, file or pattern:<regex> (detected when omitted).',
    }),
    foldsFile: t.string({
      required: false,
      description:
        'A fold table inside the imported folder: a CSV (image or specimen, fold) or a folder of fold_A.csv files.',
    }),
    skipDuplicates: t.boolean({
      required: false,
      description: 'Lines with the same image content as an earlier one are skipped instead of failing.',
    }),
    validationFold: t.int({
      required: false,
      description: 'The specimens of this fold (0-based) become the fixed validation specimens.',
    }),
  }),
});

export const ImportLabelsEnum = builder.enumType('ImportLabels', {
  description: 'How far the labels of an import are trusted.',
  values: {
    WEAK: {
      value: 'weak',
      description: "Specimen labels for training only; the patches wait in the annotators' queue.",
    },
    CURATED: {
      value: 'curated',
      description:
        'Expert ground truth: every patch is approved with an IMPORT annotation (no author), usable for training and validation, never queued.',
    },
  } as const,
});

const RowErrorRef = builder.objectRef<RowErrorDto>('ImportRowError').implement({
  description: 'A manifest row that could not be imported.',
  fields: (t) => ({
    line: t.exposeInt('line', { description: '1-based line in the manifest.' }),
    reason: t.exposeString('reason', { description: 'Why the row was refused.' }),
  }),
});

const MaskBinarizationRef = builder
  .objectRef<{ method: string; masks: number }>('ImportMaskBinarization')
  .implement({
    description: 'How many masks were made binary one way.',
    fields: (t) => ({
      method: t.exposeString('method', {
        description: 'already-binary, two-levels, nonzero-labels, otsu or uniform.',
      }),
      masks: t.exposeInt('masks', { description: 'Masks made binary this way.' }),
    }),
  });

const ImportMaskSummaryRef = builder.objectRef<ImportMaskSummaryDto>('ImportMaskSummary').implement({
  description: 'What the imported masks look like: the ones worth a look, and the foreground share.',
  fields: (t) => ({
    masks: t.exposeInt('masks', { description: 'Masks read.' }),
    emptyLines: t.exposeIntList('emptyLines', {
      description: 'Manifest lines whose mask has no foreground (accepted, but worth a look).',
    }),
    contourLines: t.exposeIntList('contourLines', {
      description: 'Manifest lines whose mask looks like outlines rather than filled cells.',
    }),
    foregroundMin: t.exposeFloat('foregroundMin', { description: 'Smallest foreground share, 0..1.' }),
    foregroundMax: t.exposeFloat('foregroundMax', { description: 'Largest foreground share, 0..1.' }),
    foregroundMedian: t.exposeFloat('foregroundMedian', { description: 'Median foreground share, 0..1.' }),
    binarizations: t.field({
      type: [MaskBinarizationRef],
      description: 'How the masks were made binary, most used first.',
      resolve: (m) =>
        Object.entries(m.methods)
          .map(([method, masks]) => ({ method, masks }))
          .sort((a, b) => b.masks - a.masks),
    }),
  }),
});

const ImportGroupingRef = builder.objectRef<ImportGroupingDto>('ImportGrouping').implement({
  description: 'How the imported images were grouped into specimens (kept in one fold).',
  fields: (t) => ({
    by: t.exposeString('by', {
      description: 'column, folder, seed, file or pattern:<regex> (see the import groupBy option).',
    }),
    detected: t.exposeBoolean('detected', { description: 'Chosen by the importer (no groupBy given).' }),
    groups: t.exposeInt('groups', { description: 'Distinct specimens (groups) among the good rows.' }),
  }),
});

export const ImportJobRef = builder.objectRef<ImportJobDto>('ImportJob').implement({
  description: 'A dataset import running in the background, with its progress and row report.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    datasetId: t.exposeID('datasetId', { description: 'Dataset imported into.' }),
    layout: t.exposeString('layout', { description: 'Manifest layout (detected unless given).' }),
    source: t.exposeString('source', { description: 'Folder on the server.' }),
    allOrNothing: t.exposeBoolean('allOrNothing', { description: 'Any bad row stops the whole import.' }),
    labels: t.field({
      type: ImportLabelsEnum,
      description: 'Whether the labels were imported as weak labels or as curated ground truth.',
      resolve: (j) => (j.labels === 'curated' ? 'curated' : 'weak'),
    }),
    status: t.expose('status', { type: JobStatusEnum, description: 'Job state.' }),
    totalRows: t.exposeInt('totalRows', { description: 'Data rows in the manifest.' }),
    doneRows: t.exposeInt('doneRows', { description: 'Rows checked so far.' }),
    importedRows: t.exposeInt('importedRows', { description: 'New specimens stored (committed when done).' }),
    rowErrors: t.field({
      type: [RowErrorRef],
      description: 'Bad rows with their line and reason.',
      resolve: (j) => (Array.isArray(j.rowErrors) ? (j.rowErrors as RowErrorDto[]) : []),
    }),
    warnings: t.stringList({
      description: 'What the scan found worth a look that did not fail a row (empty masks, lone groups...).',
      resolve: (j) => parseImportReport(j.report).warnings,
    }),
    maskSummary: t.field({
      type: ImportMaskSummaryRef,
      nullable: true,
      description: 'The imported masks at a glance; null without masks or before the scan ended.',
      resolve: (j) => parseImportReport(j.report).maskSummary,
    }),
    grouping: t.field({
      type: ImportGroupingRef,
      nullable: true,
      description: 'How images were grouped into specimens; null before the scan ended.',
      resolve: (j) => parseImportReport(j.report).grouping,
    }),
    error: t.exposeString('error', { nullable: true, description: 'Why the job failed as a whole.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was started.' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true, description: 'When it ended.' }),
  }),
});

export const UploadTicketRef = builder.objectRef<UploadTicketDto>('UploadTicket').implement({
  description: 'Where to PUT a specimen image; call completeSpecimenUpload afterwards.',
  fields: (t) => ({
    uploadId: t.exposeID('uploadId', { description: 'Pass to completeSpecimenUpload.' }),
    url: t.exposeString('url', { description: 'Presigned URL: PUT the raw file bytes here.' }),
    method: t.exposeString('method', { description: 'HTTP method to use (PUT).' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'The URL stops working then.' }),
    maxBytes: t.exposeInt('maxBytes', { description: 'Largest file accepted.' }),
  }),
});

/** How an import runs, the same for a server folder (startImport) and an archive (startArchiveImport). */
export const importRunArgs = builder.args((t) => ({
  layout: t.field({ type: ImportLayoutEnum, required: false, description: 'Detected when omitted.' }),
  allOrNothing: t.boolean({
    required: false,
    description: 'Default true: any bad row and nothing is imported.',
  }),
  labels: t.field({
    type: ImportLabelsEnum,
    required: false,
    description: 'Default WEAK; CURATED approves every patch with the imported labels (ground truth).',
  }),
  options: t.field({
    type: ImportOptionsInputRef,
    required: false,
    description: 'Grouping, fold table, duplicates and validation fold.',
  }),
}));
