import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { encodePng } from '@hep2/data';
import { describe, expect, it } from 'vitest';
import { importFolder } from '../src';
import type { CliIo } from '../src/cli/cli-args';
import { importCommand } from '../src/cli/commands/import.command';
import { datasetFootprint, scratchDir, testDataset, useCatalogEnv } from './support/catalog-env';

const env = useCatalogEnv();

const W = 48;
const H = 40;

async function writeImage(dir: string, rel: string, seed: number | 'black'): Promise<void> {
  const data = new Uint8Array(W * H);
  if (seed !== 'black') for (let i = 0; i < data.length; i++) data[i] = (i * 5 + seed * 29) % 241;
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
  await writeFile(path.join(dir, rel), await encodePng({ width: W, height: H, bitDepth: 8, data }));
}

async function writeMask(dir: string, rel: string, filled: boolean): Promise<void> {
  const data = new Uint8Array(W * H);
  if (filled) for (let y = 10; y < 30; y++) for (let x = 10; x < 30; x++) data[y * W + x] = 255;
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
  await writeFile(path.join(dir, rel), await encodePng({ width: W, height: H, bitDepth: 8, data }));
}

async function specimensOf(datasetId: string) {
  const rows = await env.db.specimen.findMany({
    where: { datasetId },
    select: { externalId: true, fold: true, metadata: true },
    orderBy: { externalId: 'asc' },
  });
  return rows.map((s) => ({
    externalId: s.externalId,
    fold: s.fold,
    group: (s.metadata as { group?: string }).group,
  }));
}

describe('real lab folders', () => {
  it('the same seed name in train/ and test/ imports twice, grouped by specimen number, idempotently', async () => {
    const dir = await scratchDir('train-test');
    const lines = ['image,pattern,intensity'];
    let n = 0;
    for (const split of ['train', 'test'])
      for (const s of ['00003', '00007'])
        for (const p of [0, 1]) {
          const rel = `${split}/${s}_p${p}_patch0.png`;
          await writeImage(dir, rel, n++);
          lines.push(`${rel},golgi,positive`);
        }
    await writeFile(path.join(dir, 'manifest.csv'), `${lines.join('\n')}\n`);
    const ds = await testDataset(env.db, 'train-test');
    const result = await importFolder(env.db, env.store, { datasetId: ds.id, dir });
    expect(result.errors).toEqual([]);
    expect(result.status).toBe('SUCCEEDED');
    expect(result.grouping).toEqual({ by: 'seed', detected: true, groups: 2 });
    const specimens = await specimensOf(ds.id);
    expect(specimens.map((s) => s.externalId)).toEqual([
      'test/00003_p0_patch0',
      'test/00003_p1_patch0',
      'test/00007_p0_patch0',
      'test/00007_p1_patch0',
      'train/00003_p0_patch0',
      'train/00003_p1_patch0',
      'train/00007_p0_patch0',
      'train/00007_p1_patch0',
    ]);
    for (const group of ['00003', '00007']) {
      const folds = new Set(specimens.filter((s) => s.group === group).map((s) => s.fold));
      expect(folds.size).toBe(1);
    }
    const again = await importFolder(env.db, env.store, { datasetId: ds.id, dir });
    expect(again.status).toBe('SUCCEEDED');
    expect(again.imported).toEqual([]);
    expect(again.skipped).toHaveLength(8);
  });

  it('identical images fail all-or-nothing by default, and are listed as skipped with --skip-duplicates', async () => {
    const dir = await scratchDir('dups');
    const lines = ['image,mask'];
    for (let i = 0; i < 6; i++) {
      await writeImage(dir, `img/${i}.png`, i < 3 ? 'black' : i);
      await writeMask(dir, `mask/${i}.png`, i !== 4);
      lines.push(`img/${i}.png,mask/${i}.png`);
    }
    await writeFile(path.join(dir, 'masks.csv'), `${lines.join('\n')}\n`);
    const ds = await testDataset(env.db, 'dups');
    const strict = await importFolder(env.db, env.store, { datasetId: ds.id, dir });
    expect(strict.status).toBe('FAILED');
    expect(strict.errors).toEqual([
      { line: 3, reason: 'same image content as line 2' },
      { line: 4, reason: 'same image content as line 2' },
    ]);
    expect((await datasetFootprint(env, ds.id)).specimens).toBe(0);

    const lenient = await importFolder(env.db, env.store, { datasetId: ds.id, dir, duplicates: 'skip' });
    expect(lenient.status).toBe('SUCCEEDED');
    expect(lenient.errors).toEqual([]);
    expect(lenient.imported.map((i) => i.line)).toEqual([2, 5, 6, 7]);
    expect(lenient.skipped).toEqual([
      { line: 3, externalId: '1', reason: 'same image content as line 2' },
      { line: 4, externalId: '2', reason: 'same image content as line 2' },
    ]);
    // Mask-only manifest: no labels; the empty mask is accepted and named.
    expect(lenient.warnings).toContain('1 empty mask(s) (no foreground) on line(s) 6');
    expect(lenient.maskSummary).toMatchObject({ masks: 6, emptyLines: [6], contourLines: [] });
    const labelled = await env.db.specimen.count({
      where: {
        datasetId: ds.id,
        OR: [{ patternClassId: { not: null } }, { intensityLevelId: { not: null } }],
      },
    });
    expect(labelled).toBe(0);
  });

  it('refuses an empty manifest: FAILED, never a success of 0 rows', async () => {
    const dir = await scratchDir('empty');
    await writeImage(dir, 'a.png', 1);
    await writeFile(path.join(dir, 'manifest.csv'), 'image,pattern\n');
    const ds = await testDataset(env.db, 'empty');
    const result = await importFolder(env.db, env.store, { datasetId: ds.id, dir });
    expect(result.status).toBe('FAILED');
    expect(result.error).toBe('the manifest manifest.csv has no data rows');
  });

  it('folds from a fold table keep each specimen in its fold; the CLI prints grouping, masks, warnings', async () => {
    const dir = await scratchDir('fold-table');
    const lines: string[] = [];
    let n = 0;
    for (let s = 1; s <= 12; s++)
      for (let p = 0; p < 2; p++) {
        const name = `${String(s).padStart(5, '0')}_p${p}_patch0`;
        await writeImage(dir, `images/${name}.png`, n);
        await writeMask(dir, `masks/${name}.png`, true);
        lines.push(`images/${name}.png,masks/${name}.png,${s % 2 ? 'golgi' : 'speckled'},positive`);
        n++;
      }
    await writeFile(path.join(dir, 'dataset.csv'), `${lines.join('\n')}\n`);
    await mkdir(path.join(dir, 'folds'));
    // Specimens 1..10 by the table (two per fold); 11 and 12 are left to the assignment.
    for (let f = 0; f < 5; f++) {
      const names = [2 * f + 1, 2 * f + 2].map((s) => `${String(s).padStart(5, '0')}_p0_patch0.png`);
      await writeFile(
        path.join(dir, 'folds', `fold_${String.fromCharCode(65 + f)}.csv`),
        `${names.join('\n')}\n`,
      );
    }
    const ds = await testDataset(env.db, 'fold-table');
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      progress: () => {},
      platform: async () => ({ db: env.db, store: env.store, describe: 'test', close: async () => {} }),
    };
    const slug = (await env.db.dataset.findUniqueOrThrow({ where: { id: ds.id } })).slug;
    const code = await importCommand.run(
      ['--dataset', slug, '--dir', dir, '--folds-file', 'folds', '--group-by', 'seed', '--skip-duplicates'],
      io,
    );
    expect(err.filter((l) => !l.startsWith('warning') && !l.startsWith('hint'))).toEqual([]);
    expect(code).toBe(0);
    expect(out).toContain('specimens: 12 group(s) by seed');
    expect(out.some((l) => /^masks: 24 \(already-binary 24\); foreground 20\.8 %-20\.8 %/.test(l))).toBe(
      true,
    );
    expect(err).toContain('warning: 2 specimen(s) are not in the fold table: their folds are assigned');
    const specimens = await specimensOf(ds.id);
    for (let s = 1; s <= 12; s++) {
      const group = String(s).padStart(5, '0');
      const folds = new Set(specimens.filter((x) => x.group === group).map((x) => x.fold));
      expect(folds.size).toBe(1);
      if (s <= 10) expect([...folds][0]).toBe(Math.floor((s - 1) / 2));
    }
    const bad = await importCommand
      .run(['--dataset', slug, '--dir', dir, '--group-by', 'bogus'], io)
      .catch((e) => e);
    expect((bad as Error).message).toMatch(/group-by "bogus"/);
  });
});
