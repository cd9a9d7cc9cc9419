import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, gql, startTestApi, type TestApi, type TestUser } from './support/test-api';
import { claim, type SeededDataset, SUBMIT, seedWorkflowDataset } from './support/workflow-fixtures';
import { startWorkflowTestApi } from './support/workflow-test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startWorkflowTestApi();
});
afterAll(() => api.stop());

const APPROVE = 'mutation($p:ID!,$a:ID){approvePatch(patchId:$p,annotationId:$a){id status}}';
const REJECT = 'mutation($a:ID!){rejectAnnotation(annotationId:$a,comment:"redo the mask"){id status}}';
const EDIT_APPROVE =
  'mutation($i:AnnotationInput!,$f:ID){editAndApprove(input:$i,fromAnnotationId:$f){id status}}';
const QUEUE = 'query($d:ID!){reviewQueue(datasetId:$d){edges{node{id}}}}';

/** Claims the next patch and submits labels without a mask (no object store write). */
async function claimAndSubmit(on: TestApi, user: TestUser, ds: SeededDataset) {
  const item = await claim(on, user.token, ds.datasetId);
  if (!item.data) throw new Error(JSON.stringify(item.errors));
  const { lease } = item.data.claimNext;
  const input = { patchId: lease.patchId, leaseId: lease.id, patternClassId: ds.patterns[0]!.id };
  const result = await gql<{ submitAnnotation: { id: string } }>(on.url, SUBMIT, { i: input }, user.token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return { patchId: lease.patchId, annotationId: result.data.submitAnnotation.id };
}

const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  result.errors?.[0]?.extensions?.code ?? 'OK';

const queueOf = async (on: TestApi, user: TestUser, datasetId: string) => {
  const result = await gql<{ reviewQueue: { edges: { node: { id: string } }[] } }>(
    on.url,
    QUEUE,
    { d: datasetId },
    user.token,
  );
  return result.data?.reviewQueue.edges.map((e) => e.node.id);
};

describe('self-review (default: a second person reviews)', () => {
  it('a curator cannot approve, reject or edit-approve a patch they labelled; their queue leaves it out; another curator reviews it', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 2 });
    const curator = await createSignedInUser(api, 'CURATOR', 'self-reviewer');
    const other = await createSignedInUser(api, 'CURATOR', 'second-reviewer');
    const own = await claimAndSubmit(api, curator, ds);

    const approve = await gql(api.url, APPROVE, { p: own.patchId }, curator.token);
    expect(approve.errors?.[0]?.extensions).toMatchObject({ code: 'SELF_REVIEW', patchId: own.patchId });
    expect(code(await gql(api.url, REJECT, { a: own.annotationId }, curator.token))).toBe('SELF_REVIEW');
    const edit = { patchId: own.patchId, patternClassId: ds.patterns[1]!.id };
    expect(code(await gql(api.url, EDIT_APPROVE, { i: edit, f: own.annotationId }, curator.token))).toBe(
      'SELF_REVIEW',
    );
    // nothing was decided
    expect((await api.db.patch.findUniqueOrThrow({ where: { id: own.patchId } })).status).toBe('SUBMITTED');
    expect(await api.db.review.count({ where: { patchId: own.patchId } })).toBe(0);

    expect(await queueOf(api, curator, ds.datasetId)).toEqual([]);
    expect(await queueOf(api, other, ds.datasetId)).toEqual([own.patchId]);
    const approved = await gql(api.url, APPROVE, { p: own.patchId }, other.token);
    expect(approved.data).toEqual({ approvePatch: { id: own.annotationId, status: 'APPROVED' } });
  });

  it('k = 2: a curator who labelled a patch does not pick between their own and the other submission', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 1, annotatorsPerPatch: 2 });
    const curator = await createSignedInUser(api, 'CURATOR', 'k2-curator');
    const annotator = await createSignedInUser(api, 'ANNOTATOR', 'k2-annotator');
    await claimAndSubmit(api, curator, ds);
    const theirs = await claimAndSubmit(api, annotator, ds);
    const picked = await gql(api.url, APPROVE, { p: theirs.patchId, a: theirs.annotationId }, curator.token);
    expect(code(picked)).toBe('SELF_REVIEW');
    expect(code(await gql(api.url, REJECT, { a: theirs.annotationId }, curator.token))).toBe('SELF_REVIEW');
  });

  it('ALLOW_SELF_REVIEW=true: the curator may approve their own work, and their queue shows it', async () => {
    const lenient = await startTestApi({ ALLOW_SELF_REVIEW: 'true' });
    try {
      const ds = await seedWorkflowDataset(lenient.db, { patches: 1 });
      const curator = await createSignedInUser(lenient, 'CURATOR', 'solo-curator');
      const own = await claimAndSubmit(lenient, curator, ds);
      expect(await queueOf(lenient, curator, ds.datasetId)).toEqual([own.patchId]);
      const approved = await gql(lenient.url, APPROVE, { p: own.patchId }, curator.token);
      expect(approved.data).toEqual({ approvePatch: { id: own.annotationId, status: 'APPROVED' } });
    } finally {
      await lenient.stop();
    }
  });
});
