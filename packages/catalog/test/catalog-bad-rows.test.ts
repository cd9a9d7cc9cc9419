import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeDatasetFolder } from '@hep2/data';
import { describe, expect, it } from 'vitest';
import { importFolder } from '../src';
import { datasetFootprint, scratchDir, testDataset, useCatalogEnv } from './support/catalog-env';

const env = useCatalogEnv();

/** 20 seed-CSV rows; lines 4, 9 and 15 broken: missing file, unreadable image, unknown label. */
async function badFixture(): Promise<string> {
  const dir = await scratchDir('bad');
  const gen = await writeDatasetFolder(
    dir,
    { seed: 'bad', specimens: 20, width: 160, height: 120, cellCount: 4 },
    { layout: 'seed-csv' },
  );
  await rm(path.join(dir, gen.specimens[3]?.image ?? ''));
  await writeFile(path.join(dir, gen.specimens[8]?.image ?? ''), 'this is not an image');
  const manifest = path.join(dir, 'dataset.csv');
  const lines = (await readFile(manifest, 'utf8')).split('\n');
  lines[14] = (lines[14] ?? '').replace(/,[a-z]+,(positive|intermediate|negative)$/, ',blobby,$1');
  await writeFile(manifest, lines.join('\n'));
  return dir;
}

describe('bad rows', () => {
  it('all-or-nothing: reports exactly the 3 bad lines and changes nothing', async () => {
    const dir = await badFixture();
    const ds = await testDataset(env.db, 'bad-aon');
    const earlier = await scratchDir('earlier');
    await writeDatasetFolder(
      earlier,
      { seed: 'earlier', specimens: 2, width: 200, height: 150 },
      { layout: 'seed-csv' },
    );
    await importFolder(env.db, env.store, { datasetId: ds.id, dir: earlier });
    const before = await datasetFootprint(env, ds.id);
    expect(before.specimens).toBe(2);

    const result = await importFolder(env.db, env.store, { datasetId: ds.id, dir });
    expect(result.status).toBe('FAILED');
    expect(result.errors.map((e) => e.line)).toEqual([4, 9, 15]);
    expect(result.errors[0]?.reason).toMatch(/not found/);
    expect(result.errors[1]?.reason).toMatch(/unreadable|unsupported|image/i);
    expect(result.errors[2]?.reason).toMatch(/pattern "blobby" is not a class/);
    expect(await datasetFootprint(env, ds.id)).toEqual(before);
    const job = await env.db.importJob.findUniqueOrThrow({ where: { id: result.jobId } });
    expect(job.status).toBe('FAILED');
    expect((job.rowErrors as Array<{ line: number }>).map((e) => e.line)).toEqual([4, 9, 15]);
    expect(job.importedRows).toBe(0);
  });

  it('good rows only: commits the other 17 and reports the 3', async () => {
    const dir = await badFixture();
    const ds = await testDataset(env.db, 'bad-some');
    const result = await importFolder(env.db, env.store, { datasetId: ds.id, dir, allOrNothing: false });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.errors.map((e) => e.line)).toEqual([4, 9, 15]);
    expect(result.imported).toHaveLength(17);
    const after = await datasetFootprint(env, ds.id);
    expect(after.specimens).toBe(17);
    // Original + mask per specimen, image + mask per patch: nothing else, nothing orphaned.
    expect(after.keys).toHaveLength(17 * 2 + after.patches * 2);
  });

  it('a failing database transaction removes every object it wrote', async () => {
    const dir = await scratchDir('txfail');
    await writeDatasetFolder(
      dir,
      { seed: 'tx', specimens: 3, width: 200, height: 150 },
      { layout: 'header-csv' },
    );
    const manifest = path.join(dir, 'manifest.csv');
    // A fold beyond Postgres' int range passes row checks but fails inside the insert.
    const text = (await readFile(manifest, 'utf8')).replace(/,[A-E]\n/, ',99999999999\n');
    await writeFile(manifest, text);
    const ds = await testDataset(env.db, 'txfail');
    const before = await datasetFootprint(env, ds.id);
    const result = await importFolder(env.db, env.store, { datasetId: ds.id, dir });
    expect(result.status).toBe('FAILED');
    expect(result.error).toMatch(/import failed/);
    expect(await datasetFootprint(env, ds.id)).toEqual(before);
  });

  it('refuses images above the pixel limit with a clear reason', async () => {
    const dir = await scratchDir('huge');
    await writeDatasetFolder(
      dir,
      { seed: 'huge', specimens: 2, width: 200, height: 150 },
      { layout: 'seed-csv' },
    );
    const ds = await testDataset(env.db, 'huge');
    const result = await importFolder(env.db, env.store, { datasetId: ds.id, dir, maxPixels: 10_000 });
    expect(result.status).toBe('FAILED');
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]?.reason).toMatch(/200x150 .* above the limit/);
  });
});
