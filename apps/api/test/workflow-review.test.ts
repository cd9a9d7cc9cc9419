import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollupRefreshesSettled } from '../src/features/review/specimen-rollup-refresh';
import { createSignedInUser, gql, type TestApi, type TestUser } from './support/test-api';
import {
  claim,
  claimAndSubmit as claimAndSubmitOn,
  rleFirstPixels,
  SAVE,
  type SeededDataset,
  SUBMIT,
  seedWorkflowDataset,
} from './support/workflow-fixtures';
import { startWorkflowTestApi } from './support/workflow-test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startWorkflowTestApi();
});
afterAll(() => api.stop());

const claimAndSubmit = (user: TestUser, ds: SeededDataset, pattern: number, level: number, mask?: number) =>
  claimAndSubmitOn(api, user, ds, pattern, level, mask);

describe('review', () => {
  it('reject returns the patch to its author with the comment; resubmit and approve', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 3 });
    const annotator = await createSignedInUser(api, 'ANNOTATOR');
    const curator = await createSignedInUser(api, 'CURATOR');
    const { patchId, annotationId } = await claimAndSubmit(annotator, ds, 0, 1);
    const queue = await gql<{ reviewQueue: { edges: { node: { id: string } }[] } }>(
      api.url,
      'query($d:ID!){reviewQueue(datasetId:$d){edges{node{id status}}}}',
      { d: ds.datasetId },
      curator.token,
    );
    expect(queue.data?.reviewQueue.edges.map((e) => e.node.id)).toEqual([patchId]);
    const rejected = await gql(
      api.url,
      'mutation($a:ID!){rejectAnnotation(annotationId:$a,comment:"mask misses the nucleoli"){status returnComment}}',
      { a: annotationId },
      curator.token,
    );
    expect(rejected.data).toEqual({
      rejectAnnotation: { status: 'REJECTED', returnComment: 'mask misses the nucleoli' },
    });
    expect((await api.db.patch.findUniqueOrThrow({ where: { id: patchId } })).status).toBe('RETURNED');

    const inbox = await gql<{ myReturnedWork: { patchId: string; returnComment: string }[] }>(
      api.url,
      '{myReturnedWork{patchId returnComment}}',
      {},
      annotator.token,
    );
    expect(inbox.data?.myReturnedWork).toEqual([{ patchId, returnComment: 'mask misses the nucleoli' }]);
    // nobody else gets the returned patch; its author gets it first, with the comment
    const other = await createSignedInUser(api, 'ANNOTATOR');
    expect((await claim(api, other.token, ds.datasetId)).data?.claimNext.patch.id).not.toBe(patchId);
    const back = (await claim(api, annotator.token, ds.datasetId)).data!.claimNext;
    expect(back.patch.id).toBe(patchId);
    expect(back.returnComment).toBe('mask misses the nucleoli');
    expect(back.draft).toMatchObject({ id: annotationId, status: 'REJECTED' });

    await gql(
      api.url,
      SUBMIT,
      {
        i: { patchId, leaseId: back.lease.id, version: back.draft!.version, mask: rleFirstPixels(8, 8, 12) },
      },
      annotator.token,
    );
    expect((await api.db.patch.findUniqueOrThrow({ where: { id: patchId } })).status).toBe('SUBMITTED');
    const approved = await gql(
      api.url,
      'mutation($p:ID!){approvePatch(patchId:$p){id status}}',
      { p: patchId },
      curator.token,
    );
    expect(approved.data).toEqual({ approvePatch: { id: annotationId, status: 'APPROVED' } });
    expect((await api.db.patch.findUniqueOrThrow({ where: { id: patchId } })).status).toBe('APPROVED');
    const again = await gql(
      api.url,
      'mutation($p:ID!){approvePatch(patchId:$p){id}}',
      { p: patchId },
      curator.token,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const reviews = await api.db.review.findMany({ where: { patchId }, orderBy: { createdAt: 'asc' } });
    expect(reviews.map((r) => r.decision)).toEqual(['REJECT', 'APPROVE']);
  });

  it('returned work comes before an untouched patch claimed ahead, not before one with a draft', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 4 });
    const annotator = await createSignedInUser(api, 'ANNOTATOR');
    const curator = await createSignedInUser(api, 'CURATOR');
    const reject = async (annotationId: string) =>
      gql(
        api.url,
        'mutation($a:ID!){rejectAnnotation(annotationId:$a,comment:"redo"){id}}',
        { a: annotationId },
        curator.token,
      );
    const first = await claimAndSubmit(annotator, ds, 0, 1);
    // The editor claims the next patch right after a submit: a lease on a patch nobody touched yet.
    const ahead = (await claim(api, annotator.token, ds.datasetId)).data!.claimNext;
    await reject(first.annotationId);

    const back = (await claim(api, annotator.token, ds.datasetId)).data!.claimNext;
    expect(back.patch.id).toBe(first.patchId);
    expect(back.returnComment).toBe('redo');
    const released = await api.db.workLease.findUniqueOrThrow({ where: { id: ahead.lease.id } });
    expect(released.endReason).toBe('RELEASED');
    expect((await api.db.patch.findUniqueOrThrow({ where: { id: ahead.patch.id } })).status).toBe('QUEUED');
    const audit = await api.db.auditLog.findMany({
      where: { entityId: ahead.lease.id },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(['lease.release']);

    // Fix and resubmit, claim ahead again, and this time start work there before a second rejection.
    await gql(
      api.url,
      SUBMIT,
      { i: { patchId: first.patchId, leaseId: back.lease.id, version: back.draft!.version } },
      annotator.token,
    );
    const next = (await claim(api, annotator.token, ds.datasetId)).data!.claimNext;
    const draft = await gql<{ saveDraft: { version: number } }>(
      api.url,
      SAVE,
      {
        i: { patchId: next.patch.id, leaseId: next.lease.id, version: 0, patternClassId: ds.patterns[1]!.id },
      },
      annotator.token,
    );
    expect(draft.errors).toBeUndefined();
    await reject(first.annotationId);
    const resumed = (await claim(api, annotator.token, ds.datasetId)).data!.claimNext;
    expect(resumed.lease.id).toBe(next.lease.id);
    expect(resumed.draft?.version).toBe(draft.data!.saveDraft.version);
  });

  it('drafts stay private; edit-and-approve makes the curator’s labels the approved annotation', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 1 });
    const annotator = await createSignedInUser(api, 'ANNOTATOR');
    const curator = await createSignedInUser(api, 'CURATOR');
    const { lease } = (await claim(api, annotator.token, ds.datasetId)).data!.claimNext;
    const draft = await gql<{ saveDraft: { id: string } }>(
      api.url,
      'mutation($i:AnnotationInput!){saveDraft(input:$i){id}}',
      { i: { patchId: lease.patchId, leaseId: lease.id, patternClassId: ds.patterns[0]!.id } },
      annotator.token,
    );
    const hidden = await gql(
      api.url,
      'query($id:ID!){annotation(id:$id){id}}',
      { id: draft.data!.saveDraft.id },
      curator.token,
    );
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { annotationId } = await claimAndSubmit(annotator, ds, 0, 0, 5);
    const edited = await gql<{
      editAndApprove: { id: string; status: string; maskArea: number; authorId: string };
    }>(
      api.url,
      'mutation($i:AnnotationInput!,$f:ID){editAndApprove(input:$i,fromAnnotationId:$f){id status maskArea authorId}}',
      {
        i: { patchId: lease.patchId, patternClassId: ds.patterns[2]!.id, intensityLevelId: ds.levels[1]!.id },
        f: annotationId,
      },
      curator.token,
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.editAndApprove).toMatchObject({
      status: 'APPROVED',
      maskArea: 5,
      authorId: curator.id,
    });
    const mine = await gql<{ myAnnotations: { edges: { node: { status: string } }[] } }>(
      api.url,
      '{myAnnotations(first:10){edges{node{status}}}}',
      {},
      annotator.token,
    );
    expect(mine.data?.myAnnotations.edges.map((e) => e.node.status)).toEqual(['SUBMITTED']);
  });

  it('a curator who redraws a mask is measured: review Dice per submission and per annotator', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 2 });
    const annotator = await createSignedInUser(api, 'ANNOTATOR');
    const curator = await createSignedInUser(api, 'CURATOR');
    // redrawn: the first 8 pixels submitted, the first 12 approved -> Dice 2*8/20 = 0.8
    const redrawn = await claimAndSubmit(annotator, ds, 0, 0, 8);
    const edited = await gql(
      api.url,
      'mutation($i:AnnotationInput!,$f:ID){editAndApprove(input:$i,fromAnnotationId:$f){id maskArea}}',
      {
        i: { patchId: redrawn.patchId, patternClassId: ds.patterns[0]!.id, mask: rleFirstPixels(8, 8, 12) },
        f: redrawn.annotationId,
      },
      curator.token,
    );
    expect(edited.errors).toBeUndefined();
    // kept: approved as submitted -> 1
    const kept = await claimAndSubmit(annotator, ds, 0, 0, 6);
    await gql(api.url, 'mutation($p:ID!){approvePatch(patchId:$p){id}}', { p: kept.patchId }, curator.token);

    const dices = await gql<{ a: { reviewDice: number }; b: { reviewDice: number } }>(
      api.url,
      'query($a:ID!,$b:ID!){a:annotation(id:$a){reviewDice} b:annotation(id:$b){reviewDice}}',
      { a: redrawn.annotationId, b: kept.annotationId },
      curator.token,
    );
    expect(dices.data?.a.reviewDice).toBeCloseTo(0.8, 10);
    expect(dices.data?.b.reviewDice).toBe(1);
    const throughput = await gql<{
      annotatorThroughput: { userId: string; meanReviewDice: number | null }[];
    }>(
      api.url,
      'query($d:ID!){annotatorThroughput(datasetId:$d){userId meanReviewDice}}',
      { d: ds.datasetId },
      (await createSignedInUser(api, 'ADMIN')).token,
    );
    expect(throughput.errors).toBeUndefined();
    const row = throughput.data?.annotatorThroughput.find((r) => r.userId === annotator.id);
    expect(row?.meanReviewDice).toBeCloseTo(0.9, 10);
  });

  it('k = 2: agreement recomputed on the second submission; low agreement goes first; per-annotator kappa', async () => {
    const ds = await seedWorkflowDataset(api.db, {
      patches: 2,
      annotatorsPerPatch: 2,
      specimens: 1,
      threshold: 0.7,
    });
    const [a, b] = [await createSignedInUser(api, 'ANNOTATOR'), await createSignedInUser(api, 'ANNOTATOR')];
    const admin = await createSignedInUser(api, 'ADMIN');
    // patch 1: both say homogeneous/positive, masks of 8 and 12 first pixels -> Dice = 2*8/20 = 0.8
    const p1a = await claimAndSubmit(a, ds, 0, 2, 8);
    const p1b = await claimAndSubmit(b, ds, 0, 2, 12);
    expect(p1b.patchId).toBe(p1a.patchId);
    // patch 2: homogeneous vs centromere, negative vs positive
    const p2a = await claimAndSubmit(a, ds, 0, 0);
    const p2b = await claimAndSubmit(b, ds, 2, 2);
    expect(p2b.patchId).toBe(p2a.patchId);
    const patch1 = await api.db.patch.findUniqueOrThrow({ where: { id: p1a.patchId } });
    const patch2 = await api.db.patch.findUniqueOrThrow({ where: { id: p2a.patchId } });
    // per patch only raw agreement (share of annotator pairs agreeing), no statistic on one item
    expect(patch1.agreementPattern).toBeCloseTo(1, 10);
    expect(patch1.agreementIntensity).toBeCloseTo(1, 10);
    expect(patch1.agreementMask).toBeCloseTo(0.8, 10);
    expect(patch1.lowAgreement).toBe(false);
    expect(patch2.agreementPattern).toBe(0);
    expect(patch2.agreementIntensity).toBe(0);
    expect(patch2.lowAgreement).toBe(true);
    const queue = await gql<{ reviewQueue: { edges: { node: { id: string } }[] } }>(
      api.url,
      'query($d:ID!){reviewQueue(datasetId:$d){edges{node{id}}}}',
      { d: ds.datasetId },
      admin.token,
    );
    expect(queue.data?.reviewQueue.edges[0]?.node.id).toBe(patch2.id);
    const report = await gql<{
      annotatorAgreement: {
        userId: string;
        patches: number;
        patternAgreementRate: number;
        maskDice: number;
        maskIoU: number;
      }[];
    }>(
      api.url,
      'query($d:ID!){annotatorAgreement(datasetId:$d){userId patches patternKappa intensityKappa patternAgreementRate maskDice maskIoU}}',
      { d: ds.datasetId },
      admin.token,
    );
    const row = report.data?.annotatorAgreement.find((r) => r.userId === a.id);
    expect(row).toMatchObject({ patches: 2, patternAgreementRate: 0.5 });
    // masks only on patch 1 (8 vs 12 first pixels): Dice 2*8/20, IoU 8/12; patch 2 has none and is left out
    expect(row?.maskDice).toBeCloseTo(0.8, 10);
    expect(row?.maskIoU).toBeCloseTo(8 / 12, 10);
    // the specimen rolls up to homogeneous (majority of submitted patch votes: patch1 homogeneous, patch2 tie -> no vote);
    // the refresh runs after the submission's response
    await rollupRefreshesSettled(api.db);
    const specimen = await api.db.specimen.findUniqueOrThrow({ where: { id: ds.specimenIds[0] } });
    expect(specimen.rollup).toMatchObject({ source: 'submitted', pattern: { key: 'homogeneous' } });
  });
});
