import { beforeAll, describe, expect, it } from 'vitest';
import { trainerCli } from '../../../test/support/cli-process';
import { useTestServices } from '../../../test/support/test-services';
import { type SeededDataset, seedDataset } from './support/seed-dataset';

const { db, store } = useTestServices();
let seeded: SeededDataset;
let slug: string;

beforeAll(async () => {
  seeded = await seedDataset(db, store, { specimens: 5, patchesPerSpecimen: 2, seed: 'cli' });
  slug = (await db.dataset.findUniqueOrThrow({ where: { id: seeded.datasetId } })).slug;
});

describe('the trainer CLI', () => {
  it('prints its usage', async () => {
    const help = await trainerCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: npm run trainer -- <command>/);
    expect(help.stdout).toMatch(/Exit codes/);
    const none = await trainerCli([]);
    expect(none.code).toBe(2);
    const train = await trainerCli(['train', '--help']);
    expect(train.code).toBe(0);
    expect(train.stdout).toMatch(/Usage: npm run trainer -- train --dataset/);
    expect(train.stdout).toMatch(/--patch-size N .*default: the dataset's patch size/s);
    expect(train.stdout).toMatch(/EMBEDDED_PG_PORT/);
    const evaluate = await trainerCli(['evaluate', '-h']);
    expect(evaluate.code).toBe(0);
    expect(evaluate.stdout).toMatch(/Usage: npm run trainer -- evaluate .*--model-version/);
    const unknown = await trainerCli(['fly']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command fly/);
  });

  it('refuses bad input with exit code 2 and a message naming the option, creating no run', async () => {
    const bad = await trainerCli(['train', '--dataset', slug, '--patch-size', '40', '--width', '4']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/inputSize: must be a multiple of 16/);
    const nan = await trainerCli(['train', '--dataset', slug, '--epochs', 'many']);
    expect(nan.code).toBe(2);
    expect(nan.stderr).toMatch(/--epochs: expected a number, got "many"/);
    const missing = await trainerCli(['train', '--dataset', 'no-such-dataset']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no dataset with slug no-such-dataset/);
    const threads = await trainerCli(['train', '--dataset', slug, '--threads', '0']);
    expect(threads.code).toBe(2);
    expect(threads.stderr).toMatch(/--threads: expected a whole number from 1 to 64, got "0"/);
    expect(await db.trainingRun.count({ where: { datasetId: seeded.datasetId } })).toBe(0);
  });

  it('trains a run with trigger CLI through the executor and registry, then evaluates the version', async () => {
    const train = await trainerCli([
      'train',
      '--dataset',
      slug,
      '--from-scratch',
      '--epochs',
      '2',
      '--patch-size',
      '32',
      '--width',
      '4',
      '--batch-size',
      '8',
      '--no-augment',
      '--threads',
      '1',
      '--backends',
      'wasm',
      '--json',
    ]);
    expect(train.stderr).toMatch(/epoch 2\/2/);
    expect(train.stderr).toMatch(/validation epoch 2: loss/);
    expect(train.code).toBe(0);
    expect(train.stderr).toMatch(/using the configured deployment: postgres /);
    const summary = JSON.parse(train.stdout) as {
      runId: string;
      status: string;
      validation: { dice: number; baselines: { segmentation: { otsu: { dice: number } } } };
    };
    const run = await db.trainingRun.findUniqueOrThrow({ where: { id: summary.runId } });
    expect(run).toMatchObject({ trigger: 'CLI', status: 'PROMOTED', error: null });
    expect(run.workerId).toMatch(/^cli:/);
    expect(run.config).toMatchObject({
      epochs: 2,
      inputSize: 32,
      width: 4,
      fromScratch: true,
      augment: false,
    });
    expect(run.environment).toMatchObject({ backend: 'wasm', trainThreads: 1 });
    expect(await db.trainingEpoch.count({ where: { runId: run.id } })).toBe(2);
    const version = await db.modelVersion.findUniqueOrThrow({ where: { trainingRunId: run.id } });
    expect(version.status).toBe('ACTIVE');
    const stored = (version.metrics as unknown as { validation: { segmentation: { dice: number } } })
      .validation;
    expect(summary.validation.dice).toBe(stored.segmentation.dice);
    // The baselines are stored with the version's figures and printed with them.
    expect(summary.validation.baselines).toEqual((stored as unknown as { baselines: unknown }).baselines);
    expect(summary.validation.baselines.segmentation.otsu.dice).toBeGreaterThanOrEqual(0);

    const evaluate = await trainerCli([
      'evaluate',
      '--dataset',
      seeded.datasetId,
      '--active',
      '--backends',
      'wasm',
      '--json',
    ]);
    expect(evaluate.code).toBe(0);
    const evaluated = JSON.parse(evaluate.stdout) as {
      modelVersion: { id: string };
      metrics: { segmentation: { dice: number } };
    };
    expect(evaluated.modelVersion.id).toBe(version.id);
    // The same checksum-verified artifact on the same validation patches: the stored figures. The
    // run evaluated an export of the weights it held; `evaluate` runs the export stored beside them.
    const { evaluatedOn, ...figures } = evaluated.metrics as typeof evaluated.metrics & {
      evaluatedOn: { graph: string };
    };
    const { evaluatedOn: storedOn, ...storedFigures } = JSON.parse(JSON.stringify(stored));
    expect(figures).toEqual(storedFigures);
    expect(evaluatedOn).toEqual({ ...storedOn, graph: expect.stringMatching(/^stored export, sha256 /) });

    const byNumber = await trainerCli([
      'evaluate',
      '--dataset',
      slug,
      '--model-version',
      '7',
      '--backends',
      'wasm',
    ]);
    expect(byNumber.code).toBe(2);
    expect(byNumber.stderr).toMatch(/no version 7/);
  });
});
