import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, gql, type TestApi, type TestUser } from './support/test-api';
import { claim, rleFirstPixels, SUBMIT, seedWorkflowDataset } from './support/workflow-fixtures';
import { startWorkflowTestApi } from './support/workflow-test-api';

const CLIENTS = 20;
const PATCHES = 6;
/** The race needs a claim's snapshot to predate another claim's commit on the same patch: repeat. */
const ROUNDS = 12;

let api: TestApi;
let starter: TestUser;
let clients: TestUser[];
beforeAll(async () => {
  api = await startWorkflowTestApi();
  starter = await createSignedInUser(api, 'ANNOTATOR', 'k2-starter');
  clients = await Promise.all(
    Array.from({ length: CLIENTS }, (_, i) => createSignedInUser(api, 'ANNOTATOR', `k2-${i}`)),
  );
});
afterAll(() => api.stop());

/**
 * A k = 2 dataset whose patches each already hold one live lease (the starter's), so every claim
 * goes for the same few remaining slots (queue branch 2, "started patches with room").
 */
async function halfTakenDataset() {
  const ds = await seedWorkflowDataset(api.db, { patches: PATCHES, annotatorsPerPatch: 2 });
  const expiresAt = new Date(Date.now() + 600_000);
  await api.db.workLease.createMany({
    data: ds.patchIds.map((patchId) => ({ patchId, userId: starter.id, expiresAt })),
  });
  await api.db.patch.updateMany({ where: { datasetId: ds.datasetId }, data: { status: 'IN_PROGRESS' } });
  return ds;
}

const liveLeasesByPatch = async (datasetId: string) => {
  const leases = await api.db.workLease.findMany({
    where: { patch: { datasetId }, endedAt: null, expiresAt: { gt: new Date() } },
    select: { patchId: true },
  });
  const counts = new Map<string, number>();
  for (const { patchId } of leases) counts.set(patchId, (counts.get(patchId) ?? 0) + 1);
  return counts;
};

const submit = (user: TestUser, lease: { id: string; patchId: string }) =>
  gql<{ submitAnnotation: { status: string } }>(
    api.url,
    SUBMIT,
    { i: { patchId: lease.patchId, leaseId: lease.id, patternClassId: null, mask: rleFirstPixels(8, 8, 3) } },
    user.token,
  );

describe('leases at k = 2 under concurrent claims', () => {
  it(
    `${CLIENTS} annotators claiming the last slots at once: never more than k live leases on a patch, every lease submittable`,
    async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const ds = await halfTakenDataset();
        const claims = await Promise.all(clients.map((user) => claim(api, user.token, ds.datasetId)));
        const codes = claims.map((c) => c.errors?.[0]?.extensions?.code ?? 'OK');
        expect(codes.every((code) => code === 'OK' || code === 'QUEUE_EMPTY')).toBe(true);
        const holders = claims.flatMap((c, i) =>
          c.data ? [{ user: clients[i] as TestUser, lease: c.data.claimNext.lease }] : [],
        );
        // one free slot per patch: at most PATCHES new holders, and no patch past k
        expect(holders.length).toBeLessThanOrEqual(PATCHES);
        for (const [, live] of await liveLeasesByPatch(ds.datasetId)) expect(live).toBeLessThanOrEqual(2);

        // every holder can submit (a third holder would get a refusal), and the patch is then full
        const submitted = await Promise.all(holders.map(({ user, lease }) => submit(user, lease)));
        expect(submitted.map((s) => s.errors?.[0]?.extensions?.code ?? 'OK')).toEqual(
          holders.map(() => 'OK'),
        );
        // nobody is handed a lease they cannot use: the next claim finds nothing (every slot is taken)
        const again = await Promise.all(clients.map((user) => claim(api, user.token, ds.datasetId)));
        expect(again.map((c) => c.errors?.[0]?.extensions?.code)).toEqual(clients.map(() => 'QUEUE_EMPTY'));
      }
    },
    ROUNDS * 20_000,
  );
});

const HEARTBEAT = 'mutation($l:ID!){heartbeat(leaseId:$l){id}}';

/**
 * A k = 2 patch with a third live lease (as the claim race used to leave), whose two other holders
 * then submit: the third lease is dead, since the patch takes no more submissions.
 */
async function deadLeaseOnFullPatch(label: string) {
  const ds = await seedWorkflowDataset(api.db, { patches: 2, annotatorsPerPatch: 2 });
  const [first, second, third] = await Promise.all(
    [1, 2, 3].map((i) => createSignedInUser(api, 'ANNOTATOR', `${label}-${i}`)),
  );
  const holders = [first, second] as TestUser[];
  for (const user of holders) {
    const { lease } = (await claim(api, user.token, ds.datasetId)).data!.claimNext;
    expect(lease.patchId).toBe(ds.patchIds[0]);
  }
  const dead = await api.db.workLease.create({
    data: { patchId: ds.patchIds[0]!, userId: third!.id, expiresAt: new Date(Date.now() + 600_000) },
    select: { id: true, patchId: true },
  });
  for (const user of holders) {
    const lease = await api.db.workLease.findFirstOrThrow({ where: { userId: user.id, endedAt: null } });
    expect((await submit(user, lease)).errors).toBeUndefined();
  }
  expect(await api.db.patch.findUniqueOrThrow({ where: { id: dead.patchId } })).toMatchObject({
    status: 'SUBMITTED',
    submittedCount: 2,
  });
  return { ds, holder: third as TestUser, dead };
}

describe('a lease whose patch can no longer take a submission', () => {
  it('is never handed back: claimNext drops it and hands out a patch they can label', async () => {
    const { ds, holder, dead } = await deadLeaseOnFullPatch('dead-claim');
    const beat = await gql(api.url, HEARTBEAT, { l: dead.id }, holder.token);
    expect(beat.errors?.[0]?.extensions?.code).toBe('LEASE_LOST');

    const next = await claim(api, holder.token, ds.datasetId);
    expect(next.errors).toBeUndefined();
    expect(next.data?.claimNext.lease.id).not.toBe(dead.id);
    expect(next.data?.claimNext.patch.id).toBe(ds.patchIds[1]);
    expect(await api.db.workLease.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({
      endReason: 'RELEASED',
    });
    expect(await api.db.auditLog.count({ where: { action: 'lease.drop', entityId: dead.id } })).toBe(1);
    // the full patch kept its status and count
    expect(await api.db.patch.findUniqueOrThrow({ where: { id: dead.patchId } })).toMatchObject({
      status: 'SUBMITTED',
      submittedCount: 2,
    });
  });

  it('a submission on it answers LEASE_LOST (reason PATCH_CLOSED) and drops it; the next claim moves on', async () => {
    const { ds, holder, dead } = await deadLeaseOnFullPatch('dead-submit');
    const refused = await submit(holder, dead);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'LEASE_LOST',
      reason: 'PATCH_CLOSED',
      leaseId: dead.id,
    });
    expect(await api.db.workLease.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({
      endReason: 'RELEASED',
    });
    expect(await api.db.patch.findUniqueOrThrow({ where: { id: dead.patchId } })).toMatchObject({
      status: 'SUBMITTED',
      submittedCount: 2,
    });
    const next = await claim(api, holder.token, ds.datasetId);
    expect(next.data?.claimNext.patch.id).toBe(ds.patchIds[1]);
  });

  it('can be released without an error, leaving the full patch as it is', async () => {
    const { holder, dead } = await deadLeaseOnFullPatch('dead-release');
    const released = await gql(
      api.url,
      'mutation($l:ID!){releaseLease(leaseId:$l){id}}',
      { l: dead.id },
      holder.token,
    );
    expect(released.errors).toBeUndefined();
    expect(await api.db.patch.findUniqueOrThrow({ where: { id: dead.patchId } })).toMatchObject({
      status: 'SUBMITTED',
    });
  });
});
