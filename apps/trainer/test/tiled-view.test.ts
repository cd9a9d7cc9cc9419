import { randomUUID } from 'node:crypto';
import { scorePatches } from '@hep2/active-learning';
import { decodeImage, encodePng, generateCellCrop } from '@hep2/data';
import { createModel, deserializeModel, type ModelConfigInput } from '@hep2/model';
import { objectKeys } from '@hep2/storage';
import { readVerifiedArtifact, resolveRunConfig } from '@hep2/training';
import { describe, expect, it } from 'vitest';
import { trainerCli } from '../../../test/support/cli-process';
import { useTestServices } from '../../../test/support/test-services';
import { runConfigFromFlags } from '../src/features/cli/train.command';
import { canFineTune } from '../src/features/runs/model-source';
import { seedDataset } from './support/seed-dataset';

const { db, store } = useTestServices({ wasm: true });

/** Patches above the cell-level limit (128 px): the default view is native-resolution windows. */
const PATCH = 160;

describe("patchView 'tiles': specimen-level patches seen at their own resolution", () => {
  it('is the default above 128 px: trains on windows, judges masks natively, scores whole patches', async () => {
    const seeded = await seedDataset(db, store, {
      specimens: 4,
      patchesPerSpecimen: 2,
      size: PATCH,
      seed: 'tiles',
      validationSpecimens: [3],
    });
    const dataset = await db.dataset.findUniqueOrThrow({ where: { id: seeded.datasetId } });
    const cli = await trainerCli([
      'train',
      '--dataset',
      dataset.slug,
      ...[
        '--epochs',
        '1',
        '--width',
        '4',
        '--blocks',
        '1,1,1',
        '--threads',
        '1',
        '--backends',
        'wasm',
        '--json',
      ],
    ]);
    expect(cli.code, cli.stderr).toBe(0);

    const run = await db.trainingRun.findFirstOrThrow({ where: { datasetId: seeded.datasetId } });
    const config = resolveRunConfig(run.config);
    expect(config.patchView).toBe('tiles');
    expect(config.viewSize).toBe(PATCH);
    expect(config.inputSize).toBe(64);

    const version = await db.modelVersion.findFirstOrThrow({ where: { datasetId: seeded.datasetId } });
    const model = await deserializeModel(await readVerifiedArtifact(store, version));
    try {
      expect(model.config).toMatchObject({ patchView: 'tiles', viewSize: PATCH, inputSize: 64 });
    } finally {
      model.dispose();
    }
    // Masks judged where they are drawn: the stitched prediction is already at the patch's size.
    const metrics = version.metrics as {
      validation: { segmentation: { resolution: string; dice: number; patches: number } };
    };
    expect(metrics.validation.segmentation.resolution).toBe('native');
    expect(metrics.validation.segmentation.patches).toBe(2);
    expect(metrics.validation.segmentation.dice).toBeGreaterThanOrEqual(0);
    const epochs = await db.trainingEpoch.findMany({ where: { runId: run.id }, orderBy: { epoch: 'asc' } });
    expect(epochs).toHaveLength(1);
    const lastEpoch = epochs[0]?.metrics as
      | { validation?: { dice: number | null; patches: number } }
      | undefined;
    const validated = lastEpoch?.validation;
    expect(validated?.patches).toBe(2);
    expect(validated?.dice).not.toBeNull();

    // An unlabelled patch gets a proposal at its own size from the stitched windows.
    const patchId = randomUUID();
    const imageKey = objectKeys.patchImage(seeded.datasetId, patchId);
    const cell = generateCellCrop({
      seed: 'tiles/new',
      pattern: 'homogeneous',
      intensity: 'positive',
      size: PATCH,
    });
    await store.put(imageKey, await encodePng(cell.image), 'image/png');
    await db.patch.create({
      data: {
        id: patchId,
        datasetId: seeded.datasetId,
        specimenId: seeded.specimenIds[0] as string,
        x: 2 * PATCH,
        y: 0,
        width: PATCH,
        height: PATCH,
        imageKey,
        status: 'QUEUED',
      },
    });
    const scored = await scorePatches(db, store, { datasetId: seeded.datasetId, modelVersionId: version.id });
    expect(scored.scored).toBe(1);
    expect(scored.backend?.detail).toMatch(/9 windows/);
    const prediction = await db.prediction.findFirstOrThrow({ where: { patchId } });
    const proposal = await decodeImage(new Uint8Array(await store.get(prediction.maskKey as string)));
    expect([proposal.width, proposal.height]).toEqual([PATCH, PATCH]);
  });

  it('--view chooses it; a view smaller than the window is refused', () => {
    expect(resolveRunConfig(runConfigFromFlags({ view: 'resized' }), { patchSize: PATCH }).patchView).toBe(
      'resized',
    );
    expect(resolveRunConfig({}, { patchSize: 78 }).patchView).toBe('resized');
    // A 384 px specimen tile is seen at 256 px through 64 px windows.
    expect(resolveRunConfig({}, { patchSize: 384 })).toMatchObject({
      patchView: 'tiles',
      viewSize: 256,
      inputSize: 64,
    });
    expect(resolveRunConfig(runConfigFromFlags({ 'view-size': '384' }), { patchSize: 384 }).viewSize).toBe(
      384,
    );
    // A patch smaller than the window is seen at the window's size (one window: the whole patch).
    expect(
      resolveRunConfig(runConfigFromFlags({ 'patch-size': '128', view: 'tiles' }), { patchSize: 96 })
        .viewSize,
    ).toBe(128);
    expect(() => resolveRunConfig({ patchView: 'tiles', inputSize: 128, viewSize: 96 })).toThrow(
      /viewSize: 96 px is smaller than the 128 px window/,
    );
    expect(() => resolveRunConfig({ patchView: 'tiles' })).toThrow(
      /needs the dataset's patch size or a viewSize/,
    );
    expect(() => resolveRunConfig(runConfigFromFlags({ view: 'mosaic' }))).toThrow(/patchView/);
  });

  it('does not fine-tune a version that saw patches another way', () => {
    const base: ModelConfigInput = {
      variant: 'lite',
      inputSize: 64,
      width: 4,
      blocks: [1, 1, 1],
      patternClasses: 2,
      intensityLevels: 2,
    };
    const tiled = createModel({ ...base, patchView: 'tiles', viewSize: 256 });
    try {
      expect(canFineTune(tiled, { ...base, patchView: 'tiles', viewSize: 256 })).toBeNull();
      expect(canFineTune(tiled, { ...base, patchView: 'tiles', viewSize: 384 })).toBe('view size 256 != 384');
      expect(canFineTune(tiled, { ...base, patchView: 'resized', viewSize: 64 })).toBe(
        'patch view tiles != resized',
      );
    } finally {
      tiled.dispose();
    }
  });
});
