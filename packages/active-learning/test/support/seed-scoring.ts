import { randomUUID } from 'node:crypto';
import { encodeMaskPng, encodePng, generateCellCrop, type PatternClass, sha256 } from '@hep2/data';
import type { Db, PatchStatus } from '@hep2/db';
import { createModel, serializeModel } from '@hep2/model';
import { type ObjectStore, objectKeys } from '@hep2/storage';

export interface Seeded {
  datasetId: string;
  unlabelled: string[];
  approved: string[];
}

const PATTERNS: PatternClass[] = ['homogeneous', 'centromere'];

/**
 * Two training specimens with QUEUED/IN_PROGRESS/RETURNED/SUBMITTED patches (unlabelled except the
 * submitted one) and one validation specimen whose patches are APPROVED with labels and masks.
 */
export async function seedScoringDataset(
  db: Db,
  store: ObjectStore,
  acquisition: object = {},
): Promise<Seeded> {
  await store.ensureBucket();
  const tag = randomUUID().slice(0, 8);
  const dataset = await db.dataset.create({
    data: {
      slug: `al-${tag}`,
      name: `AL ${tag}`,
      patchSize: 48,
      acquisition,
      patternClasses: {
        create: PATTERNS.map((key, position) => ({ key, name: key, position, icapCodes: [] })),
      },
      intensityLevels: {
        create: [
          { key: 'intermediate', name: 'Intermediate', rank: 0 },
          { key: 'positive', name: 'Positive', rank: 1 },
        ],
      },
    },
    select: {
      id: true,
      patternClasses: { select: { id: true, key: true } },
      intensityLevels: { select: { id: true, key: true } },
    },
  });
  const out: Seeded = { datasetId: dataset.id, unlabelled: [], approved: [] };
  const statuses: PatchStatus[] = ['QUEUED', 'QUEUED', 'IN_PROGRESS', 'RETURNED', 'SUBMITTED', 'QUEUED'];
  for (let s = 0; s < 3; s += 1) {
    const validation = s === 2;
    const pattern = PATTERNS[s % 2] as PatternClass;
    const specimen = await db.specimen.create({
      data: {
        datasetId: dataset.id,
        externalId: `${tag}-${s}`,
        source: 'SYNTHETIC',
        imageKey: `synthetic/${tag}/${s}.png`,
        width: 300,
        height: 48,
        bitDepth: 8,
        contentHash: `${tag}-${s}`,
        isValidation: validation,
      },
      select: { id: true },
    });
    for (let j = 0; j < statuses.length; j += 1) {
      const cell = generateCellCrop({
        seed: `${tag}/${s}/${j}`,
        pattern,
        intensity: j % 2 ? 'positive' : 'intermediate',
        size: 48,
      });
      const status: PatchStatus = validation ? 'APPROVED' : (statuses[j] as PatchStatus);
      const { id } = await createStoredPatch(db, store, {
        datasetId: dataset.id,
        specimenId: specimen.id,
        column: j,
        png: await encodePng(cell.image),
        status,
      });
      if (validation) {
        const maskKey = objectKeys.patchMask(dataset.id, id);
        await store.put(maskKey, await encodeMaskPng(cell.mask), 'image/png');
        await db.annotation.create({
          data: {
            patchId: id,
            status: 'APPROVED',
            maskKey,
            patternClassId: dataset.patternClasses.find((p) => p.key === pattern)?.id ?? null,
            intensityLevelId:
              dataset.intensityLevels.find((l) => l.key === (j % 2 ? 'positive' : 'intermediate'))?.id ??
              null,
          },
        });
        out.approved.push(id);
      } else if (status !== 'SUBMITTED') out.unlabelled.push(id);
    }
  }
  return out;
}

/** A 48 x 48 patch in column `column` of a specimen's top row, its image `png` put in the store. */
export async function createStoredPatch(
  db: Db,
  store: ObjectStore,
  p: { datasetId: string; specimenId: string; column: number; png: Uint8Array; status: PatchStatus },
): Promise<{ id: string; imageKey: string }> {
  const id = randomUUID();
  const imageKey = objectKeys.patchImage(p.datasetId, id);
  await store.put(imageKey, p.png, 'image/png');
  await db.patch.create({
    data: {
      id,
      datasetId: p.datasetId,
      specimenId: p.specimenId,
      x: p.column * 48,
      y: 0,
      width: 48,
      height: 48,
      imageKey,
      status: p.status,
    },
  });
  return { id, imageKey };
}

/** A tiny untrained network registered as a model version of the dataset. */
export async function registerTinyVersion(
  db: Db,
  store: ObjectStore,
  datasetId: string,
  number: number,
  status: 'ACTIVE' | 'CANDIDATE',
) {
  const model = createModel({
    variant: 'lite',
    inputSize: 32,
    width: 4,
    blocks: [1, 1, 1],
    patternClasses: 2,
    intensityLevels: 2,
    seed: number,
  });
  const bytes = await serializeModel(model);
  model.dispose();
  const id = randomUUID();
  const artifactKey = objectKeys.modelArtifact(datasetId, id);
  await store.put(artifactKey, bytes);
  await db.modelVersion.create({
    data: {
      id,
      datasetId,
      number,
      status,
      artifactKey,
      artifactBytes: bytes.byteLength,
      artifactSha256: sha256(bytes),
      architecture: {},
      parameterCount: 1,
      labelCount: 6,
      metrics: {
        validation: { pattern: { meanClassAccuracy: 0.5, accuracy: 0.5 }, segmentation: { dice: 0.4 } },
      },
    },
  });
  return id;
}
