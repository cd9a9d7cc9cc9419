import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  binarizeMask,
  describeMaskSummary,
  detectCsvLayout,
  encodePng,
  type GreyImage,
  ImportScanError,
  isHeaderRow,
  parseGroupBy,
  parseManifest,
  scanImportFolder,
} from '../src/index';
import { readCsvRecords } from '../src/manifest/csv-records';
import { listFolderFiles } from '../src/manifest/folder-files';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'hep2-real-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const W = 24;
const H = 20;

/** A small 8-bit PNG whose content depends on `seed` (distinct hashes). */
async function writeImage(dir: string, rel: string, seed: number): Promise<void> {
  const data = new Uint8Array(W * H);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7 + seed * 13) % 251;
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
  await writeFile(path.join(dir, rel), await encodePng({ width: W, height: H, bitDepth: 8, data }));
}

async function writeMask(dir: string, rel: string, at: (x: number, y: number) => number): Promise<void> {
  const data = new Uint8Array(W * H);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) data[y * W + x] = at(x, y);
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
  await writeFile(path.join(dir, rel), await encodePng({ width: W, height: H, bitDepth: 8, data }));
}

async function folder(name: string): Promise<string> {
  const dir = path.join(root, name);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** The seed's naming: specimen, image p0..p1, patch 0..2. */
function seedNames(specimens: number): string[] {
  const out: string[] = [];
  for (let s = 1; s <= specimens; s++)
    for (let p = 0; p < 2; p++)
      for (let k = 0; k < 3; k++) out.push(`${String(s).padStart(5, '0')}_p${p}_patch${k}.png`);
  return out;
}

describe('header detection', () => {
  it('reads image,mask and other known headers as headers, the seed rows as data', () => {
    const head = (text: string) => detectCsvLayout(readCsvRecords(text));
    expect(head('image,mask\na.png,a_m.png\n')).toBe('header-csv');
    expect(head('image,specimen,pattern\na.png,p1,golgi\n')).toBe('header-csv');
    expect(head('Cell,Category\n1,homogeneous\n')).toBe('header-csv');
    expect(head('Patient ID,File Name,Fold\np,a.png,A\n')).toBe('header-csv');
    expect(head('Image ID,Image class\n1,Homogeneous\n')).toBe('cells');
    expect(head('images/a.tif,masks/a.png,homogeneous,positive\n')).toBe('seed-csv');
    expect(head('00003_p0_patch0.tif,00003_p0_patch0_mask.tif,numem,positive\n')).toBe('seed-csv');
    expect(isHeaderRow(['well', 'category'])).toBe(true);
    expect(isHeaderRow(['a.png', 'golgi'])).toBe(false);
  });

  it('a mask-only manifest is valid: no pattern column, no label', () => {
    const r = parseManifest('image,mask\na.png,a_m.png\nb.png,b_m.png\n');
    expect(r.layout).toBe('header-csv');
    expect(r.columns).toEqual(['image', 'mask']);
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      { line: 2, image: 'a.png', mask: 'a_m.png' },
      { line: 3, image: 'b.png', mask: 'b_m.png' },
    ]);
    const synonyms = parseManifest('Patient_ID,Cell,Category,Cell-Intensity,Well\np1,1.png,Golgi,pos,w\n');
    expect(synonyms.rows[0]).toEqual({
      line: 2,
      image: '1.png',
      pattern: 'Golgi',
      intensity: 'pos',
      specimen: 'p1',
    });
  });
});

describe('scan: folders as labs ship them', () => {
  it('refuses a manifest with no data rows', async () => {
    const dir = await folder('empty');
    await writeImage(dir, 'a.png', 1);
    await writeFile(path.join(dir, 'manifest.csv'), 'image,mask\n');
    await expect(scanImportFolder(dir)).rejects.toThrow(ImportScanError);
    await expect(scanImportFolder(dir)).rejects.toThrow('the manifest manifest.csv has no data rows');
    await writeFile(path.join(dir, 'manifest.csv'), '\n\n');
    await expect(scanImportFolder(dir)).rejects.toThrow(/has no data rows/);
  });

  it('follows symlinked files and folders, survives a link loop, still refuses ../ names', async () => {
    const outside = await folder('elsewhere');
    await writeImage(outside, 'linked.png', 2);
    await writeImage(outside, 'set/inner.png', 3);
    const dir = await folder('links');
    await writeImage(dir, 'own.png', 1);
    await symlink(path.join(outside, 'linked.png'), path.join(dir, 'linked.png'));
    await symlink(path.join(outside, 'set'), path.join(dir, 'set'));
    await symlink(dir, path.join(dir, 'loop'));
    await symlink(path.join(outside, 'gone.png'), path.join(dir, 'broken.png'));
    expect(await listFolderFiles(dir)).toEqual(['linked.png', 'own.png', 'set/inner.png']);
    await writeFile(
      path.join(dir, 'manifest.csv'),
      'image\nown.png\nlinked.png\nset/inner.png\n../elsewhere/linked.png\n',
    );
    const scan = await scanImportFolder(dir);
    expect(scan.rows.map((r) => r.imagePath)).toEqual(['own.png', 'linked.png', 'set/inner.png']);
    expect(scan.errors).toEqual([
      { line: 5, reason: '../elsewhere/linked.png points outside the import folder' },
    ]);
  });
});

describe('grouping', () => {
  it("detects the seed's naming: one specimen per number, no warning", async () => {
    const dir = await folder('seed-names');
    const names = seedNames(4);
    for (const [i, n] of names.entries()) await writeImage(dir, `images/${n}`, i);
    await writeFile(path.join(dir, 'dataset.csv'), `image\n${names.map((n) => `images/${n}`).join('\n')}\n`);
    const scan = await scanImportFolder(dir);
    expect(scan.errors).toEqual([]);
    expect(scan.grouping).toEqual({ by: 'seed', detected: true, groups: 4 });
    expect(new Set(scan.rows.map((r) => r.specimen))).toEqual(new Set(['00001', '00002', '00003', '00004']));
    expect(scan.rows.every((r) => r.groupSource === 'seed')).toBe(true);
    expect(scan.warnings).toEqual([]);
  });

  it('warns loudly when every image is its own specimen', async () => {
    const dir = await folder('lonely');
    const names = Array.from({ length: 25 }, (_, i) => `cell${i}.png`);
    for (const [i, n] of names.entries()) await writeImage(dir, n, i);
    await writeFile(path.join(dir, 'dataset.csv'), `image\n${names.join('\n')}\n`);
    const scan = await scanImportFolder(dir);
    expect(scan.grouping).toEqual({ by: 'file', detected: true, groups: 25 });
    expect(scan.warnings).toEqual([
      expect.stringContaining('every one of the 25 images is its own specimen'),
    ]);
  });

  it('groups by folder, by a file-name pattern, and refuses --group-by column without the column', async () => {
    const dir = await folder('by-folder');
    const rows = ['p1/a.png', 'p1/b.png', 'p2/a.png', 'top.png'];
    for (const [i, n] of rows.entries()) await writeImage(dir, n, i + 40);
    await writeFile(path.join(dir, 'dataset.csv'), `image\n${rows.join('\n')}\n`);
    const byFolder = await scanImportFolder(dir, { groupBy: 'folder' });
    expect(byFolder.rows.map((r) => r.specimen)).toEqual(['p1', 'p1', 'p2', '.']);
    const byName = await scanImportFolder(dir, { groupBy: parseGroupBy('pattern:^([a-z])\\.png$') });
    expect(byName.rows.map((r) => [r.line, r.specimen])).toEqual([
      [2, 'a'],
      [3, 'b'],
      [4, 'a'],
    ]);
    expect(byName.errors).toEqual([
      { line: 5, reason: expect.stringContaining('file name top.png does not match the group pattern') },
    ]);
    await expect(scanImportFolder(dir, { groupBy: 'column' })).rejects.toThrow(/no specimen column/);
    expect(() => parseGroupBy('nonsense')).toThrow(/expected column \| folder/);
    expect(() => parseGroupBy('pattern:(')).toThrow(/group-by pattern/);
  });
});

describe('fold tables', () => {
  async function seedFolder(name: string): Promise<{ dir: string; names: string[] }> {
    const dir = await folder(name);
    const names = seedNames(3);
    for (const [i, n] of names.entries()) await writeImage(dir, n, i + 100);
    await writeFile(
      path.join(dir, 'dataset.csv'),
      `image,pattern\n${names.map((n) => `${n},golgi`).join('\n')}\n`,
    );
    return { dir, names };
  }

  it('takes folds from per-fold files (fold_A.csv ...) and from a CSV table, per group', async () => {
    const { dir, names } = await seedFolder('fold-files');
    const folds = path.join(dir, 'folds');
    await mkdir(folds);
    // Only one image of specimen 1 is listed: the whole specimen follows it.
    await writeFile(path.join(folds, 'fold_A.csv'), `image\n${names[0]}\n`);
    await writeFile(
      path.join(folds, 'fold_C.csv'),
      `${names.filter((n) => n.startsWith('00002')).join('\n')}\n`,
    );
    const scan = await scanImportFolder(dir, { foldsFile: 'folds' });
    expect(scan.errors).toEqual([]);
    const foldOf = (s: string) => new Set(scan.rows.filter((r) => r.specimen === s).map((r) => r.fold));
    expect(foldOf('00001')).toEqual(new Set(['A']));
    expect(foldOf('00002')).toEqual(new Set(['C']));
    expect(foldOf('00003')).toEqual(new Set([undefined]));
    expect(scan.warnings).toEqual([expect.stringContaining('1 specimen(s) are not in the fold table')]);

    await writeFile(path.join(dir, 'table.csv'), 'Specimen ID,Fold\n00001,0\n00002,1\n00003,4\n');
    const table = await scanImportFolder(dir, { foldsFile: 'table.csv', manifest: 'dataset.csv' });
    expect(table.errors).toEqual([]);
    expect(table.rows.map((r) => r.fold)).toEqual(
      names.map((n) => ({ '1': 'A', '2': 'B', '3': 'E' })[n[4]!]),
    );
  });

  it('numbered fold files are 1-based; a specimen in two folds is an error naming both lines', async () => {
    const { dir, names } = await seedFolder('fold-conflict');
    const folds = path.join(dir, 'folds');
    await mkdir(folds);
    await writeFile(path.join(folds, 'fold1.csv'), `${names[0]}\n${names[1]}\n`);
    await writeFile(path.join(folds, 'fold2.csv'), `${names[6]}\n${names[2]}\n`);
    const scan = await scanImportFolder(dir, { foldsFile: 'folds' });
    const conflict = scan.errors.filter((e) => e.reason.includes('00001'));
    expect(conflict.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(conflict[0]?.reason).toBe(
      'specimen 00001 is in fold A (fold1.csv line 1) and fold B (fold2.csv line 2): a specimen must stay in one fold',
    );
    expect(new Set(scan.rows.filter((r) => r.specimen === '00002').map((r) => r.fold))).toEqual(
      new Set(['B']),
    );
    // An unused fold table in the folder is pointed out.
    const plain = await scanImportFolder(dir);
    expect(plain.warnings).toEqual([
      expect.stringContaining('fold tables found but not used (folds/fold1.csv'),
    ]);
  });

  it('a manifest fold column that disagrees inside a specimen is an error', async () => {
    const dir = await folder('fold-column');
    for (const [i, n] of ['a.png', 'b.png', 'c.png'].entries()) await writeImage(dir, n, i + 200);
    await writeFile(path.join(dir, 'm.csv'), 'image,patient,fold\na.png,p1,A\nb.png,p1,B\nc.png,p1,\n');
    const scan = await scanImportFolder(dir);
    expect(scan.rows).toEqual([]);
    expect(scan.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(scan.errors[0]?.reason).toContain('is in fold A (line 2) and fold B (line 3)');
  });
});

describe('mask reports', () => {
  const grey = (w: number, h: number, at: (x: number, y: number) => number): GreyImage => {
    const data = new Uint8Array(w * h);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data[y * w + x] = at(x, y);
    return { width: w, height: h, bitDepth: 8, data };
  };
  const ring = (x: number, y: number, cx: number, cy: number, r: number) =>
    Math.abs(Math.hypot(x - cx, y - cy) - r) < 0.6;

  it('outlines with many grey levels keep every non-zero pixel and are flagged contour-like', () => {
    // 39 grey levels of outline over a black background (the contour mask of the issue).
    const img = grey(120, 120, (x, y) => {
      for (let c = 0; c < 39; c++) {
        const cx = 10 + (c % 7) * 16;
        const cy = 10 + Math.floor(c / 7) * 18;
        if (ring(x, y, cx, cy, 6)) return 40 + c * 5;
      }
      return 0;
    });
    const { report } = binarizeMask(img);
    expect(report.distinctCount).toBe(40);
    expect(report.method).toBe('nonzero-labels');
    expect(report.foregroundShare).toBeCloseTo(report.nonzeroShare, 10);
    expect(report.contourLike).toBe(true);
    expect(report.empty).toBe(false);
  });

  it('filled cells are not contour-like; JPEG noise around a binary mask still uses Otsu', () => {
    const disc = binarizeMask(grey(40, 40, (x, y) => (Math.hypot(x - 20, y - 20) < 12 ? 255 : 0))).report;
    expect(disc).toMatchObject({ method: 'already-binary', contourLike: false, empty: false });
    const noisy = binarizeMask(
      grey(40, 40, (x, y) => {
        const inside = Math.hypot(x - 20, y - 20) < 12;
        const n = (x * 31 + y * 17) % 7;
        return inside ? 248 + n : n % 3 === 0 ? n : 0;
      }),
    );
    expect(noisy.report.method).toBe('otsu');
    expect(noisy.report.foregroundShare).toBeLessThan(noisy.report.nonzeroShare);
    const empty = binarizeMask(grey(8, 8, () => 0)).report;
    expect(empty).toMatchObject({ empty: true, contourLike: false, foregroundShare: 0 });
  });

  it('a scan lists empty and contour-like masks in its warnings and summary', async () => {
    const dir = await folder('masks');
    const lines = ['image,mask'];
    for (let i = 0; i < 4; i++) {
      await writeImage(dir, `img/${i}.png`, i + 300);
      lines.push(`img/${i}.png,msk/${i}.png`);
    }
    await writeMask(dir, 'msk/0.png', (x, y) => (Math.hypot(x - 12, y - 10) < 7 ? 255 : 0));
    await writeMask(dir, 'msk/1.png', () => 0);
    await writeMask(dir, 'msk/2.png', (x, y) => (ring(x, y, 12, 10, 6) ? 80 + ((x + y) % 20) : 0));
    await writeMask(dir, 'msk/3.png', () => 0);
    await writeFile(path.join(dir, 'manifest.csv'), `${lines.join('\n')}\n`);
    const scan = await scanImportFolder(dir);
    expect(scan.errors).toEqual([]);
    expect(scan.masks.map((m) => [m.line, m.report.empty, m.report.contourLike])).toEqual([
      [2, false, false],
      [3, true, false],
      [4, false, true],
      [5, true, false],
    ]);
    expect(scan.maskSummary).toMatchObject({
      masks: 4,
      emptyLines: [3, 5],
      contourLines: [4],
      foregroundMin: 0,
    });
    expect(scan.warnings).toEqual([
      '2 empty mask(s) (no foreground) on line(s) 3, 5',
      '1 mask(s) look like outlines rather than filled cells on line(s) 4',
    ]);
    expect(describeMaskSummary(scan.maskSummary!)).toMatch(
      /^masks: 4 \(.*\); foreground 0\.0 %-.*2 empty, 1 contour-like$/,
    );
  });
});
