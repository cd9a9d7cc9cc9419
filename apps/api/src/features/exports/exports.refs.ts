import { EXPORT_FORMATS, EXPORT_WRITERS, type ExportFormat } from '@hep2/catalog';
import { builder } from '../../graphql/builder';
import type { ExportDto, ExportFileDto } from './exports.dto';

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
