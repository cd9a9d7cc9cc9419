import { randomUUID } from 'node:crypto';
import {
  cutImagePatch,
  cutMaskPatch,
  encodeMaskPng,
  encodePng,
  generateSpecimen,
  PATTERN_CLASSES,
  PATTERN_INFO,
  sha256,
} from '@hep2/data';
import type { Db } from '@hep2/db';
import { ObjectStore, objectKeys } from '@hep2/storage';

export interface SeededLabelingDataset {
  datasetId: string;
  patchIds: string[];
}

const PATCH = 384;

/**
 * A small dataset for the browser tests (until the data-import package seeds it): one dim,
 * intermediate 16-bit centromere specimen cut into 384 px patches; the first patch carries an active
 * model's proposal (the specimen's own mask) so the editor shows a pre-label.
 */
export async function seedLabelingDataset(
  db: Db,
  s3: { endpoint: string; accessKey: string; secretKey: string; bucket: string },
): Promise<SeededLabelingDataset> {
  const store = new ObjectStore({ ...s3, region: 'us-east-1' });
  const tag = randomUUID().slice(0, 8);
  const dataset = await db.dataset.create({
    data: {
      slug: `e2e-${tag}`,
      name: 'E2E HEp-2 (synthetic)',
      description: 'Synthetic specimens for the browser tests',
      patchSize: PATCH,
      intensityMode: 'BINARY',
      patternClasses: {
        create: PATTERN_CLASSES.filter((p) => p !== 'negative').map((key, position) => ({
          key,
          name: PATTERN_INFO[key].name,
          icapCodes: [...PATTERN_INFO[key].icapCodes],
          color:
            ['#e57373', '#64b5f6', '#81c784', '#ffd54f', '#ba68c8', '#4dd0e1', '#ff8a65'][position] ??
            '#888888',
          position,
        })),
      },
      intensityLevels: {
        create: [
          { key: 'intermediate', name: 'Intermediate', rank: 0 },
          { key: 'positive', name: 'Positive', rank: 1 },
        ],
      },
    },
    select: { id: true, patternClasses: { select: { id: true, key: true } } },
  });
  const generated = generateSpecimen({
    seed: `e2e-${tag}`,
    pattern: 'centromere',
    intensity: 'intermediate',
    width: PATCH * 2,
    height: PATCH + 256,
    bitDepth: 16,
  });
  const imageBytes = await encodePng(generated.image);
  const contentHash = sha256(imageBytes);
  const imageKey = objectKeys.specimenImage(dataset.id, contentHash, 'png');
  await store.put(imageKey, imageBytes, 'image/png');
  const centromere = dataset.patternClasses.find((c) => c.key === 'centromere');
  const specimen = await db.specimen.create({
    data: {
      datasetId: dataset.id,
      externalId: `E2E-${tag}-well-01`,
      source: 'SYNTHETIC',
      imageKey,
      width: generated.image.width,
      height: generated.image.height,
      bitDepth: 16,
      contentHash,
      patternClassId: centromere?.id ?? null,
    },
    select: { id: true },
  });
  const model = await db.modelVersion.create({
    data: {
      datasetId: dataset.id,
      number: 1,
      status: 'ACTIVE',
      artifactKey: `e2e/${tag}/model.bin`,
      artifactBytes: 0,
      artifactSha256: '0',
      architecture: {},
      parameterCount: 0,
    },
    select: { id: true },
  });
  const rects = [
    { x: 0, y: 0 },
    { x: PATCH, y: 0 },
    { x: 0, y: 256 },
    { x: PATCH, y: 256 },
  ];
  const patchIds: string[] = [];
  for (const [i, { x, y }] of rects.entries()) {
    const rect = {
      index: i,
      row: 0,
      col: i,
      x,
      y,
      width: PATCH,
      height: PATCH,
      validWidth: PATCH,
      validHeight: PATCH,
      padded: false,
    };
    const id = randomUUID();
    const key = objectKeys.patchImage(dataset.id, id);
    await store.put(key, await encodePng(cutImagePatch(generated.image, rect)), 'image/png');
    await db.patch.create({
      data: {
        id,
        datasetId: dataset.id,
        specimenId: specimen.id,
        x,
        y,
        width: PATCH,
        height: PATCH,
        imageKey: key,
        priority: 10 - i,
      },
    });
    patchIds.push(id);
    if (i === 0) {
      const maskKey = objectKeys.predictionMask(dataset.id, model.id, id);
      const proposalMask = cutMaskPatch(generated.mask, rect);
      await store.put(maskKey, await encodeMaskPng(proposalMask), 'image/png');
      // The per-pixel map scoring stores beside the mask: unsure near the cell borders.
      await store.put(
        objectKeys.predictionProbability(dataset.id, model.id, id),
        await encodePng({
          width: PATCH,
          height: PATCH,
          bitDepth: 8,
          data: blurredProbability(proposalMask.data, PATCH),
        }),
        'image/png',
      );
      const probs = [0.05, 0.1, 0.05, 0.55, 0.1, 0.1, 0.05];
      await db.prediction.create({
        data: {
          patchId: id,
          modelVersionId: model.id,
          method: 'mc-dropout-8',
          maskKey,
          patternProbs: probs,
          intensityProbs: [0.62, 0.38],
          patternEntropy: 1.42,
          patternMargin: 0.45,
          intensityEntropy: 0.66,
          maskEntropy: 0.21,
        },
      });
      await db.patch.update({
        where: { id },
        data: { acquisitionScore: 0.83, acquisitionStrategy: 'multitask-uncertainty' },
      });
    }
  }
  return { datasetId: dataset.id, patchIds };
}

/** A binary mask box-blurred (radius 4) to p x 255: probabilities that fall off across cell borders. */
function blurredProbability(mask: ArrayLike<number>, side: number): Uint8Array {
  const r = 4;
  const horizontal = new Float32Array(side * side);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      let sum = 0;
      for (let d = -r; d <= r; d++)
        sum += (mask[y * side + Math.min(side - 1, Math.max(0, x + d))] as number) ? 1 : 0;
      horizontal[y * side + x] = sum / (2 * r + 1);
    }
  const out = new Uint8Array(side * side);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      let sum = 0;
      for (let d = -r; d <= r; d++)
        sum += horizontal[Math.min(side - 1, Math.max(0, y + d)) * side + x] as number;
      out[y * side + x] = Math.round((sum / (2 * r + 1)) * 255);
    }
  return out;
}
