/**
 * Exports as one .zip, written while it is made: to a file (the CLI) and into the object store
 * (the API's export jobs). The archive holds exactly the files of the export, in order, with
 * export.json saying which snapshot of the labels it came from; a file that cannot be read fails
 * the whole archive and nothing is stored.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { decodeImage, decodeRle, writeDatasetFolder } from '@hep2/data';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ExportProgress,
  exportDataset,
  importFolder,
  storedFile,
  writeExportArchiveToFile,
  writeExportArchiveToStore,
} from '../src';
import { readZip } from '../src/exports/read-zip';
import { scratchDir, testDataset, useCatalogEnv } from './support/catalog-env';

const env = useCatalogEnv();
let datasetId = '';
let approved = 0;

beforeAll(async () => {
  const dir = await scratchDir('archive');
  await writeDatasetFolder(
    dir,
    { seed: 'archive', specimens: 3, width: 200, height: 160, cellCount: 6 },
    { layout: 'header-csv', folds: 3 },
  );
  const ds = await testDataset(env.db, 'archive', { patchSize: 96 });
  const imported = await importFolder(env.db, env.store, { datasetId: ds.id, dir, labels: 'curated' });
  expect(imported.status).toBe('SUCCEEDED');
  datasetId = ds.id;
  approved = imported.approvedPatches;
  expect(approved).toBeGreaterThan(6);
});

describe('export archives', () => {
  it('zips a COCO export to a file: export.json, annotations.json, every image, progress to the end', async () => {
    const result = await exportDataset(env.db, env.store, { datasetId, format: 'coco' });
    expect(result.items).toBe(approved);
    const progress: ExportProgress[] = [];
    const target = path.join(await scratchDir('archive-coco'), 'coco.zip');
    const bytes = await writeExportArchiveToFile(target, result.files, {
      onProgress: (p) => progress.push(p),
    });
    const zip = await readZip(target);
    expect(bytes).toBeGreaterThan(0);
    expect([...zip.keys()]).toEqual(result.files.map((f) => f.name));
    expect([...zip.keys()].slice(0, 2)).toEqual(['export.json', 'annotations.json']);
    expect([...zip.keys()].filter((n) => n.startsWith('images/'))).toHaveLength(approved);

    // One unit per image file, one per item for annotations.json, one for export.json.
    const total = 1 + approved + approved;
    expect(progress.at(-1)).toEqual({ done: total, total });
    expect(progress.every((p, i) => i === 0 || p.done > (progress[i - 1]?.done ?? 0))).toBe(true);

    const coco = JSON.parse(zip.get('annotations.json')!.toString('utf8'));
    expect(coco.images).toHaveLength(approved);
    expect(coco.annotations).toHaveLength(approved);
    expect(coco.categories.map((c: { name: string }) => c.name)).toContain('homogeneous');
    const patches = await env.db.patch.findMany({
      where: { datasetId },
      select: { imageKey: true, maskKey: true, x: true, y: true, specimen: { select: { externalId: true } } },
    });
    for (const annotation of coco.annotations.slice(0, 3)) {
      const image = coco.images[annotation.image_id - 1];
      const [, x, y] = /_x(\d+)_y(\d+)\.png$/.exec(image.file_name) ?? [];
      const patch = patches.find(
        (p) => p.x === Number(x) && p.y === Number(y) && image.file_name.includes(p.specimen.externalId),
      )!;
      // The image is the stored object, byte for byte; the RLE is its mask.
      expect(zip.get(image.file_name)!.equals(await env.store.get(patch.imageKey))).toBe(true);
      const mask = await decodeImage(await env.store.get(patch.maskKey!));
      const rle = decodeRle(annotation.segmentation);
      expect(Buffer.from(rle.data.map((v) => (v ? 1 : 0)))).toEqual(
        Buffer.from(mask.data.map((v) => (v ? 1 : 0))),
      );
    }
  });

  it('writes a header-csv archive into the store; export.json names the snapshot it came from', async () => {
    const newest = await env.db.annotation.aggregate({
      where: { status: 'APPROVED', patch: { datasetId } },
      _max: { updatedAt: true },
    });
    const result = await exportDataset(env.db, env.store, { datasetId, format: 'header-csv' });
    const key = `exports/test/${randomUUID()}.zip`;
    const stored = await writeExportArchiveToStore(env.store, key, result.files);
    const zip = await readZip(await env.store.get(key));
    expect(stored.bytes).toBe((await env.store.stat(key))?.size);

    const rows = parse(zip.get('manifest.csv')!.toString('utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows).toHaveLength(approved);
    for (const row of rows.slice(0, 4)) {
      const mask = await decodeImage(zip.get(row.mask as string)!);
      expect(mask.width).toBeGreaterThan(0);
      expect(zip.has(row.image as string)).toBe(true);
      expect(row.pattern).not.toBe('');
    }
    const about = JSON.parse(zip.get('export.json')!.toString('utf8'));
    expect(about).toMatchObject({
      dataset: { id: datasetId },
      format: 'header-csv',
      level: 'patch',
      approvedOnly: true,
      items: approved,
      labels: approved,
      snapshot: {
        approvedLabels: approved,
        newestApprovalAt: newest._max.updatedAt?.toISOString(),
        modelVersion: null,
      },
    });
    expect(result.snapshot.newestApprovalAt).toEqual(newest._max.updatedAt);
  });

  it('fails the archive when an image is missing from the store, and stores nothing', async () => {
    const result = await exportDataset(env.db, env.store, { datasetId, format: 'seed-csv' });
    const victim = result.files.find((f) => f.name.startsWith('images/'))!;
    const lost = `exports/test/${randomUUID()}-lost.png`;
    // An image whose object is gone (removed behind the platform's back).
    const files = result.files.map((f) => (f === victim ? storedFile(env.store, f.name, lost) : f));
    const key = `exports/test/${randomUUID()}.zip`;
    const failed = writeExportArchiveToStore(env.store, key, files);
    await expect(failed).rejects.toThrow(
      `${victim.name}: its object ${lost} is missing from the object store`,
    );
    await expect(failed).rejects.toMatchObject({ code: 'NOT_FOUND', details: { key: lost } });
    expect(await env.store.exists(key)).toBe(false);
  });

  it('stops reading files when its signal aborts, and stores nothing', async () => {
    const result = await exportDataset(env.db, env.store, { datasetId, format: 'coco' });
    const controller = new AbortController();
    const key = `exports/test/${randomUUID()}.zip`;
    const progress: ExportProgress[] = [];
    const written = writeExportArchiveToStore(env.store, key, result.files, {
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p);
        if (p.done >= 3) controller.abort(new Error('shutting down'));
      },
    });
    await expect(written).rejects.toThrow('shutting down');
    expect(progress.at(-1)!.done).toBeLessThan(progress.at(-1)!.total);
    expect(await env.store.exists(key)).toBe(false);
  });
});
