import { foldsCsv, type Intensity, type PatternClass, specimenCsv } from '@hep2/data';
import { textFile } from './export-file';
import { type ExportWriter, foldOf } from './export-writer';

export const specimenCsvWriter: ExportWriter = {
  description:
    'specimens.csv: one row per specimen (pattern, intensity, images, patches, fold, approved k/n).',
  level: 'specimen',
  write: ({ items, approvedOnly }) => ({
    items,
    warnings: [],
    files: [
      textFile(
        'specimens.csv',
        specimenCsv(
          items.map((i) => ({
            specimen: i.specimen,
            pattern: (i.pattern ?? '') as PatternClass,
            intensity: (i.intensity ?? undefined) as Intensity | undefined,
            images: 1,
            patches: approvedOnly ? i.approvedPatches : i.patches,
            fold: foldOf(i),
            status: i.status,
          })),
        ),
      ),
    ],
  }),
};

export const foldsWriter: ExportWriter = {
  description: 'folds.csv: the specimen folds (specimen, fold letter, pattern, intensity).',
  level: 'specimen',
  write: ({ items: all }) => {
    const items = all.filter((i) => i.fold !== null);
    const rows = items.map((i) => ({
      specimen: i.specimen,
      fold: foldOf(i) as string,
      pattern: (i.pattern ?? '') as PatternClass,
      intensity: (i.intensity ?? undefined) as Intensity | undefined,
    }));
    return { items, warnings: [], files: [textFile('folds.csv', foldsCsv(rows))] };
  },
};
