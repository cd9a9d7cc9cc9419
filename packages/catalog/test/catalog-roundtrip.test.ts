import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeImage, decodeRle, writeDatasetFolder } from '@hep2/data';
import { objectKeys } from '@hep2/storage';
import { describe, expect, it } from 'vitest';
import { exportDataset, importFolder, writeExportToFolder } from '../src';
import { datasetFootprint, scratchDir, testDataset, useCatalogEnv } from './support/catalog-env';

const env = useCatalogEnv();

/** Everything that must survive a round trip, keyed by specimen name (mask bytes included). */
async function snapshot(datasetId: string) {
  const specimens = await env.db.specimen.findMany({
    where: { datasetId },
    select: {
      externalId: true,
      contentHash: true,
      width: true,
      height: true,
      bitDepth: true,
      fold: true,
      maskKey: true,
      patternClass: { select: { key: true } },
      intensityLevel: { select: { key: true } },
      patches: {
        select: { x: true, y: true, width: true, height: true, padded: true, maskKey: true, imageKey: true },
        orderBy: [{ y: 'asc' }, { x: 'asc' }],
      },
    },
    orderBy: { externalId: 'asc' },
  });
  return Promise.all(
    specimens.map(async (s) => ({
      externalId: s.externalId,
      contentHash: s.contentHash,
      size: [s.width, s.height, s.bitDepth],
      fold: s.fold,
      pattern: s.patternClass?.key,
      intensity: s.intensityLevel?.key,
      mask: s.maskKey ? (await env.store.get(s.maskKey)).toString('base64') : null,
      patches: await Promise.all(
        s.patches.map(async (p) => ({
          rect: [p.x, p.y, p.width, p.height, p.padded],
          mask: p.maskKey ? (await env.store.get(p.maskKey)).toString('base64') : null,
          image: (await env.store.get(p.imageKey)).toString('base64'),
        })),
      ),
    })),
  );
}

describe('generate -> import -> export -> import', () => {
  it('gives the same specimens, patches, labels and byte-identical masks', async () => {
    const dir = await scratchDir('roundtrip');
    const generated = await writeDatasetFolder(
      path.join(dir, 'source'),
      { seed: 'roundtrip', specimens: 6, width: 800, height: 600, cellCount: 30 },
      { layout: 'seed-csv' },
    );
    const first = await testDataset(env.db, 'rt-a');
    const progress: string[] = [];
    const inOutcomeTx: object[] = [];
    const imported = await importFolder(env.db, env.store, {
      datasetId: first.id,
      dir: path.join(dir, 'source'),
      onProgress: (p) => void progress.push(p.phase),
      // Runs in the transaction that commits the rows and the job's outcome: it sees both.
      onFinished: async (tx, outcome) => {
        const job = await tx.importJob.findUniqueOrThrow({ where: { id: outcome.jobId } });
        const specimens = await tx.specimen.count({ where: { datasetId: first.id } });
        inOutcomeTx.push({ outcome: outcome.status, job: job.status, specimens });
      },
    });
    expect(inOutcomeTx).toEqual([{ outcome: 'SUCCEEDED', job: 'SUCCEEDED', specimens: 6 }]);
    expect(imported.errors).toEqual([]);
    expect(imported.status).toBe('SUCCEEDED');
    expect(imported.imported).toHaveLength(6);
    expect(imported.patches).toBe(6 * 6);
    expect(progress).toContain('done');
    const job = await env.db.importJob.findUniqueOrThrow({ where: { id: imported.jobId } });
    expect(job).toMatchObject({ status: 'SUCCEEDED', totalRows: 6, doneRows: 6, importedRows: 6 });

    const a = await snapshot(first.id);
    expect(a.map((s) => s.externalId)).toEqual(generated.specimens.map((s) => s.id).sort());
    for (const s of a) {
      const gen = generated.specimens.find((g) => g.id === s.externalId);
      expect(s.pattern).toBe(gen?.pattern);
      expect(s.intensity ?? 'negative').toBe(gen?.intensity);
      expect(s.fold).not.toBeNull();
    }
    // The stored specimen mask is the generator's 0/255 PNG, byte for byte.
    const genMask = await readFile(path.join(dir, 'source', generated.specimens[0]?.mask ?? ''));
    const firstSpecimen = a.find((s) => s.externalId === generated.specimens[0]?.id);
    expect(firstSpecimen?.mask).toBe(genMask.toString('base64'));

    const exported = await exportDataset(env.db, env.store, {
      datasetId: first.id,
      format: 'header-csv',
      level: 'specimen',
      approvedOnly: false,
    });
    expect(exported.items).toBe(6);
    await writeExportToFolder(path.join(dir, 'export'), exported.files);

    const second = await testDataset(env.db, 'rt-b');
    const again = await importFolder(env.db, env.store, {
      datasetId: second.id,
      dir: path.join(dir, 'export'),
    });
    expect(again.errors).toEqual([]);
    expect(again.imported).toHaveLength(6);
    expect(await snapshot(second.id)).toEqual(a);

    // The seed layout round-trips too (no folds in that layout: they are assigned again).
    const seed = await exportDataset(env.db, env.store, {
      datasetId: first.id,
      format: 'seed-csv',
      level: 'specimen',
      approvedOnly: false,
    });
    await writeExportToFolder(path.join(dir, 'seed-export'), seed.files);
    const third = await testDataset(env.db, 'rt-c');
    await importFolder(env.db, env.store, { datasetId: third.id, dir: path.join(dir, 'seed-export') });
    const strip = (rows: Awaited<ReturnType<typeof snapshot>>) => rows.map((r) => ({ ...r, fold: null }));
    expect(strip(await snapshot(third.id))).toEqual(strip(a));
  });

  it('re-importing the same folder changes nothing', async () => {
    const dir = await scratchDir('reimport');
    await writeDatasetFolder(
      dir,
      { seed: 'reimport', specimens: 4, width: 500, height: 400, cellCount: 12 },
      { layout: 'header-csv' },
    );
    const ds = await testDataset(env.db, 'reimport');
    const first = await importFolder(env.db, env.store, { datasetId: ds.id, dir });
    expect(first.imported).toHaveLength(4);
    const before = await datasetFootprint(env, ds.id);
    const second = await importFolder(env.db, env.store, { datasetId: ds.id, dir });
    expect(second.status).toBe('SUCCEEDED');
    expect(second.imported).toHaveLength(0);
    expect(second.skipped.map((s) => s.line)).toEqual([2, 3, 4, 5]);
    expect(await datasetFootprint(env, ds.id)).toEqual(before);
  });
});

describe('exports of curated labels', () => {
  it('exports the curated labels only, or everything with its status', async () => {
    const dir = await scratchDir('approved');
    await writeDatasetFolder(
      dir,
      { seed: 'approved', specimens: 2, width: 500, height: 400, cellCount: 12, patterns: ['golgi'] },
      { layout: 'seed-csv' },
    );
    const ds = await testDataset(env.db, 'approved', { intensityMode: 'ORDINAL' });
    await importFolder(env.db, env.store, { datasetId: ds.id, dir });
    const patches = await env.db.patch.findMany({
      where: { datasetId: ds.id },
      select: { id: true, maskKey: true },
      orderBy: [{ specimen: { externalId: 'asc' } }, { y: 'asc' }, { x: 'asc' }],
    });
    const [speckled, positive] = await Promise.all([
      env.db.patternClass.findFirstOrThrow({ where: { datasetId: ds.id, key: 'speckled' } }),
      env.db.intensityLevel.findFirstOrThrow({ where: { datasetId: ds.id, key: 'positive' } }),
    ]);
    // Two approved patches with approved human annotations whose masks are the imported ground
    // truth, and one draft.
    const approved = patches.slice(0, 2);
    for (const p of approved) {
      await env.db.patch.update({ where: { id: p.id }, data: { status: 'APPROVED' } });
      const ann = await env.db.annotation.create({
        data: {
          patchId: p.id,
          status: 'APPROVED',
          patternClassId: speckled.id,
          intensityLevelId: positive.id,
        },
      });
      const key = objectKeys.annotationMask(ds.id, ann.id, 1);
      await env.store.put(key, await env.store.get(p.maskKey ?? ''), 'image/png');
      await env.db.annotation.update({ where: { id: ann.id }, data: { maskKey: key } });
    }
    await env.db.annotation.create({
      data: { patchId: patches[2]?.id ?? '', status: 'DRAFT', patternClassId: speckled.id },
    });
    // An approved annotation on a patch of the other specimen that was returned since: the patch is
    // not approved, so it has no curated label (the trainer does not train on it either).
    const returned = patches.at(-1);
    await env.db.patch.update({ where: { id: returned?.id ?? '' }, data: { status: 'RETURNED' } });
    await env.db.annotation.create({
      data: {
        patchId: returned?.id ?? '',
        status: 'APPROVED',
        patternClassId: speckled.id,
        intensityLevelId: positive.id,
      },
    });

    const only = await exportDataset(env.db, env.store, { datasetId: ds.id, format: 'seed-csv' });
    expect(only.items).toBe(2);
    const fileOf = (r: typeof only, name: string) => r.files.find((f) => f.name === name)!;
    const csv = Buffer.from(await fileOf(only, 'dataset.csv').read()).toString('utf8');
    expect(csv.trim().split('\n')).toHaveLength(2);
    expect(csv).toContain(',speckled,positive');
    const maskFiles = only.files.filter((f) => f.name.startsWith('masks/'));
    expect(maskFiles).toHaveLength(2);
    for (const [i, f] of maskFiles.entries()) {
      expect(Buffer.from(await f.read())).toEqual(await env.store.get(approved[i]?.maskKey ?? ''));
    }

    const coco = await exportDataset(env.db, env.store, { datasetId: ds.id, format: 'coco' });
    const json = JSON.parse(Buffer.from(await fileOf(coco, 'annotations.json').read()).toString('utf8'));
    expect(json.images).toHaveLength(2);
    expect(json.annotations).toHaveLength(2);
    expect(json.annotations[0].attributes).toMatchObject({ pattern: 'speckled', intensity: 'positive' });
    const decoded = decodeRle(json.annotations[0].segmentation);
    const stored = await decodeImage(await env.store.get(approved[0]?.maskKey ?? ''));
    expect(Buffer.from(decoded.data)).toEqual(Buffer.from(stored.data));

    const everything = await exportDataset(env.db, env.store, {
      datasetId: ds.id,
      format: 'header-csv',
      approvedOnly: false,
    });
    expect(everything.items).toBe(patches.length);
    const statuses = everything.files.find((f) => f.name === 'statuses.csv');
    const statusText = Buffer.from(await statuses!.read()).toString('utf8');
    // Everything: the returned patch shows its (latest, best) annotation's status.
    expect(statusText.match(/,APPROVED/g)).toHaveLength(3);
    expect(statusText.match(/,DRAFT/g)).toHaveLength(1);
    expect(statusText.match(/,WEAK/g)).toHaveLength(patches.length - 4);

    // Specimens with a curated label: the returned patch's specimen has none.
    const specimens = await exportDataset(env.db, env.store, { datasetId: ds.id, format: 'specimen-csv' });
    expect(specimens.items).toBe(1);
    const folds = await exportDataset(env.db, env.store, {
      datasetId: ds.id,
      format: 'folds',
      approvedOnly: false,
    });
    const foldText = Buffer.from(await fileOf(folds, 'folds.csv').read()).toString('utf8');
    expect(foldText.split('\n')[0]).toBe('specimen,fold,pattern,intensity');
    expect(foldText.trim().split('\n')).toHaveLength(3);
  });
});
