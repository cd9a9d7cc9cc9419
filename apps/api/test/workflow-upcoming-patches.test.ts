import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, gql, type TestApi } from './support/test-api';
import { claim, rleFirstPixels, SUBMIT, seedWorkflowDataset } from './support/workflow-fixtures';
import { startWorkflowTestApi } from './support/workflow-test-api';

const UPCOMING = `query($d:ID!,$n:Int){upcomingPatches(datasetId:$d,first:$n){queue patch{id imageUrl} proposal{maskUrl}}}`;
interface Upcoming {
  upcomingPatches: { queue: string; patch: { id: string; imageUrl: string }; proposal: null | object }[];
}

let api: TestApi;
beforeAll(async () => {
  api = await startWorkflowTestApi();
});
afterAll(() => api.stop());

describe('upcomingPatches', () => {
  it('lists what claimNext will serve next, in its order, without claiming or writing anything', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 4 });
    await api.db.patch.update({ where: { id: ds.patchIds[2] }, data: { priority: 3 } });
    const user = await createSignedInUser(api, 'ANNOTATOR');
    const before = await api.db.patch.findMany({
      where: { datasetId: ds.datasetId },
      orderBy: { id: 'asc' },
    });

    const listed = await gql<Upcoming>(api.url, UPCOMING, { d: ds.datasetId, n: 3 }, user.token);
    expect(listed.errors).toBeUndefined();
    const ids = listed.data?.upcomingPatches.map((u) => u.patch.id);
    expect(ids).toEqual([ds.patchIds[2], ds.patchIds[0], ds.patchIds[1]]);
    expect(listed.data?.upcomingPatches[0]?.queue).toBe('QUEUED');
    expect(listed.data?.upcomingPatches[0]?.patch.imageUrl).toMatch(/^http/);
    const after = await api.db.patch.findMany({ where: { datasetId: ds.datasetId }, orderBy: { id: 'asc' } });
    expect(after).toEqual(before);
    expect(await api.db.workLease.count({ where: { userId: user.id } })).toBe(0);

    // Each claim serves the head of the previous prediction; the held patch drops out of the list.
    const first = await claim(api, user.token, ds.datasetId);
    expect(first.data?.claimNext.patch.id).toBe(ids?.[0]);
    const whileHolding = await gql<Upcoming>(api.url, UPCOMING, { d: ds.datasetId, n: 5 }, user.token);
    const nextIds = whileHolding.data?.upcomingPatches.map((u) => u.patch.id);
    expect(nextIds).toEqual([ds.patchIds[0], ds.patchIds[1], ds.patchIds[3]]);
    const lease = first.data!.claimNext.lease;
    const submitted = await gql(
      api.url,
      SUBMIT,
      {
        i: {
          patchId: lease.patchId,
          leaseId: lease.id,
          patternClassId: ds.patterns[0]!.id,
          intensityLevelId: ds.levels[1]!.id,
          mask: rleFirstPixels(8, 8, 4),
        },
      },
      user.token,
    );
    expect(submitted.errors).toBeUndefined();
    const second = await claim(api, user.token, ds.datasetId);
    expect(second.data?.claimNext.patch.id).toBe(nextIds?.[0]);
  });

  it('submit-and-claim in one request claims only when the submit went through', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 3 });
    const user = await createSignedInUser(api, 'ANNOTATOR');
    const { lease } = (await claim(api, user.token, ds.datasetId)).data!.claimNext;
    const both = `mutation($i:AnnotationInput!,$d:ID!){
      submitAnnotation(input:$i){id status} claimNext(datasetId:$d){lease{id patchId}}}`;
    const input = {
      patchId: lease.patchId,
      leaseId: lease.id,
      patternClassId: ds.patterns[0]!.id,
      intensityLevelId: ds.levels[1]!.id,
      mask: rleFirstPixels(8, 8, 4),
    };
    await api.db.workLease.update({
      where: { id: lease.id },
      data: { endedAt: new Date(), endReason: 'EXPIRED' },
    });
    const refused = await gql(api.url, both, { i: input, d: ds.datasetId }, user.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('LEASE_LOST');
    expect((refused.errors?.[0] as { path?: unknown } | undefined)?.path).toEqual(['submitAnnotation']);
    expect(refused.data ?? null).toBeNull();
    expect(await api.db.workLease.count({ where: { userId: user.id } })).toBe(1);

    const again = (await claim(api, user.token, ds.datasetId)).data!.claimNext.lease;
    const ok = await gql<{ claimNext: { lease: { patchId: string } } }>(
      api.url,
      both,
      { i: { ...input, leaseId: again.id, version: 1 }, d: ds.datasetId }, // the refused submit kept a draft (v1)
      user.token,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.claimNext.lease.patchId).not.toBe(lease.patchId);
  });

  it('is empty when nothing is left, and refuses an unknown dataset', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 1 });
    const user = await createSignedInUser(api, 'ANNOTATOR');
    await claim(api, user.token, ds.datasetId);
    const none = await gql<Upcoming>(api.url, UPCOMING, { d: ds.datasetId }, user.token);
    expect(none.data?.upcomingPatches).toEqual([]);
    const unknown = await gql(api.url, UPCOMING, { d: '00000000-0000-4000-8000-000000000000' }, user.token);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
