import { builder } from '../../graphql/builder';
import type { ExportDto, ExportFileDto } from './exports.dto';

export const ExportFormatEnum = builder.enumType('ExportFormat', {
  description: 'What an export writes.',
  values: {
    SEED_CSV: { value: 'seed-csv', description: 'The seed CSV layout with PNG images and masks.' },
    HEADER_CSV: { value: 'header-csv', description: 'CSV with a header (specimen, fold) and PNG masks.' },
    COCO: { value: 'coco', description: 'COCO JSON with RLE masks; pattern and intensity as attributes.' },
    SPECIMEN_CSV: { value: 'specimen-csv', description: 'One row per specimen with its labels.' },
    FOLDS: { value: 'folds', description: 'The specimen folds.' },
  } as const,
});

export const ExportLevelEnum = builder.enumType('ExportLevel', {
  description: 'Unit of a CSV or COCO export.',
  values: {
    PATCH: { value: 'patch', description: 'Patches with their curated (or weak) labels and masks.' },
    SPECIMEN: { value: 'specimen', description: 'Whole specimens with their source labels and masks.' },
  } as const,
});

const ExportFileRef = builder.objectRef<ExportFileDto>('ExportFile').implement({
  description: 'One file of an export.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Path inside the export, e.g. "masks/x_mask.png".' }),
    url: t.exposeString('url', { description: 'Short-lived download URL.' }),
    bytes: t.exposeInt('bytes', { description: 'Size in bytes.' }),
  }),
});

export const ExportRef = builder.objectRef<ExportDto>('DatasetExport').implement({
  description: 'A finished export stored in object storage.',
  fields: (t) => ({
    exportId: t.exposeID('exportId', { description: 'Export id (its folder in object storage).' }),
    format: t.exposeString('format', { description: 'Format written.' }),
    level: t.exposeString('level', { description: 'patch or specimen.' }),
    approvedOnly: t.exposeBoolean('approvedOnly', { description: 'Only approved labels were exported.' }),
    items: t.exposeInt('items', { description: 'Patches or specimens exported.' }),
    warnings: t.exposeStringList('warnings', { description: 'Items left out and why.' }),
    files: t.field({ type: [ExportFileRef], description: 'The files.', resolve: (e) => e.files }),
  }),
});
