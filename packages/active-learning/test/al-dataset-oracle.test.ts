import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDataset, importFolder } from '@hep2/catalog';
import { writeDatasetFolder } from '@hep2/data';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli-process';
import { useTestServices } from '../../../test/support/test-services';
import { ARM_NAMES } from '../src/simulation/arms';
import { loadDatasetOracle } from '../src/simulation/dataset-oracle';
import { buildDatasetWorld } from '../src/simulation/dataset-world';
import type { StoredComparison, StoredCurve } from '../src/simulation/simulation-record';

const SCRIPT = 'packages/active-learning/scripts/simulate-al.ts';

const { db, store } = useTestServices();
let slug: string;
let datasetId: string;

/**
 * A lab's own set, imported the way a lab imports it: a generated folder (12 specimens of three
 * patterns, 128 x 128 with masks) through the catalog's folder import with curated labels, so every
 * 64 px patch is APPROVED with an IMPORT annotation (pattern, intensity, mask).
 */
beforeAll(async () => {
  await store.ensureBucket();
  const dir = await mkdtemp(path.join(process.env.HEP2_TEST_SCRATCH ?? tmpdir(), 'al-oracle-'));
  await writeDatasetFolder(
    dir,
    {
      seed: 'al-oracle',
      specimens: 12,
      width: 128,
      height: 128,
      cellCount: 6,
      patterns: ['homogeneous', 'speckled', 'centromere'],
    },
    { layout: 'header-csv' },
  );
  slug = `al-oracle-${randomUUID().slice(0, 8)}`;
  const dataset = await createDataset(db, { slug, name: `AL oracle ${slug}`, patchSize: 64 });
  datasetId = dataset.id;
  const imported = await importFolder(db, store, { datasetId, dir, labels: 'curated' });
  expect(imported.errors).toEqual([]);
});

describe('a curated dataset as the oracle', () => {
  it('reads every curated label with its image and mask, grouped into specimen-disjoint worlds', async () => {
    const oracle = await loadDatasetOracle(db, store, slug, { inputSize: 32 });
    const approved = await db.patch.count({ where: { datasetId, status: 'APPROVED' } });
    expect(oracle.samples).toHaveLength(approved);
    expect(oracle.unreadable).toBe(0);
    expect(new Set(oracle.samples.map((s) => s.specimenId)).size).toBe(12);
    for (const s of oracle.samples) {
      expect(s.image).toHaveLength(32 * 32);
      expect(s.mask).toHaveLength(32 * 32);
      expect(s.pattern).not.toBeNull();
      expect(s.intensity).not.toBeNull();
    }
    const worlds = [1, 2].map((seed) => buildDatasetWorld(seed, oracle.samples, { testShare: 0.25 }));
    for (const w of worlds) {
      const poolSpecimens = new Set(w.pool.map((s) => s.specimenId));
      const testSpecimens = new Set(w.tests.natural.map((s) => s.specimenId));
      // 4 specimens per pattern, a quarter held out: one of each pattern.
      expect(testSpecimens.size).toBe(3);
      expect([...testSpecimens].filter((id) => poolSpecimens.has(id))).toEqual([]);
      expect(w.pool.length + w.tests.natural.length).toBe(oracle.samples.length);
      const perPattern = (k: number) => w.tests.balanced.filter((s) => s.pattern === k).length;
      const present = [...new Set(oracle.samples.map((s) => s.pattern as number))];
      expect(new Set(present.map(perPattern)).size).toBe(1);
      expect(w.tests.balanced.every((s) => w.tests.natural.includes(s))).toBe(true);
    }
    // Each seed draws its own split; the same seed the same one.
    const ids = (seed: number) =>
      buildDatasetWorld(seed, oracle.samples, { testShare: 0.25 })
        .tests.natural.map((s) => s.id)
        .sort();
    expect(ids(1)).toEqual(worlds[0]?.tests.natural.map((s) => s.id).sort());
    expect(ids(1)).not.toEqual(ids(2));
  });

  it('simulate:al --dataset <slug> reports every arm with intervals and stores the result', async () => {
    const out = await mkdtemp(path.join(process.env.HEP2_TEST_SCRATCH ?? tmpdir(), 'al-oracle-out-'));
    const run = await simulate([
      ...['--dataset', slug, '--seeds', '2', '--rounds', '1', '--initial-steps', '2'],
      ...['--round-steps', '1', '--seed-cost', '52', '--round-cost', '39', '--resamples', '200'],
      ...['--mc-samples', '2', '--mc-dropout', 'full', '--input-size', '32', '--test-share', '0.25'],
      ...['--store', slug, '--out', out],
    ]);
    expect(run.stderr).toContain('using the configured deployment');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`curated labels of dataset ${slug}`);
    expect(run.stdout).toContain('mode full');
    for (const testSet of ['balanced', 'natural'])
      for (const metric of ['composite', 'patternMca', 'patternAccuracy', 'intensityAccuracy', 'dice'])
        expect(run.stdout).toContain(`${metric}, ${testSet} test set: 2 seeds`);
    // Every arm has a row per table; every arm but random an AUC difference with its interval.
    for (const arm of ARM_NAMES) {
      const rows = run.stdout.split('\n').filter((l) => l.startsWith(`${arm} `));
      expect(rows).toHaveLength(10);
      if (arm !== 'random')
        for (const row of rows) expect(row).toMatch(/[+-]\d\.\d{3} \[[+-]?\d\.\d{3}, [+-]?\d\.\d{3}\]/);
    }
    const stored = await db.activeLearningSimulation.findMany({ where: { datasetId } });
    expect(stored).toHaveLength(1);
    const sim = stored[0];
    expect(sim).toMatchObject({ oracle: slug, seeds: 2, labelTasks: ['pattern', 'intensity', 'mask'] });
    const curves = sim?.curves as unknown as StoredCurve[];
    expect(curves.map((c) => `${c.testSet}:${c.arm}`).sort()).toEqual(
      ['balanced', 'natural'].flatMap((t) => ARM_NAMES.map((a) => `${t}:${a}`)).sort(),
    );
    for (const c of curves) {
      expect(c.cost).toEqual([52, 91]);
      expect(c.labels).toEqual([4, 7]);
      expect(c.metrics.composite?.mean).toHaveLength(2);
    }
    const comparisons = sim?.comparisons as unknown as StoredComparison[];
    expect(comparisons).toHaveLength(2 * 5 * ARM_NAMES.length);
    for (const c of comparisons.filter((x) => x.arm !== 'random'))
      expect(c.aucDifference).toMatchObject({
        estimate: expect.any(Number),
        lower: expect.any(Number),
        upper: expect.any(Number),
      });
    const json = JSON.parse(await readFile(path.join(out, 'simulation.json'), 'utf8'));
    expect(json.oracle).toBe(slug);
    expect(json.runs).toHaveLength(2);
  }, 600_000);
});

/** The CLI as a lab runs it, connected to the test's Postgres and S3 as a configured deployment. */
const simulate = (args: string[]) =>
  runCli(SCRIPT, args, {
    ...process.env,
    S3_BUCKET: process.env.S3_BUCKET ?? 'hep2-test',
    // Never the developer's `npm start` nor services of its own: the test's.
    EMBEDDED_PG_PORT: '1',
    EMBEDDED_S3_PORT: '2',
  });
