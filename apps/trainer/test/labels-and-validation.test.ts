import { enqueueTrainingRun } from '@hep2/training';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainerCli } from '../../../test/support/cli-process';
import { useTestServices } from '../../../test/support/test-services';
import { ensureValidationSpecimens } from '../src/features/data/validation-split';
import { type SeededDataset, seedDataset } from './support/seed-dataset';

const TINY = ['--epochs', '1', '--patch-size', '32', '--width', '4', '--no-augment', '--threads', '1'];
const WASM = ['--backends', 'wasm'];

const { db, store } = useTestServices();

const slugOf = async (id: string) => (await db.dataset.findUniqueOrThrow({ where: { id } })).slug;

/** Takes the curated labels off these specimens (their patches keep the specimen's weak labels). */
async function uncurate(seeded: SeededDataset, specimens: number[]): Promise<void> {
  const ids = specimens.map((i) => seeded.specimenIds[i] as string);
  await db.annotation.updateMany({
    where: { patch: { specimenId: { in: ids } } },
    data: { status: 'SUBMITTED' },
  });
  await db.patch.updateMany({ where: { specimenId: { in: ids } }, data: { status: 'SUBMITTED' } });
}

describe('a run whose validation would be empty', () => {
  it('fails with the reason and a non-zero exit, registering nothing', async () => {
    // Curated labels on specimen 0 only; specimen 1 is the (weak-only) validation specimen.
    const seeded = await seedDataset(db, store, {
      specimens: 3,
      patchesPerSpecimen: 2,
      size: 32,
      seed: 'noval',
      validationSpecimens: [1],
    });
    await uncurate(seeded, [1, 2]);
    const cli = await trainerCli([
      'train',
      '--dataset',
      await slugOf(seeded.datasetId),
      ...TINY,
      '--weak-labels',
      ...WASM,
    ]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(
      /FAILED \(no validation patches: 0 of 1 specimens with curated labels are validation specimens \(the 1 validation specimens have no curated label\); curated labels are needed on at least 2 specimens.*--labels curated/,
    );
    const run = await db.trainingRun.findFirstOrThrow({ where: { datasetId: seeded.datasetId } });
    expect(run.status).toBe('FAILED');
    expect(run.error).toMatch(/^no validation patches/);
    expect(await db.modelVersion.count({ where: { datasetId: seeded.datasetId } })).toBe(0);
  });
});

describe('validation specimens picked when only weak labels existed', () => {
  it('are re-picked among the specimens with curated labels, once, with a log line', async () => {
    const seeded = await seedDataset(db, store, {
      specimens: 4,
      patchesPerSpecimen: 1,
      size: 32,
      seed: 'repick',
      validationSpecimens: [3],
    });
    await uncurate(seeded, [3]);
    const curated = seeded.specimenIds.slice(0, 3).map((id) => ({ id, label: null }));
    const lines: string[] = [];
    const picked = await ensureValidationSpecimens(db, seeded.datasetId, curated, 0.34, (l) => lines.push(l));
    expect(picked.dropped).toEqual([seeded.specimenIds[3]]);
    expect(picked.ids.size).toBe(1);
    expect(seeded.specimenIds.slice(0, 3)).toContain([...picked.ids][0]);
    expect(lines).toEqual([
      expect.stringMatching(/re-picked: none of the 1 marked validation specimens has curated labels/),
    ]);
    const marked = await db.specimen.findMany({
      where: { datasetId: seeded.datasetId, isValidation: true },
      select: { id: true },
    });
    expect(marked.map((m) => m.id)).toEqual([...picked.ids]);
    // Marks with curated labels stay put.
    const again = await ensureValidationSpecimens(db, seeded.datasetId, curated, 0.34, (l) => lines.push(l));
    expect(again).toEqual({ ids: picked.ids, pickedNow: false, dropped: [] });
    expect(lines).toHaveLength(1);
  });
});

describe('the default input size', () => {
  it('follows the dataset patch size and is recorded in the run config', async () => {
    const seeded = await seedDataset(db, store, {
      specimens: 1,
      patchesPerSpecimen: 1,
      size: 78,
      seed: 'insize',
    });
    const queue = async (config: Record<string, unknown>) => {
      const q = await enqueueTrainingRun(db, {
        datasetId: seeded.datasetId,
        trigger: 'MANUAL',
        config,
        force: true,
      });
      if (q.kind !== 'queued') throw new Error(q.kind);
      const run = await db.trainingRun.findUniqueOrThrow({
        where: { id: q.runId },
        select: { config: true },
      });
      await db.trainingRun.delete({ where: { id: q.runId } });
      return (run.config as { inputSize: number }).inputSize;
    };
    expect(await queue({ width: 4 })).toBe(80);
    expect(await queue({ width: 4, inputSize: 48 })).toBe(48);
    await db.dataset.update({ where: { id: seeded.datasetId }, data: { patchSize: 384 } });
    expect(await queue({ width: 4 })).toBe(64);
  });
});

describe('a mask-only dataset', () => {
  let seeded: SeededDataset;
  let slug: string;

  beforeAll(async () => {
    seeded = await seedDataset(db, store, {
      specimens: 4,
      patchesPerSpecimen: 2,
      size: 32,
      seed: 'maskonly',
    });
    await db.annotation.updateMany({
      where: { id: { in: seeded.annotationIds } },
      data: { patternClassId: null, intensityLevelId: null },
    });
    await db.specimen.updateMany({
      where: { datasetId: seeded.datasetId },
      data: { patternClassId: null, intensityLevelId: null },
    });
    slug = await slugOf(seeded.datasetId);
  });

  it('trains the mask head only, reports no pattern / intensity figure and promotes on the mask', async () => {
    const first = await trainerCli([
      'train',
      '--dataset',
      slug,
      '--from-scratch',
      ...TINY,
      ...WASM,
      '--json',
    ]);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout) as {
      runId: string;
      validation: {
        dice: number;
        patternAccuracy: number | null;
        intensityAccuracy: number | null;
        baselines: {
          pattern: unknown;
          intensity: unknown;
          segmentation: { otsu: { dice: number }; allForeground: { dice: number } };
        };
      };
    };
    expect(summary.validation).toMatchObject({
      dice: expect.any(Number),
      patternAccuracy: null,
      intensityAccuracy: null,
      baselines: {
        pattern: null,
        intensity: null,
        segmentation: { otsu: { dice: expect.any(Number) }, allForeground: { dice: expect.any(Number) } },
      },
    });
    const version = await db.modelVersion.findUniqueOrThrow({ where: { trainingRunId: summary.runId } });
    const stored = version.metrics as {
      validation: { pattern: unknown; intensity: unknown; baselines: unknown };
    };
    expect(stored.validation.pattern).toBeNull();
    expect(stored.validation.intensity).toBeNull();
    expect(stored.validation.baselines).toEqual(summary.validation.baselines);
    expect(version.promotion).toMatchObject({ rule: { promote: true, components: ['dice'] } });
    const epoch = await db.trainingEpoch.findFirstOrThrow({ where: { runId: summary.runId } });
    expect(epoch.losses).toMatchObject({ mask: expect.any(Number), pattern: null, intensity: null });
    expect(epoch.taskWeights).toMatchObject({ mask: expect.any(Number), pattern: null, intensity: null });

    // The next run is judged against the active version on the mask alone.
    const second = await trainerCli(['train', '--dataset', slug, ...TINY, ...WASM, '--json']);
    expect(second.code).toBe(0);
    const next = JSON.parse(second.stdout) as { runId: string };
    const judged = await db.modelVersion.findUniqueOrThrow({ where: { trainingRunId: next.runId } });
    expect(judged.promotion).toMatchObject({
      rule: { components: ['dice'], activeScore: expect.any(Number) },
    });
  });

  it('prints the model beside the baselines in `trainer evaluate`', async () => {
    const evaluate = await trainerCli(['evaluate', '--dataset', slug, '--active', ...WASM]);
    expect(evaluate.code).toBe(0);
    expect(evaluate.stdout).toMatch(/model\s+majority\s+otsu\s+all-foreground/);
    expect(evaluate.stdout).toMatch(
      /mask dice \(native px, t=0\.\d+\)\s+\d\.\d{3}\s+-\s+\d\.\d{3}\s+\d\.\d{3}/,
    );
    expect(evaluate.stdout).toMatch(/pattern: no validation labels/);
    expect(evaluate.stdout).not.toMatch(/pattern accuracy/);
  });

  it('reaches a running platform through EMBEDDED_PG_PORT / EMBEDDED_S3_PORT, and says so', async () => {
    const pg = new URL(process.env.DATABASE_URL ?? 'postgresql://x@nowhere:1/none');
    const s3 = new URL(process.env.S3_ENDPOINT ?? 'http://nowhere:1');
    // Only where the test services are embedded ones (npm test without DATABASE_URL).
    if (pg.hostname !== '127.0.0.1' || pg.pathname !== '/hep2' || pg.password !== 'postgres') return;
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !['DATABASE_URL', 'S3_ENDPOINT', 'S3_ACCESS_KEY', 'S3_SECRET_KEY'].includes(k),
      ),
    );
    const evaluate = await trainerCli(['evaluate', '--dataset', slug, '--active', ...WASM, '--json'], {
      ...env,
      EMBEDDED_PG_PORT: pg.port,
      EMBEDDED_S3_PORT: s3.port,
    });
    expect(evaluate.stderr).toContain(`using the running npm start: postgres 127.0.0.1:${pg.port}`);
    expect(evaluate.code).toBe(0);
  });
});
