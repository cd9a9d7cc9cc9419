import { randomUUID } from 'node:crypto';
import { encodeMaskPng, encodePng, generateCellCrop, type PatternClass } from '@hep2/data';
import type { Db } from '@hep2/db';
import { type ObjectStore, objectKeys } from '@hep2/storage';

export interface SeedOptions {
  specimens: number;
  patchesPerSpecimen: number;
  patterns?: PatternClass[];
  /** Side of the generated patches (the trainer resizes them to its input size). */
  size?: number;
  seed?: string;
  trainingPolicy?: Record<string, unknown>;
  /** Mark these specimen indexes as the fixed validation specimens (else the trainer picks). */
  validationSpecimens?: number[];
  /**
   * Patch ids that sort in seeding order (random tail): the trainer orders samples by patch id,
   * so this makes the training order, and hence a seeded run, reproducible across databases.
   */
  orderedIds?: boolean;
}

export interface SeededDataset {
  datasetId: string;
  specimenIds: string[];
  patchIds: string[];
  annotationIds: string[];
}

/**
 * A small synthetic dataset: one generated cell crop per patch (pattern and intensity of its
 * specimen), stored as PNG in the object store, each with an APPROVED annotation whose mask is the
 * generator's ground truth.
 */
export async function seedDataset(db: Db, store: ObjectStore, o: SeedOptions): Promise<SeededDataset> {
  const patterns = o.patterns ?? ['homogeneous', 'centromere'];
  const size = o.size ?? 64;
  const tag = o.seed ?? randomUUID().slice(0, 8);
  await store.ensureBucket();
  const dataset = await db.dataset.create({
    data: {
      slug: `trainer-${tag}-${randomUUID().slice(0, 6)}`,
      name: `Trainer test ${tag}`,
      patchSize: size,
      intensityMode: 'BINARY',
      trainingPolicy: (o.trainingPolicy ?? {}) as object,
      patternClasses: {
        create: patterns.map((key, position) => ({ key, name: key, position, icapCodes: [] })),
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
  const patternId = new Map(dataset.patternClasses.map((p) => [p.key, p.id]));
  const levelId = new Map(dataset.intensityLevels.map((l) => [l.key, l.id]));
  const out: SeededDataset = { datasetId: dataset.id, specimenIds: [], patchIds: [], annotationIds: [] };
  for (let i = 0; i < o.specimens; i += 1) {
    const pattern = patterns[i % patterns.length] as PatternClass;
    const intensity = Math.floor(i / patterns.length) % 2 === 0 ? 'positive' : 'intermediate';
    const specimen = await db.specimen.create({
      data: {
        datasetId: dataset.id,
        externalId: `${tag}-s${i}`,
        source: 'SYNTHETIC',
        imageKey: `synthetic/${tag}/${i}.png`,
        width: size * o.patchesPerSpecimen,
        height: size,
        bitDepth: 8,
        contentHash: `${tag}-${i}-${randomUUID()}`,
        isValidation: o.validationSpecimens?.includes(i) ?? false,
        patternClassId: patternId.get(pattern) ?? null,
        intensityLevelId: levelId.get(intensity) ?? null,
      },
      select: { id: true },
    });
    out.specimenIds.push(specimen.id);
    for (let j = 0; j < o.patchesPerSpecimen; j += 1) {
      const cell = generateCellCrop({ seed: `${tag}/${i}/${j}`, pattern, intensity, size });
      const patchId = o.orderedIds ? orderedUuid(i * o.patchesPerSpecimen + j) : randomUUID();
      const annotationId = randomUUID();
      const imageKey = objectKeys.patchImage(dataset.id, patchId);
      const maskKey = objectKeys.annotationMask(dataset.id, annotationId, 1);
      await store.put(imageKey, await encodePng(cell.image), 'image/png');
      await store.put(maskKey, await encodeMaskPng(cell.mask), 'image/png');
      await db.patch.create({
        data: {
          id: patchId,
          datasetId: dataset.id,
          specimenId: specimen.id,
          x: j * size,
          y: 0,
          width: size,
          height: size,
          imageKey,
          status: 'APPROVED',
        },
      });
      await db.annotation.create({
        data: {
          id: annotationId,
          patchId,
          source: 'HUMAN',
          status: 'APPROVED',
          patternClassId: patternId.get(pattern) ?? null,
          intensityLevelId: levelId.get(intensity) ?? null,
          maskKey,
        },
      });
      out.patchIds.push(patchId);
      out.annotationIds.push(annotationId);
    }
  }
  return out;
}

/** A v4-shaped UUID whose first 8 hex digits are `index`, so ids sort in index order. */
function orderedUuid(index: number): string {
  return `${index.toString(16).padStart(8, '0')}${randomUUID().slice(8)}`;
}
