/**
 * "Bring a labelled dataset" (README): from a folder in each layout real HEp-2 sets ship in, through
 * the two CLIs only (`hep2 import`, `trainer train`), to an evaluated, promoted model - no SQL, no
 * hand approval. The layouts reproduce what the real sets revealed: I3A-like cell crops with a CSV
 * and a specimen column, train/ and test/ folders reusing file stems, the seed's naming with fold
 * tables, specimen TIFFs with contour and empty masks, and a mask-only set.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type BinaryMask,
  cutCellCrops,
  encodeImage,
  encodeMaskPng,
  encodePng,
  type GeneratedSpecimen,
  generateSpecimen,
  type PatternClass,
  planDataset,
} from '@hep2/data';
import { createDb, type Db } from '@hep2/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, hep2Cli, trainerCli } from '../support/cli-process';

interface TrainSummary {
  status: string;
  error: string | null;
  modelVersion: { status: string } | null;
  validation: {
    dice: number | null;
    patternAccuracy: number | null;
    patternMeanClassAccuracy: number | null;
    intensityAccuracy: number | null;
  } | null;
}

/** One epoch of a narrow network on small patches. */
const TINY = ['--epochs', '1', '--patch-size', '32', '--width', '4'];

/** A tiny, quick run: the point is the path from files to an evaluated version, not its quality. */
async function trainTiny(slug: string): Promise<TrainSummary> {
  const r = await trainerCli(['train', '--dataset', slug, ...TINY, '--threads', '1', '--json']);
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout) as TrainSummary;
}

/**
 * `hep2 import` of the folder `dir` into a new dataset `slug`, its labels curated (approved as they
 * stand); `options` are the layout's own flags. Fails the test, with the CLI's output, unless it exits 0.
 */
async function importCurated(slug: string, dir: string, options: string[]): Promise<CliResult> {
  const create = ['--dataset', slug, '--dir', dir, '--create'];
  const r = await hep2Cli(['import', ...create, ...options, '--labels', 'curated']);
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  return r;
}

let db: Db;
let root: string;
let tag: string;
beforeAll(async () => {
  db = createDb({ connectionString: process.env.DATABASE_URL as string, poolSize: 2 });
  root = await mkdtemp(path.join(tmpdir(), 'bring-'));
  tag = Math.random().toString(36).slice(2, 8);
});
afterAll(async () => {
  await db?.$disconnect();
});

const slugOf = (label: string) => `${label}-${tag}`;

async function specimensOf(slug: string) {
  return db.specimen.findMany({
    where: { dataset: { slug } },
    select: { id: true, externalId: true, fold: true, isValidation: true, metadata: true, width: true },
    orderBy: { externalId: 'asc' },
  });
}

const groupOf = (s: { metadata: unknown }) => (s.metadata as { group?: string }).group;

/** Every group lies in exactly one fold. */
function foldsByGroup(
  specimens: Array<{ fold: number | null; metadata: unknown }>,
): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const s of specimens) {
    const g = groupOf(s) ?? '?';
    out.set(g, new Set([...(out.get(g) ?? []), s.fold ?? -1]));
  }
  return out;
}

function specimens(
  seed: string,
  count: number,
  patterns: PatternClass[],
  size: [number, number],
): GeneratedSpecimen[] {
  return planDataset({
    seed,
    specimens: count,
    patterns,
    width: size[0],
    height: size[1],
    cellCount: 10,
  }).map((p) => generateSpecimen(p));
}

const I3A_SPELLING: Partial<Record<PatternClass, string>> = {
  homogeneous: 'Homogeneous',
  speckled: 'Speckled',
  nucleolar: 'Nucleolar',
  centromere: 'Centromere',
  golgi: 'Golgi',
  nuclear_membrane: 'NuMem',
};

describe('bring a labelled dataset: files -> hep2 import -> trainer train -> promoted version', () => {
  it('I3A-like cell crops with a CSV and a specimen column: one unpadded patch per cell, grouped folds', async () => {
    const dir = path.join(root, 'cells');
    await mkdir(path.join(dir, 'cells'), { recursive: true });
    const lines = ['Image ID,Image class,Intensity,Specimen ID'];
    let id = 0;
    for (const s of specimens('i3a', 12, Object.keys(I3A_SPELLING) as PatternClass[], [300, 300])) {
      for (const crop of cutCellCrops(s, 4, 78)) {
        id += 1;
        await writeFile(path.join(dir, 'cells', `${String(id).padStart(5, '0')}.png`), await encodePng(crop));
        lines.push(`${id},${I3A_SPELLING[s.pattern]},${s.intensity},${s.id}`);
      }
    }
    await writeFile(path.join(dir, 'gt_training.csv'), `${lines.join('\n')}\n`);
    const slug = slugOf('i3a-cells');
    const imported = await importCurated(slug, dir, ['--taxonomy', 'i3a', '--patch-size', '80']);
    expect(imported.stdout).toMatch(/SUCCEEDED/);

    const rows = await specimensOf(slug);
    expect(rows).toHaveLength(id);
    const patches = await db.patch.findMany({
      where: { dataset: { slug } },
      select: { width: true, height: true, padded: true, status: true },
    });
    expect(patches).toHaveLength(id);
    expect(patches.every((p) => p.width === 78 && p.height === 78 && !p.padded)).toBe(true);
    expect(patches.every((p) => p.status === 'APPROVED')).toBe(true);
    const groups = foldsByGroup(rows);
    expect(groups.size).toBe(12);
    for (const folds of groups.values()) expect(folds.size).toBe(1);

    const run = await trainTiny(slug);
    expect(run.status).toBe('PROMOTED');
    expect(run.validation?.patternAccuracy).not.toBeNull();
    expect(run.validation?.intensityAccuracy).not.toBeNull();
    expect(run.validation?.dice).toBeNull();
  });

  it('train/ and test/ folders reusing the same file stems (SNPHEp-2-like, 5 classes)', async () => {
    const dir = path.join(root, 'snp');
    const lines = ['image,pattern,intensity,specimen'];
    const snp: Partial<Record<PatternClass, string[]>> = {
      homogeneous: ['homogeneous'],
      speckled: ['coarse_speckled', 'fine_speckled'],
      nucleolar: ['nucleolar'],
      centromere: ['centromere'],
    };
    const all = specimens('snp', 10, Object.keys(snp) as PatternClass[], [200, 200]);
    for (const [i, s] of all.entries()) {
      const split = i < 7 ? 'train' : 'test';
      await mkdir(path.join(dir, split), { recursive: true });
      const names = snp[s.pattern] ?? [];
      const label = names[i % names.length];
      for (const [k, crop] of cutCellCrops(s, 3, 56).entries()) {
        // Stems restart in each folder, as the real set numbers its files.
        const file = `${split}/${(i % 7) * 3 + k + 1}.png`;
        await writeFile(path.join(dir, file), await encodePng(crop));
        lines.push(`${file},${label},${s.intensity},${s.id}`);
      }
    }
    await writeFile(path.join(dir, 'manifest.csv'), `${lines.join('\n')}\n`);
    const slug = slugOf('snp');
    await importCurated(slug, dir, ['--taxonomy', 'snphep2', '--patch-size', '64']);
    const rows = await specimensOf(slug);
    expect(rows).toHaveLength(lines.length - 1);
    expect(new Set(rows.map((r) => r.externalId)).size).toBe(rows.length);
    expect(
      rows.some((r) => r.externalId.includes('train')) && rows.some((r) => r.externalId.includes('test')),
    ).toBe(true);
    const groups = foldsByGroup(rows);
    expect(groups.size).toBe(10);
    for (const folds of groups.values()) expect(folds.size).toBe(1);
    const keys = await db.patternClass.findMany({
      where: { dataset: { slug } },
      select: { key: true },
      orderBy: { position: 'asc' },
    });
    expect(keys.map((k) => k.key)).toEqual(expect.arrayContaining(['coarse_speckled', 'fine_speckled']));
    const run = await trainTiny(slug);
    expect(run.status).toBe('PROMOTED');
    expect(run.validation?.patternMeanClassAccuracy).not.toBeNull();
  });

  it('the seed layout (00003_p0_patch0.png, no header) with fold tables: folds from the tables', async () => {
    const dir = path.join(root, 'seed');
    await mkdir(path.join(dir, 'images'), { recursive: true });
    await mkdir(path.join(dir, 'masks'), { recursive: true });
    await mkdir(path.join(dir, 'folds'), { recursive: true });
    const rows: string[] = [];
    const tables = new Map<string, string[]>();
    const all = specimens(
      'seedfold',
      10,
      ['homogeneous', 'speckled', 'centromere', 'nucleolar', 'golgi'],
      [96, 96],
    );
    for (const [i, s] of all.entries()) {
      const specimen = String(i + 3).padStart(5, '0');
      const fold = 'ABCDE'[i % 5] as string;
      for (let p = 0; p < 3; p += 1) {
        const stem = `${specimen}_p${p}_patch0`;
        // Three "patches" of a specimen: the same field, flipped so the content differs.
        const image = p === 0 ? s.image : flipped(s.image, p);
        const mask = p === 0 ? s.mask : flipped(s.mask, p);
        await writeFile(path.join(dir, 'images', `${stem}.png`), await encodePng(image));
        await writeFile(path.join(dir, 'masks', `${stem}_mask.png`), await encodeMaskPng(mask));
        rows.push(`images/${stem}.png,masks/${stem}_mask.png,${s.pattern},${s.intensity}`);
        tables.set(fold, [...(tables.get(fold) ?? []), `${stem}.png`]);
      }
    }
    await writeFile(path.join(dir, 'dataset.csv'), `${rows.join('\n')}\n`);
    for (const [fold, names] of tables) {
      await writeFile(path.join(dir, 'folds', `fold_${fold}.csv`), `${names.join('\n')}\n`);
    }
    const slug = slugOf('seedfold');
    await importCurated(slug, dir, [
      '--manifest',
      'dataset.csv',
      '--patch-size',
      '96',
      '--group-by',
      'seed',
      '--folds-file',
      'folds',
      '--validation-fold',
      'A',
    ]);
    const specimenRows = await specimensOf(slug);
    expect(specimenRows).toHaveLength(30);
    const groups = foldsByGroup(specimenRows);
    expect([...groups.keys()].sort()).toEqual(all.map((_, i) => String(i + 3).padStart(5, '0')).sort());
    for (const [group, folds] of groups) {
      expect(folds.size).toBe(1);
      const i = Number(group) - 3;
      expect([...folds][0]).toBe(i % 5);
    }
    expect(specimenRows.filter((s) => s.isValidation)).toHaveLength(6);
    const run = await trainTiny(slug);
    expect(run.status).toBe('PROMOTED');
    expect(run.validation?.dice).not.toBeNull();
    expect(run.validation?.patternAccuracy).not.toBeNull();
  });

  it('specimen TIFFs with contour and empty masks: the import reports them and still imports', async () => {
    const dir = path.join(root, 'tiff');
    await mkdir(path.join(dir, 'images'), { recursive: true });
    await mkdir(path.join(dir, 'masks'), { recursive: true });
    const lines = ['image,mask,pattern,intensity'];
    const all = specimens('tiff', 8, ['homogeneous', 'speckled', 'centromere', 'nucleolar'], [256, 192]);
    for (const [i, s] of all.entries()) {
      await writeFile(path.join(dir, 'images', `${s.id}.tif`), await encodeImage(s.image, 'tiff'));
      const kind = i === 1 ? 'empty' : i % 3 === 0 ? 'contour' : 'binary';
      const maskBytes =
        kind === 'empty'
          ? await encodeMaskPng({ ...s.mask, data: new Uint8Array(s.mask.data.length) })
          : kind === 'contour'
            ? await encodePng(contourMask(s.mask))
            : await encodeMaskPng(s.mask);
      await writeFile(path.join(dir, 'masks', `${s.id}.png`), maskBytes);
      lines.push(`images/${s.id}.tif,masks/${s.id}.png,${s.pattern},${s.intensity}`);
    }
    await writeFile(path.join(dir, 'manifest.csv'), `${lines.join('\n')}\n`);
    const slug = slugOf('tiff');
    const imported = await importCurated(slug, dir, ['--patch-size', '128']);
    const said = `${imported.stdout}\n${imported.stderr}`;
    expect(said).toMatch(/empty mask/i);
    expect(said).toMatch(/contour/i);
    const rows = await specimensOf(slug);
    expect(rows).toHaveLength(8);
    const run = await trainTiny(slug);
    expect(run.status).toBe('PROMOTED');
    expect(run.validation?.dice).not.toBeNull();
  });

  it('a mask-only set (image,mask header): no pattern invented, pattern metrics absent', async () => {
    const dir = path.join(root, 'maskonly');
    await mkdir(path.join(dir, 'img'), { recursive: true });
    const lines = ['image,mask'];
    for (const s of specimens('maskonly', 8, ['homogeneous', 'speckled'], [128, 128])) {
      await writeFile(path.join(dir, 'img', `${s.id}.png`), await encodePng(s.image));
      await writeFile(path.join(dir, 'img', `${s.id}_mask.png`), await encodeMaskPng(s.mask));
      lines.push(`img/${s.id}.png,img/${s.id}_mask.png`);
    }
    await writeFile(path.join(dir, 'masks.csv'), `${lines.join('\n')}\n`);
    const slug = slugOf('maskonly');
    await importCurated(slug, dir, ['--patch-size', '128']);
    const labelled = await db.annotation.count({
      where: { patch: { dataset: { slug } }, patternClassId: { not: null } },
    });
    expect(labelled).toBe(0);
    const run = await trainTiny(slug);
    expect(run.status).toBe('PROMOTED');
    expect(run.validation?.dice).not.toBeNull();
    expect(run.validation?.patternAccuracy).toBeNull();
  });

  // Exit codes of usage errors and failed imports: packages/catalog/test/hep2-cli-exit.test.ts (an
  // empty manifest: catalog-real-data.test.ts). Here the end of the path: a run that cannot validate.
  it('tells the truth with exit codes: a run with no validation fails and says why', async () => {
    // Weak labels only: nothing can be validated, so the run fails and says why.
    const dir = path.join(root, 'weak');
    await mkdir(dir, { recursive: true });
    const lines = ['image,pattern,intensity,specimen'];
    for (const s of specimens('weak', 4, ['homogeneous', 'speckled'], [96, 96])) {
      await writeFile(path.join(dir, `${s.id}.png`), await encodePng(s.image));
      lines.push(`${s.id}.png,${s.pattern},${s.intensity},${s.id}`);
    }
    await writeFile(path.join(dir, 'manifest.csv'), `${lines.join('\n')}\n`);
    const slug = slugOf('weak');
    expect(
      (await hep2Cli(['import', '--dataset', slug, '--dir', dir, '--create', '--patch-size', '96'])).code,
    ).toBe(0);
    const run = await trainerCli(['train', '--dataset', slug, ...TINY, '--weak-labels']);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/validation/i);
  });
});

/** The same field mirrored (p = 1) or turned upside down (p = 2). */
function flipped<T extends { width: number; height: number; data: Uint8Array | Uint16Array }>(
  img: T,
  p: number,
): T {
  const data = new (img.data.constructor as { new (n: number): Uint8Array | Uint16Array })(img.data.length);
  for (let y = 0; y < img.height; y += 1) {
    for (let x = 0; x < img.width; x += 1) {
      const sx = p === 1 ? img.width - 1 - x : x;
      const sy = p === 2 ? img.height - 1 - y : y;
      data[y * img.width + x] = img.data[sy * img.width + sx] as number;
    }
  }
  return { ...img, data };
}

/** Outlines only, in several grey levels (one per cell-ish band), as some real sets draw their masks. */
function contourMask(mask: BinaryMask) {
  const { width, height } = mask;
  const data = new Uint8Array(width * height);
  const at = (x: number, y: number) =>
    x < 0 || y < 0 || x >= width || y >= height ? 0 : mask.data[y * width + x];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (!at(x, y)) continue;
      const edge = !at(x - 1, y) || !at(x + 1, y) || !at(x, y - 1) || !at(x, y + 1);
      if (edge) data[y * width + x] = 60 + ((x * 7 + y * 13) % 39) * 5;
    }
  }
  return { width, height, bitDepth: 8 as const, data };
}
