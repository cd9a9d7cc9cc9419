import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeImage, encodeMaskPng, encodePng, generateSpecimen, writeDatasetFolder } from '@hep2/data';
import { describe, expect, it } from 'vitest';
import { importFolder, importSpecimenImage } from '../src';
import { scratchDir, testDataset, useCatalogEnv } from './support/catalog-env';

const env = useCatalogEnv();

const patchesOf = (datasetId: string) =>
  env.db.patch.findMany({
    where: { datasetId },
    select: {
      id: true,
      status: true,
      submittedCount: true,
      maskKey: true,
      width: true,
      height: true,
      padded: true,
      specimen: { select: { patternClassId: true, intensityLevelId: true, metadata: true } },
      annotations: {
        select: {
          source: true,
          status: true,
          authorId: true,
          patternClassId: true,
          intensityLevelId: true,
          maskKey: true,
          maskArea: true,
          submittedAt: true,
          revisions: { select: { version: true, status: true } },
        },
      },
    },
  });

describe('trusted labels on import', () => {
  it('curated: every patch approved with one authorless IMPORT annotation, in the same commit', async () => {
    const dir = await scratchDir('curated');
    await writeDatasetFolder(
      dir,
      { seed: 'cur', specimens: 2, width: 420, height: 400, cellCount: 8 },
      { layout: 'header-csv' },
    );
    const ds = await testDataset(env.db, 'curated', { patchSize: 256 });
    expect(ds).toMatchObject({ strideX: 167, strideY: 219 });
    const result = await importFolder(env.db, env.store, { datasetId: ds.id, dir, labels: 'curated' });
    expect(result).toMatchObject({ status: 'SUCCEEDED', labels: 'curated', labelledRows: 2 });
    const patches = await patchesOf(ds.id);
    expect(patches).toHaveLength(8);
    expect(result.approvedPatches).toBe(8);
    for (const p of patches) {
      expect(p.status).toBe('APPROVED');
      expect(p.submittedCount).toBe(0);
      expect((p.specimen.metadata as { labels: string }).labels).toBe('curated');
      expect(p.annotations).toHaveLength(1);
      const a = p.annotations[0]!;
      expect(a).toMatchObject({
        source: 'IMPORT',
        status: 'APPROVED',
        authorId: null,
        patternClassId: p.specimen.patternClassId,
        intensityLevelId: p.specimen.intensityLevelId,
        maskKey: p.maskKey,
        revisions: [{ version: 1, status: 'APPROVED' }],
      });
      expect(p.maskKey).not.toBeNull();
      expect(a.submittedAt).toBeInstanceOf(Date);
    }
    // maskArea is the foreground of the stored patch mask.
    const first = patches[0]!;
    const mask = await decodeImage(await env.store.get(first.maskKey ?? ''));
    expect(first.annotations[0]?.maskArea).toBe(mask.data.filter((v) => v > 0).length);
    expect(patches.some((p) => (p.annotations[0]?.maskArea ?? 0) > 0)).toBe(true);
    const job = await env.db.importJob.findUniqueOrThrow({ where: { id: result.jobId } });
    expect(job.labels).toBe('curated');
  });

  it('weak (the default): specimen labels only, patches queued, no annotations', async () => {
    const dir = await scratchDir('weak');
    await writeDatasetFolder(
      dir,
      { seed: 'weak', specimens: 2, width: 300, height: 300, cellCount: 6 },
      { layout: 'header-csv' },
    );
    const ds = await testDataset(env.db, 'weak');
    const result = await importFolder(env.db, env.store, { datasetId: ds.id, dir });
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      labels: 'weak',
      approvedPatches: 0,
      labelledRows: 2,
    });
    const patches = await patchesOf(ds.id);
    expect(patches.length).toBeGreaterThan(0);
    expect(patches.every((p) => p.status === 'QUEUED' && p.annotations.length === 0)).toBe(true);
    expect(patches.every((p) => (p.specimen.metadata as { labels: string }).labels === 'weak')).toBe(true);
    expect((await env.db.importJob.findUniqueOrThrow({ where: { id: result.jobId } })).labels).toBe('weak');
  });

  it('cell crops in an 80 px dataset are one unpadded patch each; curated without masks', async () => {
    const dir = await scratchDir('cells80');
    const gen = await writeDatasetFolder(
      dir,
      {
        seed: 'c80',
        specimens: 2,
        width: 400,
        height: 300,
        cellCount: 12,
        patterns: ['golgi', 'nuclear_membrane'],
      },
      { layout: 'cells', cellsPerSpecimen: 3, cropSize: 78 },
    );
    const ds = await testDataset(env.db, 'cells80', { patchSize: 80, taxonomyPreset: 'i3a' });
    const result = await importFolder(env.db, env.store, { datasetId: ds.id, dir, labels: 'curated' });
    expect(result.errors).toEqual([]);
    expect(result.imported).toHaveLength(gen.cells.length);
    const patches = await patchesOf(ds.id);
    expect(patches).toHaveLength(gen.cells.length);
    for (const p of patches) {
      expect(p).toMatchObject({ width: 78, height: 78, padded: false, maskKey: null, status: 'APPROVED' });
      expect(p.annotations).toMatchObject([{ source: 'IMPORT', maskKey: null, maskArea: null }]);
      expect(p.annotations[0]?.patternClassId).not.toBeNull();
    }
  });

  it('a curated single upload approves its patches too', async () => {
    const s = generateSpecimen({ seed: 9, pattern: 'golgi', width: 200, height: 150, cellCount: 3 });
    const ds = await testDataset(env.db, 'upload-cur', { patchSize: 128 });
    const imported = await importSpecimenImage(env.db, env.store, {
      datasetId: ds.id,
      bytes: await encodePng(s.image),
      maskBytes: await encodeMaskPng(s.mask),
      filename: 'one.png',
      pattern: 'Golgi',
      intensity: 'pos',
      labels: 'curated',
    });
    const patches = await patchesOf(ds.id);
    expect(patches).toHaveLength(imported.patches);
    expect(patches.every((p) => p.status === 'APPROVED' && p.annotations[0]?.source === 'IMPORT')).toBe(true);
  });
});

describe('taxonomies as data', () => {
  it('SNPHEp-2 labels resolve by key, name and ICAP code; unknown ones list the keys; no pattern is mask-only', async () => {
    const dir = await scratchDir('snp');
    const rows: string[] = ['image,mask,pattern,intensity'];
    const labels = ['Coarse Speckled', 'AC-4', 'homogenous', 'golgi', '', 'fine-speckled'];
    for (const [i, label] of labels.entries()) {
      const s = generateSpecimen({ seed: 100 + i, pattern: 'speckled', width: 96, height: 96, cellCount: 2 });
      await writeFile(path.join(dir, `img${i}.png`), await encodePng(s.image));
      await writeFile(path.join(dir, `img${i}_mask.png`), await encodeMaskPng(s.mask));
      rows.push(`img${i}.png,img${i}_mask.png,${label},${i % 2 ? 'intermediate' : 'Positive'}`);
    }
    await writeFile(path.join(dir, 'manifest.csv'), `${rows.join('\n')}\n`);
    const ds = await testDataset(env.db, 'snp', { taxonomyPreset: 'snphep2', patchSize: 128 });
    const result = await importFolder(env.db, env.store, { datasetId: ds.id, dir, allOrNothing: false });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.reason).toMatch(/golgi/);
    expect(result.errors[0]?.reason).toContain(
      'homogeneous, coarse_speckled, fine_speckled, nucleolar, centromere',
    );
    const specimens = await env.db.specimen.findMany({
      where: { datasetId: ds.id },
      select: {
        externalId: true,
        patternClass: { select: { key: true } },
        intensityLevel: { select: { key: true } },
      },
      orderBy: { externalId: 'asc' },
    });
    expect(specimens.map((s) => [s.externalId, s.patternClass?.key ?? null, s.intensityLevel?.key])).toEqual([
      ['img0', 'coarse_speckled', 'positive'],
      ['img1', 'fine_speckled', 'intermediate'],
      ['img2', 'homogeneous', 'positive'],
      ['img4', null, 'positive'],
      ['img5', 'fine_speckled', 'intermediate'],
    ]);
  });
});
