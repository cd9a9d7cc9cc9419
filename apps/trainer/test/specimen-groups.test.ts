import { createExperiment, labelledSpecimens, planFolds, readStoredGrid } from '@hep2/training';
import { describe, expect, it } from 'vitest';
import { trainerCli } from '../../../test/support/cli-process';
import { useTestServices } from '../../../test/support/test-services';
import { ensureValidationSpecimens } from '../src/features/data/validation-split';
import { groupSpecimens, uncurateSpecimens, validationMarks } from './support/grouped-dataset';
import { seedDataset } from './support/seed-dataset';

const TINY = ['--epochs', '1', '--patch-size', '32', '--width', '4', '--no-augment', '--threads', '1'];
const WASM = ['--backends', 'wasm'];
/** Four wells of two images each; the images of a well share its pattern (index parity). */
const WELLS = ['A', 'B', 'A', 'B', 'C', 'D', 'C', 'D'];

const { db, store } = useTestServices();

const seedWells = (seed: string) =>
  seedDataset(db, store, { specimens: 8, patchesPerSpecimen: 1, size: 32, seed });
const slugOf = async (id: string) => (await db.dataset.findUniqueOrThrow({ where: { id } })).slug;

/** Every well validates whole or not at all; returns the wells that validate. */
function wholeWells(marks: boolean[]): string[] {
  const wells = new Map<string, Set<boolean>>();
  for (const [i, well] of WELLS.entries()) wells.set(well, (wells.get(well) ?? new Set()).add(!!marks[i]));
  for (const sides of wells.values()) expect(sides.size).toBe(1);
  return [...wells.entries()].filter(([, sides]) => sides.has(true)).map(([well]) => well);
}

describe('validation specimens of a grouped dataset', () => {
  it('are whole groups, members without curated labels included', async () => {
    const seeded = await seedWells('grp-pick');
    await groupSpecimens(db, seeded, WELLS);
    // One image of every well has no curated label yet: the candidates are one image per well.
    await uncurateSpecimens(db, seeded, [2, 3, 6, 7]);
    const curated = [0, 1, 4, 5].map((i) => ({ id: seeded.specimenIds[i] as string, label: i % 2 }));
    const picked = await ensureValidationSpecimens(db, seeded.datasetId, curated, 0.5);
    expect(picked.pickedNow).toBe(true);
    const marks = await validationMarks(db, seeded);
    const wells = wholeWells(marks);
    expect(wells).toHaveLength(2);
    expect(picked.ids.size).toBe(4);
    expect(marks.filter(Boolean)).toHaveLength(4);
    // Stratified by the wells' pattern: one well of each.
    expect(new Set(wells.map((w) => WELLS.indexOf(w) % 2))).toEqual(new Set([0, 1]));
  });

  it('in a run: the validation holds all images of a well or none, without a warning', async () => {
    const seeded = await seedWells('grp-run');
    await groupSpecimens(db, seeded, WELLS);
    const cli = await trainerCli([
      'train',
      '--dataset',
      await slugOf(seeded.datasetId),
      ...TINY,
      ...WASM,
      '--json',
    ]);
    expect(cli.code).toBe(0);
    const wells = wholeWells(await validationMarks(db, seeded));
    expect(wells).toHaveLength(1); // 20 % of 4 wells
    const summary = JSON.parse(cli.stdout) as { validation: { patches: number } };
    expect(summary.validation.patches).toBe(2); // one patch per image
    expect(cli.stderr).not.toMatch(/specimen group/);
  });

  it('marked by hand across a well: kept, and the run warns', async () => {
    const seeded = await seedWells('grp-cut');
    await groupSpecimens(db, seeded, WELLS);
    await db.specimen.updateMany({
      where: { id: { in: [seeded.specimenIds[0] as string, seeded.specimenIds[5] as string] } },
      data: { isValidation: true },
    });
    const cli = await trainerCli(['train', '--dataset', await slugOf(seeded.datasetId), ...TINY, ...WASM]);
    expect(cli.code).toBe(0);
    expect(cli.stderr).toMatch(
      /warning: 2 specimen group\(s\) have samples in both training and validation \(A, D\)/,
    );
    expect(await validationMarks(db, seeded)).toEqual([true, false, false, false, false, true, false, false]);
  });
});

describe('experiment folds of a dataset with imported folds', () => {
  it('are the imported folds, recorded as such; else assigned by whole group', async () => {
    const seeded = await seedWells('grp-folds');
    const FOLDS = { A: 1, B: 0, C: 0, D: 1 } as Record<string, number>;
    await groupSpecimens(
      db,
      seeded,
      WELLS,
      WELLS.map((w) => FOLDS[w] as number),
    );
    const created = await createExperiment(db, {
      datasetId: seeded.datasetId,
      name: 'imported folds',
      folds: 2,
    });
    if (created.kind !== 'created') throw new Error('not created');
    try {
      const experiment = await db.experiment.findUniqueOrThrow({ where: { id: created.experimentId } });
      const { plan } = readStoredGrid(experiment.grid);
      expect(plan).toMatchObject({ source: 'imported', groups: 4 });
      const ids = seeded.specimenIds;
      const expected = [0, 1].map((f) => ids.filter((_, i) => FOLDS[WELLS[i] as string] === f).sort());
      expect(plan.folds).toEqual(expected);
    } finally {
      await db.trainingRun.deleteMany({ where: { experimentId: created.experimentId } });
      await db.experiment.delete({ where: { id: created.experimentId } });
    }

    // One image without a fold: folds are assigned from the seed, each well in one fold.
    await db.specimen.update({ where: { id: seeded.specimenIds[7] as string }, data: { fold: null } });
    const planned = await labelledSpecimens(db, seeded.datasetId);
    expect(planned.find((s) => s.id === seeded.specimenIds[0])).toMatchObject({ group: 'A', fold: 1 });
    const plan = planFolds(planned, 2, 3);
    expect(plan).toMatchObject({ source: 'assigned', note: '1 of 8 specimens have no imported fold' });
    const foldOf = (i: number) => plan.folds.findIndex((f) => f.includes(seeded.specimenIds[i] as string));
    for (const [i, well] of WELLS.entries()) expect(foldOf(i)).toBe(foldOf(WELLS.indexOf(well)));
  });
});
