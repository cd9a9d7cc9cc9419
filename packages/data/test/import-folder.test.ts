import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeImage,
  encodePng,
  parsePatternLabel,
  scanImportFolder,
  seedCsv,
  sha256,
  writeDatasetFolder,
} from '../src/index';

/** Labels stay raw in a scan; the reference taxonomy reads them. */
const ref = (label: string | undefined) => parsePatternLabel(label ?? '');

const small = { width: 192, height: 160, cellCount: 12 };
let root = '';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'hep2-import-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('scanImportFolder', () => {
  it('imports each generated layout with its labels and byte-identical masks', async () => {
    for (const layout of ['seed-csv', 'header-csv', 'cells'] as const) {
      const dir = path.join(root, layout);
      const gen = await writeDatasetFolder(
        dir,
        { seed: 4, specimens: 8, ...small },
        { layout, cropSize: 48, cellsPerSpecimen: 2 },
      );
      const progress: number[] = [];
      const scan = await scanImportFolder(dir, { onProgress: (p) => progress.push(p.done) });
      expect(scan.layout).toBe(layout);
      expect(scan.errors).toEqual([]);
      if (layout === 'cells') {
        expect(scan.rows.length).toBe(gen.cells.length);
        expect(scan.rows.map((r) => ref(r.pattern))).toEqual(gen.cells.map((c) => c.pattern));
        expect(scan.rows.every((r) => r.mask === undefined && r.intensity === undefined)).toBe(true);
        continue;
      }
      expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      for (const [i, row] of scan.rows.entries()) {
        const spec = gen.specimens[i]!;
        expect(ref(row.pattern)).toBe(spec.pattern);
        expect(row).toMatchObject({
          intensity: spec.intensity,
          specimen: spec.id,
          imagePath: spec.image,
        });
        if (layout === 'header-csv') expect(row.fold).toBe(spec.fold);
        const onDisk = await readFile(path.join(dir, spec.mask!));
        expect(row.mask?.pngSha256).toBe(sha256(onDisk));
        expect(row.mask?.report.method).toBe('already-binary');
      }
    }
  });

  it('reads a 16-bit TIFF set and a mask stored as 39/125', async () => {
    const dir = path.join(root, 'tiff16');
    const gen = await writeDatasetFolder(
      dir,
      { seed: 5, specimens: 2, bitDepth: 16, ...small },
      { layout: 'seed-csv', format: 'tiff' },
    );
    const first = gen.specimens[0]!;
    const original = await decodeImage(await readFile(path.join(dir, first.mask!)));
    const odd = Uint8Array.from(original.data, (v) => (v ? 125 : 39));
    await writeFile(
      path.join(dir, first.mask!),
      await encodePng({ width: small.width, height: small.height, bitDepth: 8, data: odd }),
    );
    const scan = await scanImportFolder(dir);
    expect(scan.errors).toEqual([]);
    expect(scan.rows[0]?.image).toMatchObject({ format: 'tiff', bitDepth: 16 });
    expect(scan.rows[0]?.image.data).toBeInstanceOf(Uint16Array);
    expect(scan.rows[0]?.mask?.report).toMatchObject({
      method: 'two-levels',
      values: [39, 125],
      changed: true,
    });
    expect(Buffer.from(scan.rows[0]!.mask!.mask.data).equals(Buffer.from(original.data))).toBe(true);
  });

  it('reports exactly the bad rows among 20, with line numbers (labels are checked later)', async () => {
    const dir = path.join(root, 'bad');
    await writeDatasetFolder(dir, { seed: 6, specimens: 20, ...small }, { layout: 'seed-csv' });
    const lines = (await readFile(path.join(dir, 'dataset.csv'), 'utf8')).trim().split('\n');
    lines[3] = lines[3]!.replace(/images\/[^,]+/, 'images/missing.png');
    lines[9] = lines[9]!.replace(/,[a-z_]+,(positive|intermediate|negative)$/, ',cytoplasmic,$1');
    await writeFile(
      path.join(dir, 'masks', 'wrong.png'),
      await encodePng({ width: 10, height: 10, bitDepth: 8, data: new Uint8Array(100) }),
    );
    lines[16] = lines[16]!.replace(/masks\/[^,]+/, 'masks/wrong.png');
    await writeFile(path.join(dir, 'dataset.csv'), `${lines.join('\n')}\n`);
    const scan = await scanImportFolder(dir);
    expect(scan.total).toBe(20);
    expect(scan.rows).toHaveLength(18);
    expect(scan.rows.find((r) => r.line === 10)?.pattern).toBe('cytoplasmic');
    expect(scan.errors).toEqual([
      { line: 4, reason: 'file not found: images/missing.png' },
      { line: 17, reason: 'mask is 10x10 but the image is 192x160' },
    ]);
  });

  it('refuses images above the size limit, and unreadable files', async () => {
    const dir = path.join(root, 'limits');
    await writeDatasetFolder(dir, { seed: 7, specimens: 2, ...small }, { layout: 'seed-csv' });
    const big = await scanImportFolder(dir, { maxPixels: 10_000 });
    expect(big.errors[0]?.reason).toMatch(/192x160 \(0\.0 MP\), above the limit/);
    await writeFile(path.join(dir, 'images', 'syn7-0002.png'), 'garbage');
    const broken = await scanImportFolder(dir);
    expect(broken.errors).toEqual([{ line: 2, reason: expect.stringMatching(/^unreadable image/) }]);
  });

  it('generate -> import -> export -> import gives the same labels and mask bytes', async () => {
    const dir = path.join(root, 'trip');
    await writeDatasetFolder(dir, { seed: 8, specimens: 6, ...small }, { layout: 'header-csv' });
    const first = await scanImportFolder(dir);
    const out = path.join(root, 'trip-export');
    await writeDatasetFolder(out, { seed: 0, specimens: 1, ...small }, { layout: 'seed-csv' });
    const rows = await Promise.all(
      first.rows.map(async (r) => {
        const image = `images/${r.specimen}.png`;
        const mask = `masks/${r.specimen}_mask.png`;
        await writeFile(path.join(out, image), await readFile(path.join(dir, r.imagePath)));
        await writeFile(path.join(out, mask), r.mask!.png);
        return { image, mask, pattern: ref(r.pattern)!, intensity: r.intensity as 'positive' };
      }),
    );
    await writeFile(path.join(out, 'dataset.csv'), seedCsv(rows));
    const second = await scanImportFolder(out);
    expect(second.errors).toEqual([]);
    const view = (r: (typeof first.rows)[number]) => [
      r.specimen,
      ref(r.pattern),
      r.intensity,
      r.sha256,
      r.mask?.pngSha256,
    ];
    expect(second.rows.map(view)).toEqual(first.rows.map(view));
  });
});
