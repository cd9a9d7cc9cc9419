import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, gql, type TestApi, type TestUser } from './support/test-api';
import {
  claim,
  claimAndSubmit,
  rleFirstPixels,
  type SeededDataset,
  SUBMIT,
  seedWorkflowDataset,
} from './support/workflow-fixtures';
import { startWorkflowTestApi } from './support/workflow-test-api';

/*
 * Agreement by design: a share of patches labelled twice along the queue's order, gold patches
 * served blind and scored, and agreement statistics over sets with intervals. Expected statistics
 * were computed independently in Python/numpy (pair enumeration for Krippendorff's alpha, the
 * count table for Fleiss' kappa, the same seeded bootstrap stream, numpy.percentile).
 */
let api: TestApi;
let admin: TestUser;
let curator: TestUser;
beforeAll(async () => {
  api = await startWorkflowTestApi();
  admin = await createSignedInUser(api, 'ADMIN');
  curator = await createSignedInUser(api, 'CURATOR');
});
afterAll(() => api.stop());

const APPROVE = 'mutation($p:ID!){approvePatch(patchId:$p){id status}}';
const GOLD = 'mutation($p:ID!,$g:Boolean!){setGoldPatch(patchId:$p,gold:$g){id gold status}}';
const SETTINGS = `mutation($id:ID!,$v:Int!,$share:Float,$rate:Float){
  updateDatasetSettings(id:$id,expectedVersion:$v,doubleLabelShare:$share,goldRate:$rate){version doubleLabelShare goldRate}}`;
const ESTIMATE = '{statistic value low high items interval}';
const SET = `{items patternAccuracy${ESTIMATE} patternKappa${ESTIMATE} intensityAccuracy${ESTIMATE} intensityKappa${ESTIMATE} maskDice${ESTIMATE}}`;

interface Estimate {
  statistic: string;
  value: number | null;
  low: number | null;
  high: number | null;
  items: number;
}

const submitNext = (user: TestUser, ds: SeededDataset, pattern: number, level: number, mask?: number) =>
  claimAndSubmit(api, user, ds, pattern, level, mask);

async function settings(datasetId: string, values: { share?: number; rate?: number }) {
  const { version } = await api.db.dataset.findUniqueOrThrow({ where: { id: datasetId } });
  return gql<{ updateDatasetSettings: { doubleLabelShare: number; goldRate: number } }>(
    api.url,
    SETTINGS,
    { id: datasetId, v: version, share: values.share, rate: values.rate },
    admin.token,
  );
}

describe('double labelling along the queue', () => {
  it('doubles every 10th patch the queue serves (10 %): it waits for a second annotator', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 20, specimens: 2 });
    // the acquisition order is the reverse of creation: the queue serves by priority
    await Promise.all(
      ds.patchIds.map((id, i) => api.db.patch.update({ where: { id }, data: { priority: 100 - i } })),
    );
    expect((await settings(ds.datasetId, { share: 1.5 })).errors?.[0]?.extensions?.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await settings(ds.datasetId, { share: 0.1 })).data?.updateDatasetSettings.doubleLabelShare).toBe(
      0.1,
    );
    const [a, b] = [await createSignedInUser(api, 'ANNOTATOR'), await createSignedInUser(api, 'ANNOTATOR')];
    // b labels first: from then on the dataset has two active annotators
    expect((await submitNext(b, ds, 0, 0)).patchId).toBe(ds.patchIds[0]);
    const served: string[] = [];
    for (let i = 0; i < 10; i++) served.push((await submitNext(a, ds, 0, 0)).patchId);
    expect(served).toEqual(ds.patchIds.slice(1, 11));
    const doubled = await api.db.patch.findMany({
      where: { datasetId: ds.datasetId, doubleLabel: true },
      select: { id: true, status: true, submittedCount: true },
    });
    expect(doubled).toEqual([{ id: ds.patchIds[9], status: 'IN_PROGRESS', submittedCount: 1 }]);
    // the second annotator gets the doubled patch first; their submission completes it
    const second = await submitNext(b, ds, 1, 0);
    expect(second.patchId).toBe(ds.patchIds[9]);
    const completed = await api.db.patch.findUniqueOrThrow({ where: { id: ds.patchIds[9] } });
    expect(completed).toMatchObject({ status: 'SUBMITTED', submittedCount: 2, agreementPattern: 0 });
    for (let i = 0; i < 9; i++) await submitNext(a, ds, 0, 0);
    const twice = await api.db.patch.findMany({
      where: { datasetId: ds.datasetId, doubleLabel: true },
      select: { id: true },
    });
    expect(twice.map((p) => p.id).sort()).toEqual([ds.patchIds[9], ds.patchIds[19]].sort());
    // the other 18 went to review after one submission
    expect(
      await api.db.patch.count({
        where: { datasetId: ds.datasetId, status: 'SUBMITTED', doubleLabel: false },
      }),
    ).toBe(18);
  });

  it('a lone annotator gets through every patch; with a second one, doubled patches get two labels', async () => {
    // every 4th patch would be doubled
    const ds = await seedWorkflowDataset(api.db, { patches: 12, doubleLabelShare: 0.25 });
    const [a, b] = [await createSignedInUser(api, 'ANNOTATOR'), await createSignedInUser(api, 'ANNOTATOR')];
    // b working on another dataset does not make them active on this one
    const elsewhere = await seedWorkflowDataset(api.db, { patches: 2 });
    await submitNext(b, elsewhere, 0, 0);
    for (let i = 0; i < 6; i++) await submitNext(a, ds, 0, 0);
    expect(await api.db.patch.count({ where: { datasetId: ds.datasetId, doubleLabel: true } })).toBe(0);
    expect(await api.db.patch.count({ where: { datasetId: ds.datasetId, status: 'SUBMITTED' } })).toBe(6);
    // b joins (the 7th patch): positions passed while a was alone are not made up for
    const joined = await submitNext(b, ds, 0, 0);
    expect(await api.db.patch.count({ where: { datasetId: ds.datasetId, doubleLabel: true } })).toBe(0);
    // the 8th patch is doubled and served to b next, who has not labelled it
    const eighth = await submitNext(a, ds, 0, 0);
    expect(await api.db.patch.findUniqueOrThrow({ where: { id: eighth.patchId } })).toMatchObject({
      doubleLabel: true,
      status: 'IN_PROGRESS',
      submittedCount: 1,
    });
    expect((await submitNext(b, ds, 1, 0)).patchId).toBe(eighth.patchId);
    expect(await api.db.patch.findUniqueOrThrow({ where: { id: eighth.patchId } })).toMatchObject({
      status: 'SUBMITTED',
      submittedCount: 2,
    });
    expect(joined.patchId).not.toBe(eighth.patchId);
    // the rest: a alone again (b's lease is recent, so the 12th is doubled and b takes it)
    for (let i = 0; i < 4; i++) await submitNext(a, ds, 0, 0);
    expect((await claim(api, a.token, ds.datasetId)).errors?.[0]?.extensions?.code).toBe('QUEUE_EMPTY');
    const twelfth = await submitNext(b, ds, 2, 0);
    expect(await api.db.patch.findUniqueOrThrow({ where: { id: twelfth.patchId } })).toMatchObject({
      doubleLabel: true,
      submittedCount: 2,
    });
    const patches = await api.db.patch.findMany({ where: { datasetId: ds.datasetId } });
    expect(patches.every((p) => p.status === 'SUBMITTED')).toBe(true);
    expect(patches.filter((p) => p.doubleLabel)).toHaveLength(2);
  });

  it('one annotator alone labels every patch once, whatever the share', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 10, doubleLabelShare: 0.5 });
    const a = await createSignedInUser(api, 'ANNOTATOR');
    for (let i = 0; i < 10; i++) await submitNext(a, ds, 0, 0);
    expect((await claim(api, a.token, ds.datasetId)).errors?.[0]?.extensions?.code).toBe('QUEUE_EMPTY');
    const patches = await api.db.patch.findMany({ where: { datasetId: ds.datasetId } });
    expect(patches.map((p) => [p.status, p.doubleLabel, p.submittedCount])).toEqual(
      Array.from({ length: 10 }, () => ['SUBMITTED', false, 1]),
    );
  });

  it('counts only patches the queue served: curated imports (approved, never submitted) do not', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 30, doubleLabelShare: 0.1 });
    await api.db.patch.updateMany({
      where: { id: { in: ds.patchIds.slice(20) } },
      data: { status: 'APPROVED' },
    });
    const [a, b] = [await createSignedInUser(api, 'ANNOTATOR'), await createSignedInUser(api, 'ANNOTATOR')];
    // b takes the first patch (doubling needs two active annotators), a the next nine: the 10th
    await submitNext(b, ds, 0, 0);
    const served: string[] = [];
    for (let i = 0; i < 10; i++) served.push((await submitNext(a, ds, 0, 0)).patchId);
    const doubled = await api.db.patch.findMany({
      where: { datasetId: ds.datasetId, doubleLabel: true },
      select: { id: true },
    });
    expect(doubled.map((p) => p.id)).toEqual([served[8]]);
  });

  it('a share of 0 doubles nothing', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 12, doubleLabelShare: 0 });
    const a = await createSignedInUser(api, 'ANNOTATOR');
    for (let i = 0; i < 12; i++) await submitNext(a, ds, 0, 0);
    expect(await api.db.patch.count({ where: { datasetId: ds.datasetId, doubleLabel: true } })).toBe(0);
  });
});

describe('gold patches', () => {
  it('are served blind, scored against the gold label, and never change it', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 6 });
    const [author, b, c] = [
      await createSignedInUser(api, 'ANNOTATOR'),
      await createSignedInUser(api, 'ANNOTATOR'),
      await createSignedInUser(api, 'ANNOTATOR'),
    ];
    // three patches labelled (patterns 0, 1, 2; intensity 1; 8-pixel masks) and approved
    const labelled = [];
    for (const pattern of [0, 1, 2]) labelled.push(await submitNext(author, ds, pattern, 1, 8));
    const notYet = await gql(api.url, GOLD, { p: labelled[0]!.patchId, g: true }, curator.token);
    expect(notYet.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    for (const { patchId } of labelled) {
      expect((await gql(api.url, APPROVE, { p: patchId }, curator.token)).errors).toBeUndefined();
      const marked = await gql<{ setGoldPatch: { gold: boolean; status: string } }>(
        api.url,
        GOLD,
        { p: patchId, g: true },
        curator.token,
      );
      expect(marked.data?.setGoldPatch).toMatchObject({ gold: true, status: 'APPROVED' });
    }
    const annotatorMarks = await gql(api.url, GOLD, { p: labelled[0]!.patchId, g: false }, b.token);
    expect(annotatorMarks.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const goldIds = new Set(labelled.map((l) => l.patchId));
    const approvedBefore = await api.db.annotation.findMany({
      where: { patchId: { in: [...goldIds] }, status: 'APPROVED' },
      orderBy: { id: 'asc' },
    });

    // rate 0: never served
    await settings(ds.datasetId, { rate: 0 });
    const plain = await claim(api, b.token, ds.datasetId);
    expect(goldIds.has(plain.data!.claimNext.lease.patchId)).toBe(false);
    await gql(
      api.url,
      'mutation($l:ID!){releaseLease(leaseId:$l){id}}',
      { l: plain.data!.claimNext.lease.id },
      b.token,
    );

    // rate 1: every claim serves gold while some is left, looking like any open patch
    await settings(ds.datasetId, { rate: 1 });
    const view = `query($id:ID!){patch(id:$id){id status submittedCount}}`;
    // b's answer by the gold pattern of the patch served (gold is served in an order of its own)
    const answers: Record<number, [number, number, number | undefined]> = {
      0: [0, 1, 8],
      1: [1, 1, 12],
      2: [0, 0, undefined],
    };
    const scoredPatches: string[] = [];
    for (let served = 0; served < 3; served++) {
      const item = await claim(api, b.token, ds.datasetId);
      const patchId = item.data!.claimNext.lease.patchId;
      expect(goldIds.has(patchId)).toBe(true);
      const [pattern, level, mask] = answers[labelled.findIndex((l) => l.patchId === patchId)]!;
      expect(item.data!.claimNext.patch.status).toBe('IN_PROGRESS');
      const seen = await gql<{ patch: { status: string; submittedCount: number } }>(
        api.url,
        view,
        { id: patchId },
        b.token,
      );
      expect(seen.data?.patch).toMatchObject({ status: 'IN_PROGRESS', submittedCount: 0 });
      const hidden = await gql(
        api.url,
        'query($id:ID!){patch(id:$id){gold agreementPattern}}',
        { id: patchId },
        b.token,
      );
      expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await gql(
        api.url,
        'mutation($l:ID!){heartbeat(leaseId:$l){id}}',
        { l: item.data!.claimNext.lease.id },
        b.token,
      ).then((r) => expect(r.errors).toBeUndefined());
      const result = await gql<{ submitAnnotation: { status: string } }>(
        api.url,
        SUBMIT,
        {
          i: {
            patchId,
            leaseId: item.data!.claimNext.lease.id,
            version: 0,
            patternClassId: ds.patterns[pattern]!.id,
            intensityLevelId: ds.levels[level]!.id,
            ...(mask !== undefined ? { mask: rleFirstPixels(8, 8, mask) } : {}),
          },
        },
        b.token,
      );
      // final: a gold answer is not waiting for review
      expect(result.data?.submitAnnotation.status).toBe('SCORED');
      scoredPatches.push(patchId);
    }
    expect(new Set(scoredPatches)).toEqual(goldIds);
    // no gold left for b: the queue goes on; the gold's author is never served their own gold
    const next = await claim(api, b.token, ds.datasetId);
    expect(goldIds.has(next.data!.claimNext.lease.patchId)).toBe(false);
    const own = await claim(api, author.token, ds.datasetId);
    expect(goldIds.has(own.data!.claimNext.lease.patchId)).toBe(false);
    const forC = await claim(api, c.token, ds.datasetId);
    const cPatch = forC.data!.claimNext.lease.patchId;
    expect(goldIds.has(cPatch)).toBe(true);
    const cAnswer = await gql(
      api.url,
      SUBMIT,
      {
        i: {
          patchId: cPatch,
          leaseId: forC.data!.claimNext.lease.id,
          version: 0,
          patternClassId: ds.patterns[labelled.findIndex((l) => l.patchId === cPatch)]!.id,
          intensityLevelId: ds.levels[1]!.id,
          mask: rleFirstPixels(8, 8, 8),
        },
      },
      c.token,
    );
    expect(cAnswer.errors).toBeUndefined();

    // the gold patches and their approved labels are as they were
    const gold = await api.db.patch.findMany({ where: { id: { in: [...goldIds] } } });
    expect(gold.every((p) => p.status === 'APPROVED' && p.submittedCount === 1)).toBe(true);
    expect(
      await api.db.annotation.findMany({
        where: { patchId: { in: [...goldIds] }, status: 'APPROVED' },
        orderBy: { id: 'asc' },
      }),
    ).toEqual(approvedBefore);

    // the answers ended SCORED (a revision under their author), nothing of theirs awaits review,
    // and b finds them in their own history
    const answers4 = await api.db.annotation.findMany({
      where: { patchId: { in: [...goldIds] }, authorId: { in: [b.id, c.id] } },
      include: { revisions: { orderBy: { version: 'asc' } } },
    });
    expect(answers4).toHaveLength(4);
    for (const a of answers4) {
      expect(a).toMatchObject({ status: 'SCORED', version: 2 });
      expect(a.revisions.map((r) => [r.version, r.status, r.editedById])).toEqual([
        [1, 'SUBMITTED', a.authorId],
        [2, 'SCORED', a.authorId],
      ]);
    }
    const queue = await gql<{ reviewQueue: { edges: { node: { id: string } }[] } }>(
      api.url,
      'query($d:ID!){reviewQueue(datasetId:$d,first:50){edges{node{id}}}}',
      { d: ds.datasetId },
      curator.token,
    );
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.reviewQueue.edges.filter((e) => goldIds.has(e.node.id))).toEqual([]);
    const history = await gql<{
      myAnnotations: { edges: { node: { status: string; patch: { id: string } } }[] };
    }>(api.url, 'query{myAnnotations(first:50,status:SCORED){edges{node{status patch{id}}}}}', {}, b.token);
    expect(history.data?.myAnnotations.edges.map((e) => e.node.patch.id).sort()).toEqual([...goldIds].sort());

    // b against gold: patterns (0,0) (1,1) (0,2): accuracy 2/3; kappa: p_o = 2/3, p_e = 2/9 + 1/9 = 1/3
    // -> 0.5; intensity all 1 vs 1, 1, 0 wrong once; masks 8/8 -> 1, 12 vs 8 -> 0.8, none vs 8 -> 0
    const scores = await gql<{
      annotatorScores: { userId: string; vsGold: Record<string, Estimate> & { items: number } }[];
    }>(
      api.url,
      `query($d:ID!){annotatorScores(datasetId:$d){userId vsGold${SET} vsConsensus${SET}}}`,
      {
        d: ds.datasetId,
      },
      curator.token,
    );
    expect(scores.errors).toBeUndefined();
    const mine = scores.data!.annotatorScores.find((r) => r.userId === b.id)!.vsGold;
    expect(mine.items).toBe(3);
    expect(mine.patternAccuracy?.value).toBeCloseTo(2 / 3, 10);
    // Wilson 95 % for 2 of 3 (z = 1.959964): numpy 0.2076596, 0.9385080...
    expect(mine.patternAccuracy?.low).toBeCloseTo(0.20766, 4);
    expect(mine.patternAccuracy?.high).toBeCloseTo(0.93851, 4);
    expect(mine.patternKappa?.value).toBeCloseTo(0.5, 10);
    expect(mine.intensityAccuracy?.value).toBeCloseTo(2 / 3, 10);
    expect(mine.maskDice?.value).toBeCloseTo(0.6, 10);
    expect(mine.maskDice?.low).not.toBeNull();
    const scoredRows = await api.db.goldScore.findMany({ where: { datasetId: ds.datasetId } });
    expect(scoredRows).toHaveLength(4);
    const cRow = scoredRows.find((r) => r.annotatorId === c.id);
    expect(cRow).toMatchObject({ patternCorrect: true, intensityCorrect: true, maskDice: 1 });
    const annotatorAsks = await gql(
      api.url,
      `query($d:ID!){annotatorScores(datasetId:$d){userId}}`,
      {
        d: ds.datasetId,
      },
      b.token,
    );
    expect(annotatorAsks.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const agreement = await gql<{ datasetAgreement: { goldPatches: number; goldAttempts: number } }>(
      api.url,
      'query($d:ID!){datasetAgreement(datasetId:$d){goldPatches goldAttempts}}',
      { d: ds.datasetId },
      curator.token,
    );
    expect(agreement.data?.datasetAgreement).toEqual({ goldPatches: 3, goldAttempts: 4 });
  });
});

describe('dataset agreement over sets', () => {
  const DATASET = `query($d:ID!){datasetAgreement(datasetId:$d){patches patternFleissKappa
    patternKappa${ESTIMATE} patternAlpha${ESTIMATE} intensityAlpha${ESTIMATE} maskDice${ESTIMATE}}}`;

  it('Fleiss’ kappa and Krippendorff’s alpha with bootstrap intervals, checked against numpy', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 8, annotatorsPerPatch: 2 });
    const [a, b] = [await createSignedInUser(api, 'ANNOTATOR'), await createSignedInUser(api, 'ANNOTATOR')];
    const patterns = [
      [0, 0],
      [1, 1],
      [2, 2],
      [0, 1],
      [1, 1],
      [2, 0],
      [0, 0],
      [1, 1],
    ];
    const levels = [
      [0, 0],
      [1, 2],
      [2, 2],
      [0, 1],
      [1, 1],
      [2, 2],
      [0, 0],
      [2, 2],
    ];
    for (let i = 0; i < 8; i++) {
      const first = await submitNext(a, ds, patterns[i]![0]!, levels[i]![0]!);
      const second = await submitNext(b, ds, patterns[i]![1]!, levels[i]![1]!);
      expect(second.patchId).toBe(first.patchId);
    }
    const result = await gql<{ datasetAgreement: Record<string, Estimate> & { patches: number } }>(
      api.url,
      DATASET,
      { d: ds.datasetId },
      curator.token,
    );
    expect(result.errors).toBeUndefined();
    const r = result.data!.datasetAgreement;
    expect(r.patches).toBe(8);
    expect(r.patternKappa).toMatchObject({ statistic: "Fleiss' kappa", items: 8 });
    expect(r.patternKappa!.value).toBeCloseTo(0.6049382716049383, 10);
    expect(r.patternKappa!.low).toBeCloseTo(0.012345679012345678, 10);
    expect(r.patternKappa!.high).toBeCloseTo(1, 10);
    expect(r.patternAlpha!.value).toBeCloseTo(0.6296296296296297, 10);
    expect(r.patternAlpha!.low).toBeCloseTo(0.07407407407407418, 10);
    expect(r.intensityAlpha).toMatchObject({ statistic: "Krippendorff's alpha (ordinal)", items: 8 });
    expect(r.intensityAlpha!.value).toBeCloseTo(0.8405934343434344, 10);
    expect(r.intensityAlpha!.low).toBeCloseTo(0.37996031746031744, 10);
    expect(r.intensityAlpha!.high).toBeCloseTo(1, 10);
    expect(r.maskDice).toMatchObject({ value: null, items: 0 });
  });

  it('no statistic on a single patch: one double-labelled patch gives no kappa, only raw agreement', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 1, annotatorsPerPatch: 2 });
    const [a, b] = [await createSignedInUser(api, 'ANNOTATOR'), await createSignedInUser(api, 'ANNOTATOR')];
    await submitNext(a, ds, 0, 0);
    const { patchId } = await submitNext(b, ds, 1, 0);
    const result = await gql<{ datasetAgreement: Record<string, Estimate> }>(
      api.url,
      DATASET,
      { d: ds.datasetId },
      curator.token,
    );
    expect(result.data!.datasetAgreement.patternKappa).toMatchObject({ value: null, low: null, items: 1 });
    expect(result.data!.datasetAgreement.patternAlpha).toMatchObject({ value: null, items: 1 });
    const patch = await api.db.patch.findUniqueOrThrow({ where: { id: patchId } });
    expect(patch).toMatchObject({ agreementPattern: 0, agreementIntensity: 1, lowAgreement: true });
  });
});
