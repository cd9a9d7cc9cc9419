import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskFromPng } from '../src/features/annotations/mask-codec';
import { createSignedInUser, gql, type TestApi } from './support/test-api';
import { claim, rleFirstPixels, SUBMIT, seedWorkflowDataset } from './support/workflow-fixtures';
import { startWorkflowTestApi } from './support/workflow-test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startWorkflowTestApi();
});
afterAll(() => api.stop());

/** Foreground pixels of a mask URL as the API hands it out (data: while uploading, else presigned). */
async function maskAreaAt(url: string): Promise<number> {
  const bytes = url.startsWith('data:')
    ? Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')
    : Buffer.from(await (await fetch(url)).arrayBuffer());
  const mask = await maskFromPng(new Uint8Array(bytes));
  return mask.data.reduce((n, v) => n + (v ? 1 : 0), 0);
}

interface Revision {
  version: number;
  status: string;
  editedById: string | null;
  maskUrl: string | null;
}
const ANNOTATION =
  'query($id:ID!){annotation(id:$id){authorId status maskArea reviewDice revisions{version status editedById maskUrl}}}';

describe('edit-and-approve with a repainted mask', () => {
  it('stores the curator’s mask as a new revision under their name; the submission stays as it was', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 1 });
    const annotator = await createSignedInUser(api, 'ANNOTATOR');
    const curator = await createSignedInUser(api, 'CURATOR');
    const { lease } = (await claim(api, annotator.token, ds.datasetId)).data!.claimNext;
    const submitted = await gql<{ submitAnnotation: { id: string } }>(
      api.url,
      SUBMIT,
      {
        i: {
          patchId: lease.patchId,
          leaseId: lease.id,
          version: 0,
          patternClassId: ds.patterns[0]!.id,
          intensityLevelId: ds.levels[0]!.id,
          mask: rleFirstPixels(8, 8, 8),
        },
      },
      annotator.token,
    );
    expect(submitted.errors).toBeUndefined();
    const submissionId = submitted.data!.submitAnnotation.id;

    // The curator repaints: 20 pixels instead of 8 (Dice 2*8/28).
    const edited = await gql<{ editAndApprove: { id: string } }>(
      api.url,
      'mutation($i:AnnotationInput!,$f:ID){editAndApprove(input:$i,fromAnnotationId:$f){id}}',
      {
        i: { patchId: lease.patchId, patternClassId: ds.patterns[0]!.id, mask: rleFirstPixels(8, 8, 20) },
        f: submissionId,
      },
      curator.token,
    );
    expect(edited.errors).toBeUndefined();

    type Found = {
      annotation: { authorId: string; status: string; maskArea: number } & Record<string, unknown>;
    };
    const approved = await gql<Found & { annotation: { revisions: Revision[] } }>(
      api.url,
      ANNOTATION,
      { id: edited.data!.editAndApprove.id },
      curator.token,
    );
    expect(approved.data?.annotation).toMatchObject({
      authorId: curator.id,
      status: 'APPROVED',
      maskArea: 20,
    });
    const revisions = approved.data!.annotation.revisions;
    expect(revisions.map((r) => [r.version, r.status, r.editedById])).toEqual([[1, 'APPROVED', curator.id]]);
    expect(await maskAreaAt(revisions[0]!.maskUrl!)).toBe(20);

    const submission = await gql<Found & { annotation: { revisions: Revision[]; reviewDice: number } }>(
      api.url,
      ANNOTATION,
      { id: submissionId },
      curator.token,
    );
    expect(submission.data?.annotation).toMatchObject({
      authorId: annotator.id,
      status: 'SUBMITTED',
      maskArea: 8,
    });
    expect(submission.data!.annotation.revisions.every((r) => r.editedById === annotator.id)).toBe(true);
    expect(await maskAreaAt(submission.data!.annotation.revisions.at(-1)!.maskUrl!)).toBe(8);
    expect(submission.data!.annotation.reviewDice).toBeCloseTo((2 * 8) / 28, 10);
  });
});
