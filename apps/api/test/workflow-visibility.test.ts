import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, gql, startTestApi, type TestApi, type TestUser } from './support/test-api';
import { seedWorkflowDataset } from './support/workflow-fixtures';

let api: TestApi;
let annotator: TestUser;
let curator: TestUser;
beforeAll(async () => {
  api = await startTestApi();
  [annotator, curator] = await Promise.all([
    createSignedInUser(api, 'ANNOTATOR', 'anchoring-annotator'),
    createSignedInUser(api, 'CURATOR', 'anchoring-curator'),
  ]);
});
afterAll(() => api.stop());

const PATCH = 'query($id:ID!){patch(id:$id){id agreementPattern agreementIntensity agreementMask}}';
const FLAGS = 'query($id:ID!){patch(id:$id){id lowAgreement contradictsSpecimen}}';
const SPECIMEN = `query($id:ID!){specimen(id:$id){
  id importedTruth{patches patternClass{key}} patternClass{key} intensityLevel{key} rollup maskUrl}}`;

/**
 * A specimen with weak labels and imported ground truth, and three patches: one submitted with its
 * agreement figures (could still be returned for labelling), one approved, one imported.
 */
async function anchoredSpecimen(db: TestApi['db']) {
  const ds = await seedWorkflowDataset(db, { patches: 3, specimens: 1 });
  const [open, approved, imported] = ds.patchIds as [string, string, string];
  const specimenId = ds.specimenIds[0]!;
  await db.specimen.update({
    where: { id: specimenId },
    data: { patternClassId: ds.patterns[2]!.id, intensityLevelId: ds.levels[2]!.id, rollup: { votes: 3 } },
  });
  const figures = { agreementPattern: 0.42, agreementIntensity: 0.5, agreementMask: 0.6, lowAgreement: true };
  await db.patch.update({ where: { id: open }, data: { status: 'SUBMITTED', ...figures } });
  await db.patch.update({ where: { id: approved }, data: { status: 'APPROVED', ...figures } });
  await db.patch.update({ where: { id: imported }, data: { status: 'APPROVED' } });
  await db.annotation.create({
    data: { patchId: imported, source: 'IMPORT', status: 'APPROVED', patternClassId: ds.patterns[2]!.id },
  });
  return { open, approved, specimenId };
}

const codes = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  [...new Set((result.errors ?? []).map((e) => e.extensions?.code))].sort();

describe('what annotators may see (anchoring bias)', () => {
  it('annotators cannot read agreement figures of a patch that may still be labelled, nor a specimen’s imported labels', async () => {
    const { open, approved, specimenId } = await anchoredSpecimen(api.db);

    const figures = await gql<{ patch: { agreementPattern: number | null } }>(
      api.url,
      PATCH,
      { id: open },
      annotator.token,
    );
    expect(codes(figures)).toEqual(['FORBIDDEN']);
    expect(figures.data?.patch).toEqual({
      id: open,
      agreementPattern: null,
      agreementIntensity: null,
      agreementMask: null,
    });
    expect(codes(await gql(api.url, FLAGS, { id: open }, annotator.token))).toEqual(['FORBIDDEN']);

    const specimen = await gql<{ specimen: Record<string, unknown> }>(
      api.url,
      SPECIMEN,
      { id: specimenId },
      annotator.token,
    );
    expect(codes(specimen)).toEqual(['FORBIDDEN']);
    expect(specimen.data?.specimen).toEqual({
      id: specimenId,
      importedTruth: null,
      patternClass: null,
      intensityLevel: null,
      rollup: null,
      maskUrl: null,
    });

    // once approved, nobody labels the patch again: its figures are feedback, not a hint
    const done = await gql<{ patch: { agreementPattern: number } }>(
      api.url,
      PATCH,
      { id: approved },
      annotator.token,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data?.patch.agreementPattern).toBe(0.42);
  });

  it('curators read them all', async () => {
    const { open, specimenId } = await anchoredSpecimen(api.db);
    const figures = await gql<{ patch: { agreementPattern: number } }>(
      api.url,
      PATCH,
      { id: open },
      curator.token,
    );
    expect(figures.errors).toBeUndefined();
    expect(figures.data?.patch.agreementPattern).toBe(0.42);
    expect((await gql(api.url, FLAGS, { id: open }, curator.token)).errors).toBeUndefined();
    const specimen = await gql<{
      specimen: { importedTruth: { patches: number; patternClass: { key: string } } };
    }>(api.url, SPECIMEN, { id: specimenId }, curator.token);
    expect(specimen.errors).toBeUndefined();
    expect(specimen.data?.specimen.importedTruth).toEqual({
      patches: 1,
      patternClass: { key: 'centromere' },
    });
  });

  it('ANNOTATORS_SEE_IMPORTED_LABELS=true shows them to annotators', async () => {
    const open = await startTestApi({ ANNOTATORS_SEE_IMPORTED_LABELS: 'true' });
    try {
      const { open: patchId, specimenId } = await anchoredSpecimen(open.db);
      const figures = await gql<{ patch: { agreementPattern: number } }>(
        open.url,
        PATCH,
        { id: patchId },
        annotator.token,
      );
      expect(figures.errors).toBeUndefined();
      expect(figures.data?.patch.agreementPattern).toBe(0.42);
      const specimen = await gql<{ specimen: { patternClass: { key: string } } }>(
        open.url,
        SPECIMEN,
        { id: specimenId },
        annotator.token,
      );
      expect(specimen.errors).toBeUndefined();
      expect(specimen.data?.specimen.patternClass).toEqual({ key: 'centromere' });
    } finally {
      await open.stop();
    }
  });
});
