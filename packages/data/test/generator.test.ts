import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  contactSheet,
  cutImagePatch,
  encodePng,
  type GeneratedSpecimen,
  generateCellCrop,
  generateDataset,
  generateSpecimen,
  PATTERN_CLASSES,
  patchGrid,
  sha256,
} from '../src/index';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

describe('synthetic specimen generator', () => {
  let set: GeneratedSpecimen[] = [];
  let seconds = 0;

  beforeAll(() => {
    const t0 = performance.now();
    set = generateDataset({ seed: 'realism', specimens: 20 });
    seconds = (performance.now() - t0) / 1000;
    console.log(
      `generated 20 specimens of 1388x1040 in ${seconds.toFixed(2)} s (${((seconds / 20) * 1000).toFixed(0)} ms each)`,
    );
  });

  it('is deterministic: same seed, same bytes; another seed, other bytes', async () => {
    const opts = { seed: 42, pattern: 'speckled' as const, width: 300, height: 200 };
    const a = generateSpecimen(opts);
    const b = generateSpecimen(opts);
    expect(sha256(await encodePng(a.image))).toBe(sha256(await encodePng(b.image)));
    expect(Buffer.from(a.mask.data).equals(Buffer.from(b.mask.data))).toBe(true);
    const c = generateSpecimen({ ...opts, seed: 43 });
    expect(Buffer.from(c.image.data).equals(Buffer.from(a.image.data))).toBe(false);
    const again = generateDataset({ seed: 'realism', specimens: 2 });
    expect(Buffer.from(again[1]?.image.data ?? []).equals(Buffer.from(set[1]?.image.data ?? []))).toBe(true);
  });

  it('looks like I3A specimens in numbers: cells, area, coverage, grey levels', () => {
    const stats = set.map((s) => s.stats);
    for (const s of stats) {
      expect(s.cellCount).toBeGreaterThanOrEqual(80);
      expect(s.cellCount).toBeLessThanOrEqual(170);
      expect(s.coverage).toBeGreaterThan(0.1);
      expect(s.coverage).toBeLessThan(0.26);
      expect(s.bgMean).toBeGreaterThan(10);
      expect(s.bgMean).toBeLessThan(34);
    }
    expect(median(stats.map((s) => s.cellCount))).toBeGreaterThan(100);
    expect(median(stats.map((s) => s.cellCount))).toBeLessThan(145);
    expect(median(stats.map((s) => s.medianCellArea))).toBeGreaterThan(1600);
    expect(median(stats.map((s) => s.medianCellArea))).toBeLessThan(2300);
    expect(median(stats.map((s) => s.bgMean))).toBeGreaterThan(14);
    expect(median(stats.map((s) => s.bgMean))).toBeLessThan(24);
    expect(median(stats.map((s) => s.coverage))).toBeGreaterThan(0.14);
    expect(median(stats.map((s) => s.coverage))).toBeLessThan(0.22);
    for (const s of set.filter((x) => x.pattern === 'homogeneous' || x.pattern === 'speckled')) {
      const [lo, hi] = s.intensity === 'positive' ? [38, 115] : [21, 42];
      expect(s.stats.fgMean, `${s.id} ${s.pattern} ${s.intensity}`).toBeGreaterThan(lo);
      expect(s.stats.fgMean).toBeLessThan(hi);
    }
    expect(new Set(set.map((s) => s.pattern)).size).toBe(8);
    expect(set.every((s) => s.stats.mitoticCount >= 1)).toBe(true);
  });

  it('is fast: 20 full-size specimens in seconds', () => {
    expect(seconds).toBeLessThan(30);
  });

  it('writes 16-bit images and small single-cell crops', () => {
    const deep = generateSpecimen({
      seed: 1,
      pattern: 'homogeneous',
      intensity: 'positive',
      width: 200,
      height: 160,
      bitDepth: 16,
    });
    expect(deep.image.data).toBeInstanceOf(Uint16Array);
    expect(Math.max(...deep.image.data)).toBeGreaterThan(255 * 20);
    const crop = generateCellCrop({ seed: 3, pattern: 'centromere', size: 64 });
    expect(crop.image.width).toBe(64);
    expect(crop.cells).toHaveLength(1);
    expect(crop.mask.data[32 * 64 + 32]).toBe(255);
  });

  it('renders a contact sheet of one patch per pattern, both intensities (.preview/patterns.png)', async () => {
    const centre = patchGrid(1388, 1040)[7];
    if (!centre) throw new Error('no centre patch');
    const tiles = ['positive', 'intermediate'].flatMap((intensity) =>
      PATTERN_CLASSES.map((pattern) => {
        const s = generateSpecimen({
          seed: `sheet-${pattern}`,
          pattern,
          intensity: pattern === 'negative' ? 'negative' : (intensity as 'positive' | 'intermediate'),
        });
        return cutImagePatch(s.image, centre);
      }),
    );
    const sheet = contactSheet(tiles, { columns: 8, autoContrast: true });
    const dir = path.join(import.meta.dirname, '..', '.preview');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'patterns.png'), await encodePng(sheet));
    expect(sheet.width).toBe(8 * 384 + 9 * 4);
  });
});
