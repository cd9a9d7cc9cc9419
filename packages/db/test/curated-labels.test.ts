import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBinaryDataset } from '../../../test/support/binary-dataset';
import { createDb, type Db, type PatchStatus } from '../src';
import { curatedLabels, loadTaxonomy, usableLabels } from '../src/labels';
import { serverUrl } from './test-database';

let db: Db;
beforeAll(() => {
  db = createDb({ connectionString: serverUrl, poolSize: 2 });
});
afterAll(async () => {
  await db?.$disconnect();
});

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

/**
 * A BINARY dataset with three intensity levels and two pattern classes at positions 3 and 7 (the
 * model's indices are their order, 0 and 1), one training and one validation specimen.
 */
async function seedDataset() {
  const tag = randomUUID().slice(0, 8);
  const dataset = await createBinaryDataset(db, { slug: `labels-${tag}`, name: `labels ${tag}` });
  const { pattern, level } = dataset;
  const specimen = (i: number, isValidation: boolean) =>
    db.specimen.create({
      data: {
        datasetId: dataset.id,
        externalId: `${tag}-${i}`,
        imageKey: `labels/${tag}/${i}.png`,
        width: 64,
        height: 64,
        bitDepth: 8,
        contentHash: `${tag}-${i}`,
        isValidation,
      },
      select: { id: true },
    });
  const [training, validation] = [await specimen(0, false), await specimen(1, true)];
  let x = 0;
  const patch = async (specimenId: string, status: PatchStatus, maskKey: string | null = null) => {
    x += 1;
    const row = await db.patch.create({
      data: {
        datasetId: dataset.id,
        specimenId,
        x,
        y: 0,
        width: 8,
        height: 8,
        imageKey: `labels/${tag}/p${x}.png`,
        maskKey,
        status,
      },
      select: { id: true },
    });
    return row.id;
  };
  return { datasetId: dataset.id, training: training.id, validation: validation.id, patch, pattern, level };
}

describe('curatedLabels', () => {
  it('the latest approved annotation of every approved patch with a mask or a class', async () => {
    const s = await seedDataset();
    const annotate = (
      patchId: string,
      status: 'APPROVED' | 'SUBMITTED',
      age: number,
      labels: { patternClassId?: string; intensityLevelId?: string; maskKey?: string } = {},
    ) =>
      db.annotation.create({
        data: { patchId, status, updatedAt: minutesAgo(age), ...labels },
        select: { id: true },
      });

    // Two approvals: the later one is the label, whatever the older one said.
    const relabelled = await s.patch(s.training, 'APPROVED');
    await annotate(relabelled, 'APPROVED', 30, { patternClassId: s.pattern('homogeneous') });
    const latest = await annotate(relabelled, 'APPROVED', 10, {
      patternClassId: s.pattern('speckled'),
      intensityLevelId: s.level('intermediate'),
    });
    // An approved annotation on a patch that is not approved (returned since): no curated label.
    const returned = await s.patch(s.training, 'RETURNED');
    await annotate(returned, 'APPROVED', 5, { patternClassId: s.pattern('speckled') });
    // The latest approval is empty: the patch has none (the older one does not stand in for it).
    const emptied = await s.patch(s.training, 'APPROVED');
    await annotate(emptied, 'APPROVED', 40, { patternClassId: s.pattern('speckled') });
    await annotate(emptied, 'APPROVED', 20);
    // No mask of its own: the patch's imported ground truth is the mask.
    const groundTruth = await s.patch(s.training, 'APPROVED', 'truth/mask.png');
    const plain = await annotate(groundTruth, 'APPROVED', 15);
    // A validation patch: a newer submission does not replace the approved label.
    const validated = await s.patch(s.validation, 'APPROVED');
    const approved = await annotate(validated, 'APPROVED', 25, {
      patternClassId: s.pattern('homogeneous'),
      intensityLevelId: s.level('negative'),
    });
    await annotate(validated, 'SUBMITTED', 1, { patternClassId: s.pattern('speckled') });

    const labels = await curatedLabels(db, s.datasetId);
    // Newest approval first.
    expect(labels).toEqual([
      {
        annotationId: latest.id,
        patchId: relabelled,
        specimenId: s.training,
        imageKey: expect.any(String),
        maskKey: null,
        patternClassId: s.pattern('speckled'),
        intensityLevelId: s.level('intermediate'),
        approvedAt: expect.any(Date),
      },
      expect.objectContaining({ annotationId: plain.id, patchId: groundTruth, maskKey: 'truth/mask.png' }),
      expect.objectContaining({
        annotationId: approved.id,
        patchId: validated,
        specimenId: s.validation,
        patternClassId: s.pattern('homogeneous'),
      }),
    ]);
    // approvedAt is the approval's time (the annotation's last change), newest first.
    const latestRow = await db.annotation.findUniqueOrThrow({ where: { id: latest.id } });
    expect(labels[0]?.approvedAt).toEqual(latestRow.updatedAt);
    expect(labels.map((l) => l.approvedAt.getTime())).toEqual(
      labels.map((l) => l.approvedAt.getTime()).sort((a, b) => b - a),
    );
    expect((await curatedLabels(db, s.datasetId, { validationOnly: true })).map((l) => l.patchId)).toEqual([
      validated,
    ]);
    expect((await curatedLabels(db, s.datasetId, { limit: 2 })).map((l) => l.patchId)).toEqual([
      relabelled,
      groundTruth,
    ]);
  });

  it('maps label ids to the class indices the model heads read', async () => {
    const s = await seedDataset();
    const taxonomy = await loadTaxonomy(db, s.datasetId);
    expect(taxonomy).toMatchObject({ patternClasses: 2, intensityLevels: 2, intensityMode: 'BINARY' });
    const label = (pattern: string | null, level: string | null, maskKey: string | null = null) => ({
      patchId: `${pattern}-${level}-${maskKey}`,
      maskKey,
      patternClassId: pattern ? s.pattern(pattern) : null,
      intensityLevelId: level ? s.level(level) : null,
    });
    const usable = usableLabels(
      [
        label('homogeneous', 'negative'),
        label('speckled', 'intermediate'),
        label(null, 'positive'),
        // Nothing the BINARY head learns from: no mask, no pattern, a rank below the top two.
        label(null, 'negative'),
        label(null, 'negative', 'mask.png'),
      ],
      taxonomy,
    );
    expect(usable.map((l) => [l.pattern, l.intensity, l.maskKey])).toEqual([
      [0, null, null],
      [1, 0, null],
      [null, 1, null],
      [null, null, 'mask.png'],
    ]);

    await db.dataset.update({ where: { id: s.datasetId }, data: { intensityMode: 'ORDINAL' } });
    const ordinal = await loadTaxonomy(db, s.datasetId);
    expect(ordinal.intensityLevels).toBe(3);
    expect(usableLabels([label(null, 'negative'), label(null, 'positive')], ordinal)).toMatchObject([
      { intensity: 0 },
      { intensity: 2 },
    ]);
  });
});
