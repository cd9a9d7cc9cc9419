import { randomUUID } from 'node:crypto';
import { encodePng, generateCellCrop } from '@hep2/data';
import { describe, expect, it } from 'vitest';
import { createBinaryDataset } from '../../../test/support/binary-dataset';
import { useTestServices } from '../../../test/support/test-services';
import { calibrateModelVersion, servedSamples, type VersionCalibration } from '../src/index';
import { loadModelVersion } from '../src/scoring/model-loader';
import { loadInputs } from '../src/scoring/patch-images';
import { createStoredPatch, registerTinyVersion } from './support/seed-scoring';

const { db, store } = useTestServices({ wasm: true });

/** Validation labels: [pattern key, intensity key] per patch. */
const LABELS: [string, string][] = [
  ['homogeneous', 'intermediate'],
  ['homogeneous', 'intermediate'],
  ['homogeneous', 'intermediate'],
  ['speckled', 'positive'],
  ['homogeneous', 'negative'],
  ['speckled', 'negative'],
];

/**
 * A BINARY dataset with three intensity levels (its head has two classes: intermediate 0,
 * positive 1, negative no target) and pattern classes at positions 3 and 7 (indices 0 and 1). Every
 * validation patch shows the same image, so the model gives every row the same prediction.
 */
async function seedBinaryDataset() {
  await store.ensureBucket();
  const tag = randomUUID().slice(0, 8);
  const dataset = await createBinaryDataset(db, {
    slug: `cal-${tag}`,
    name: `Calibration ${tag}`,
    patchSize: 48,
  });
  const specimen = await db.specimen.create({
    data: {
      datasetId: dataset.id,
      externalId: `${tag}-v`,
      source: 'SYNTHETIC',
      imageKey: `synthetic/${tag}/v.png`,
      width: 48 * LABELS.length,
      height: 48,
      bitDepth: 8,
      contentHash: `${tag}-v`,
      isValidation: true,
    },
    select: { id: true },
  });
  const cell = generateCellCrop({
    seed: `cal/${tag}`,
    pattern: 'homogeneous',
    intensity: 'positive',
    size: 48,
  });
  const png = await encodePng(cell.image);
  let imageKey = '';
  for (const [j, [pattern, level]] of LABELS.entries()) {
    const patch = await createStoredPatch(db, store, {
      datasetId: dataset.id,
      specimenId: specimen.id,
      column: j,
      png,
      status: 'APPROVED',
    });
    imageKey = patch.imageKey;
    await db.annotation.create({
      data: {
        patchId: patch.id,
        status: 'APPROVED',
        patternClassId: dataset.pattern(pattern),
        intensityLevelId: dataset.level(level),
      },
    });
  }
  return { datasetId: dataset.id, imageKey };
}

/** Sum of a head's NLL at T = 1 over every labelled row, fitting and held-out halves together. */
const totalNll = (head: VersionCalibration['pattern']) =>
  (head?.fitNllBefore ?? 0) * (head?.samples ?? 0) + (head?.nllBefore ?? 0) * (head?.heldOutSamples ?? 0);

describe('calibration of a BINARY dataset with three intensity levels', () => {
  it('reads intermediate as 0, positive as 1, negative as no target, patterns by position order', async () => {
    const seeded = await seedBinaryDataset();
    const versionId = await registerTinyVersion(db, store, seeded.datasetId, 1, 'CANDIDATE');
    const { model, ...version } = await loadModelVersion(db, store, versionId);
    try {
      await calibrateModelVersion(db, store, version, model);
      const stored = await db.modelVersion.findUniqueOrThrow({
        where: { id: versionId },
        select: { calibration: true },
      });
      const calibration = stored.calibration as VersionCalibration;
      expect(calibration.validationPatches).toBe(LABELS.length);
      // The two negatives have no intensity target; every patch has a pattern one.
      expect((calibration.intensity?.samples ?? 0) + (calibration.intensity?.heldOutSamples ?? 0)).toBe(4);
      expect((calibration.pattern?.samples ?? 0) + (calibration.pattern?.heldOutSamples ?? 0)).toBe(6);

      // One image, one prediction: the NLL summed over the labelled rows says which labels were read.
      const [loaded] = await loadInputs(store, [{ imageKey: seeded.imageKey, specimenId: '' }], {
        side: model.config.inputSize,
        scales: null,
      });
      const served = servedSamples(model, [loaded?.input as Float32Array], { mcSamples: 1, mode: 'heads' });
      const [lpPattern, lpIntensity] = [served.pattern[0], served.intensity[0]] as Float64Array[];
      expect(lpIntensity).toHaveLength(2);
      // 3 x intermediate (0) + 1 x positive (1); 4 x homogeneous (0) + 2 x speckled (1).
      const intensity = -(3 * (lpIntensity?.[0] as number) + (lpIntensity?.[1] as number));
      const pattern = -(4 * (lpPattern?.[0] as number) + 2 * (lpPattern?.[1] as number));
      expect(totalNll(calibration.intensity)).toBeCloseTo(intensity, 3);
      expect(totalNll(calibration.pattern)).toBeCloseTo(pattern, 3);
    } finally {
      model.dispose();
    }
  });
});
