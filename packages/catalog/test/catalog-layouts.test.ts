import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeImage, displayWindow, encodePng, writeDatasetFolder } from '@hep2/data';
import { describe, expect, it } from 'vitest';
import { importFolder } from '../src';
import { scratchDir, testDataset, useCatalogEnv } from './support/catalog-env';

const env = useCatalogEnv();

describe('import layouts', () => {
  it('header CSV with 16-bit LZW TIFFs and a mask stored as 39/125', async () => {
    const dir = await scratchDir('header16');
    const gen = await writeDatasetFolder(
      dir,
      { seed: 'h16', specimens: 3, width: 420, height: 400, bitDepth: 16, cellCount: 10 },
      { layout: 'header-csv', format: 'tiff' },
    );
    const target = gen.specimens[1]!;
    const maskPath = path.join(dir, target.mask ?? '');
    const original = await readFile(maskPath);
    const mask = await decodeImage(original);
    const odd = new Uint8Array(mask.data.length);
    for (let i = 0; i < odd.length; i++) odd[i] = mask.data[i] ? 125 : 39;
    await writeFile(
      maskPath,
      await encodePng({ width: mask.width, height: mask.height, bitDepth: 8, data: odd }),
    );

    const ds = await testDataset(env.db, 'header16');
    const result = await importFolder(env.db, env.store, { datasetId: ds.id, dir });
    expect(result.errors).toEqual([]);
    expect(result.layout).toBe('header-csv');
    const specimens = await env.db.specimen.findMany({
      where: { datasetId: ds.id },
      select: {
        externalId: true,
        bitDepth: true,
        windowHigh: true,
        fold: true,
        maskKey: true,
        metadata: true,
        imageKey: true,
      },
    });
    expect(specimens).toHaveLength(3);
    for (const s of specimens) {
      expect(s.bitDepth).toBe(16);
      // The bright level per-specimen normalisation divides by: the display window's, from the original.
      const original = await decodeImage(await env.store.get(s.imageKey));
      expect(s.windowHigh).toBe(displayWindow(original).high);
      expect(s.windowHigh).toBeGreaterThan(255);
      expect(s.imageKey.endsWith('.tif')).toBe(true);
      // Folds come from the manifest (letters A..E -> 0..4).
      const fold = gen.specimens.find((g) => g.id === s.externalId)?.fold ?? '';
      expect(s.fold).toBe(fold.charCodeAt(0) - 65);
    }
    const odded = specimens.find((s) => s.externalId === target.id)!;
    expect((odded.metadata as { mask: { method: string; values: number[] } }).mask).toMatchObject({
      method: 'two-levels',
      values: [39, 125],
    });
    // Thresholded to 0/255: the same bytes as the generator's own mask.
    expect(await env.store.get(odded.maskKey ?? '')).toEqual(original);
    const patch = await env.db.patch.findFirstOrThrow({
      where: { specimen: { datasetId: ds.id, externalId: target.id } },
      select: { imageKey: true, padded: true },
      orderBy: [{ y: 'asc' }, { x: 'asc' }],
    });
    const patchImage = await decodeImage(await env.store.get(patch.imageKey));
    expect(patchImage).toMatchObject({ bitDepth: 16, width: 384, height: 384 });
    expect(patch.padded).toBe(false);
  });

  it('cell crops with "Image ID, Image class" and no masks or intensity', async () => {
    const dir = await scratchDir('cells');
    const gen = await writeDatasetFolder(
      dir,
      { seed: 'cells', specimens: 2, width: 400, height: 300, cellCount: 12 },
      { layout: 'cells', cellsPerSpecimen: 3, cropSize: 78 },
    );
    const ds = await testDataset(env.db, 'cells');
    const result = await importFolder(env.db, env.store, { datasetId: ds.id, dir });
    expect(result.errors).toEqual([]);
    expect(result.layout).toBe('cells');
    expect(result.imported).toHaveLength(gen.cells.length);
    const patches = await env.db.patch.findMany({
      where: { datasetId: ds.id },
      select: { padded: true, maskKey: true, width: true },
    });
    expect(patches).toHaveLength(gen.cells.length);
    // Each crop is one patch of its own size (never padded into a 384 px corner).
    expect(patches.every((p) => !p.padded && p.maskKey === null && p.width === 78)).toBe(true);
    const specimens = await env.db.specimen.findMany({
      where: { datasetId: ds.id },
      select: { intensityLevelId: true, patternClass: { select: { key: true } } },
    });
    expect(specimens.every((s) => s.intensityLevelId === null && s.patternClass)).toBe(true);
  });

  it('seed CSV with stray whitespace and the reference labels', async () => {
    const dir = await scratchDir('seedws');
    await writeDatasetFolder(
      dir,
      { seed: 'ws', specimens: 3, width: 300, height: 300, cellCount: 6, patterns: ['nuclear_membrane'] },
      { layout: 'seed-csv' },
    );
    const manifest = path.join(dir, 'dataset.csv');
    const text = await readFile(manifest, 'utf8');
    expect(text).toContain(',numem,');
    await writeFile(manifest, text.replace(/,/g, ' ,  ').replace(/\n/g, '  \r\n'));
    const ds = await testDataset(env.db, 'seedws');
    const result = await importFolder(env.db, env.store, { datasetId: ds.id, dir });
    expect(result.errors).toEqual([]);
    expect(result.imported).toHaveLength(3);
  });
});
