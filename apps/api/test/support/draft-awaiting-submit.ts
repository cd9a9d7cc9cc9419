import { expect } from 'vitest';
import { createSignedInUser, gql, type TestApi } from './test-api';
import { claim, rleFirstPixels, SAVE, seedWorkflowDataset } from './workflow-fixtures';

/**
 * A claimed patch with a saved draft (labels and a 20-pixel mask), the submit that would follow it
 * (version 1, a 30-pixel mask), and a snapshot of every row a submit writes: the object-store fault
 * tests compare snapshots to show a refused submit wrote nothing.
 */
export async function draftAwaitingSubmit(api: TestApi, patches = 1) {
  const ds = await seedWorkflowDataset(api.db, { patches });
  const annotator = await createSignedInUser(api, 'ANNOTATOR');
  const item = await claim(api, annotator.token, ds.datasetId);
  expect(item.errors).toBeUndefined();
  const { lease } = item.data!.claimNext;
  const labels = { patternClassId: ds.patterns[1]!.id, intensityLevelId: ds.levels[2]!.id };
  const draft = await gql<{ saveDraft: { id: string } }>(
    api.url,
    SAVE,
    { i: { patchId: lease.patchId, version: 0, ...labels, mask: rleFirstPixels(8, 8, 20) } },
    annotator.token,
  );
  expect(draft.errors).toBeUndefined();
  const annotationId = draft.data!.saveDraft.id;
  const submit = {
    patchId: lease.patchId,
    leaseId: lease.id,
    version: 1,
    ...labels,
    mask: rleFirstPixels(8, 8, 30),
  };
  const snapshot = async () => ({
    annotation: await api.db.annotation.findUniqueOrThrow({
      where: { id: annotationId },
      select: { version: true, status: true, maskKey: true, maskArea: true, submittedAt: true },
    }),
    revisions: await api.db.annotationRevision.count({ where: { annotationId } }),
    patch: await api.db.patch.findUniqueOrThrow({
      where: { id: lease.patchId },
      select: { status: true, version: true, submittedCount: true },
    }),
    lease: await api.db.workLease.findUniqueOrThrow({ where: { id: lease.id }, select: { endedAt: true } }),
    submits: await api.db.auditLog.count({ where: { entityId: annotationId, action: 'annotation.submit' } }),
  });
  return { annotator, annotationId, submit, snapshot };
}
