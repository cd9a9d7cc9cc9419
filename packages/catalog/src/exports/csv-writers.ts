import { headerCsv, type Intensity, type PatternClass, seedCsv } from '@hep2/data';
import { textFile } from './export-file';
import type { ExportItem } from './export-items';
import {
  type ExportInput,
  type ExportWriter,
  foldOf,
  imageAndMaskFiles,
  imageFileOf,
  maskFileOf,
  statusFile,
  type WrittenExport,
} from './export-writer';

const intensityOf = (i: ExportItem): Intensity | undefined =>
  (i.intensity ?? (i.pattern === 'negative' ? 'negative' : undefined)) as Intensity | undefined;

/** The CSV layouts need a known pattern; the seed layout also a mask and an intensity. */
function usableItems(items: readonly ExportItem[], seed: boolean) {
  const warnings: string[] = [];
  const usable = items.filter((i) => {
    const why = !i.pattern
      ? 'no pattern label'
      : seed && !i.maskKey
        ? 'no mask'
        : seed && !intensityOf(i)
          ? 'no intensity label'
          : null;
    if (why) warnings.push(`${i.name}: left out (${why})`);
    return why === null;
  });
  return { usable, warnings };
}

function csvExport(input: ExportInput, seed: boolean): WrittenExport {
  const { usable: items, warnings } = usableItems(input.items, seed);
  const manifest = seed
    ? textFile(
        'dataset.csv',
        seedCsv(
          items.map((i) => ({
            image: imageFileOf(i),
            mask: maskFileOf(i),
            pattern: i.pattern as PatternClass,
            intensity: intensityOf(i) as Intensity,
          })),
        ),
      )
    : textFile(
        'manifest.csv',
        headerCsv(
          items.map((i) => ({
            image: imageFileOf(i),
            mask: i.maskKey ? maskFileOf(i) : undefined,
            pattern: i.pattern as PatternClass,
            intensity: intensityOf(i),
            specimen: input.level === 'specimen' ? i.specimen : i.name,
            fold: foldOf(i),
          })),
        ),
      );
  const files = [manifest, ...imageAndMaskFiles(input.store, items)];
  if (!input.approvedOnly) files.push(statusFile(items, imageFileOf));
  return { items, files, warnings };
}

export const seedCsvWriter: ExportWriter = {
  description:
    'The seed layout: dataset.csv without a header (image, mask, pattern, intensity), the images and PNG masks.',
  write: (input) => csvExport(input, true),
};

export const headerCsvWriter: ExportWriter = {
  description:
    'manifest.csv with a header (image, mask, pattern, intensity, specimen, fold), the images and PNG masks.',
  write: (input) => csvExport(input, false),
};
