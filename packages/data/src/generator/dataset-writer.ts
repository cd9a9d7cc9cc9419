import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cellsCsv, headerCsv, seedCsv } from '../export/csv-export';
import { assignFolds, foldName } from '../folds/specimen-folds';
import { type EncodeFormat, encodeImage, encodeMaskPng } from '../image/image-encode';
import type { ImportLayout } from '../manifest/manifest-types';
import type { Intensity, PatternClass } from '../taxonomy/label-taxonomy';
import { cutCellCrops } from './cell-crops';
import { type DatasetOptions, planDataset } from './dataset-generator';
import { generateSpecimen } from './specimen-generator';
import type { SpecimenStats } from './specimen-stats';

export interface WriteDatasetOptions {
  layout: ImportLayout;
  format?: EncodeFormat;
  folds?: number;
  /** cells layout: crops per specimen and their side. */
  cellsPerSpecimen?: number;
  cropSize?: number;
  onProgress?: (p: { done: number; total: number; specimenId: string }) => void;
}

export interface GeneratedSpecimenEntry {
  id: string;
  seed: string | number;
  pattern: PatternClass;
  intensity: Intensity;
  width: number;
  height: number;
  bitDepth: number;
  fold: string;
  image?: string;
  mask?: string;
  stats: SpecimenStats;
}

export interface GeneratedDatasetManifest {
  generator: '@hep2/data synthetic';
  version: 1;
  seed: string | number;
  layout: ImportLayout;
  manifest: string;
  specimens: GeneratedSpecimenEntry[];
  cells: Array<{ imageId: string; file: string; specimen: string; pattern: PatternClass }>;
}

export const LAYOUT_MANIFEST: Readonly<Record<ImportLayout, string>> = {
  'seed-csv': 'dataset.csv',
  'header-csv': 'manifest.csv',
  cells: 'gt_training.csv',
};

/** Generates a dataset straight into a folder in one import layout, one specimen in memory at a time. */
export async function writeDatasetFolder(
  dir: string,
  dataset: DatasetOptions,
  o: WriteDatasetOptions,
): Promise<GeneratedDatasetManifest> {
  const plan = planDataset(dataset);
  const format = o.format ?? 'png';
  const ext = format === 'png' ? 'png' : 'tif';
  const folds = assignFolds(
    plan.map((p) => ({ group: p.id ?? String(p.seed), pattern: p.pattern, intensity: p.intensity })),
    { k: o.folds ?? 5, seed: dataset.seed },
  );
  const sub = o.layout === 'cells' ? ['cells'] : ['images', 'masks'];
  for (const s of sub) await mkdir(path.join(dir, s), { recursive: true });
  const out: GeneratedDatasetManifest = {
    generator: '@hep2/data synthetic',
    version: 1,
    seed: dataset.seed,
    layout: o.layout,
    manifest: LAYOUT_MANIFEST[o.layout],
    specimens: [],
    cells: [],
  };
  // Encoding runs on sharp's threads while the next specimen is drawn on this one.
  let pending: Promise<void> = Promise.resolve();
  for (const [i, spec] of plan.entries()) {
    const s = generateSpecimen(spec);
    const fold = foldName(folds.get(s.id) ?? 0);
    const entry: GeneratedSpecimenEntry = {
      id: s.id,
      seed: s.seed,
      pattern: s.pattern,
      intensity: s.intensity,
      width: s.image.width,
      height: s.image.height,
      bitDepth: s.image.bitDepth,
      fold,
      stats: s.stats,
    };
    await pending;
    if (o.layout === 'cells') {
      const crops = cutCellCrops(s, o.cellsPerSpecimen ?? 8, o.cropSize ?? 78).map((crop) => {
        const imageId = String(out.cells.length + 1);
        const file = `cells/${imageId.padStart(5, '0')}.${ext}`;
        out.cells.push({ imageId, file, specimen: s.id, pattern: s.pattern });
        return { crop, file };
      });
      pending = Promise.all(
        crops.map(async ({ crop, file }) => writeFile(path.join(dir, file), await encodeImage(crop, format))),
      ).then(() => undefined);
    } else {
      const image = `images/${s.id}.${ext}`;
      const mask = `masks/${s.id}_mask.png`;
      entry.image = image;
      entry.mask = mask;
      pending = Promise.all([
        encodeImage(s.image, format).then((b) => writeFile(path.join(dir, image), b)),
        encodeMaskPng(s.mask).then((b) => writeFile(path.join(dir, mask), b)),
      ]).then(() => undefined);
    }
    out.specimens.push(entry);
    o.onProgress?.({ done: i + 1, total: plan.length, specimenId: s.id });
  }
  await pending;
  await writeFile(path.join(dir, out.manifest), manifestCsv(out));
  await writeFile(path.join(dir, 'generator.json'), `${JSON.stringify(out, null, 2)}\n`);
  return out;
}

function manifestCsv(m: GeneratedDatasetManifest): string {
  if (m.layout === 'cells') return cellsCsv(m.cells);
  const rows = m.specimens.map((s) => ({ ...s, image: s.image ?? '', mask: s.mask ?? '', specimen: s.id }));
  return m.layout === 'seed-csv' ? seedCsv(rows) : headerCsv(rows);
}
