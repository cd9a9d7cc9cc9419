import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskFromPng, maskToPng } from '../src/features/annotations/mask-codec';
import { sweepExpiredLeases } from '../src/features/queue/lease.service';
import { pendingUploadsSettled } from '../src/shared/pending-objects';
import { createSignedInUser, gql, type TestApi } from './support/test-api';
import { claim, rleFirstPixels, SAVE, SUBMIT, seedWorkflowDataset } from './support/workflow-fixtures';
import { startWorkflowTestApi } from './support/workflow-test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startWorkflowTestApi();
});
afterAll(() => api.stop());

describe('work queue and annotations', () => {
  it('serves by priority then creation order, resumes the same lease, submits and ends it', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 5 });
    await api.db.patch.update({ where: { id: ds.patchIds[3] }, data: { priority: 5 } });
    const user = await createSignedInUser(api, 'ANNOTATOR');
    const first = await claim(api, user.token, ds.datasetId);
    expect(first.errors).toBeUndefined();
    expect(first.data?.claimNext.patch.id).toBe(ds.patchIds[3]);
    expect(first.data?.claimNext.patch.status).toBe('IN_PROGRESS');
    const again = await claim(api, user.token, ds.datasetId);
    expect(again.data?.claimNext.lease.id).toBe(first.data?.claimNext.lease.id);

    const lease = first.data!.claimNext.lease;
    const submitted = await gql<{ submitAnnotation: { status: string; version: number; maskArea: number } }>(
      api.url,
      SUBMIT,
      {
        i: {
          patchId: lease.patchId,
          leaseId: lease.id,
          patternClassId: ds.patterns[1]!.id,
          intensityLevelId: ds.levels[2]!.id,
          mask: rleFirstPixels(8, 8, 10),
        },
      },
      user.token,
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitAnnotation).toMatchObject({ status: 'SUBMITTED', version: 1, maskArea: 10 });
    const patch = await api.db.patch.findUniqueOrThrow({ where: { id: lease.patchId } });
    expect(patch.status).toBe('SUBMITTED');
    expect(patch.submittedCount).toBe(1);
    const ended = await api.db.workLease.findUniqueOrThrow({ where: { id: lease.id } });
    expect(ended.endReason).toBe('SUBMITTED');
    const annotation = await api.db.annotation.findFirstOrThrow({ where: { patchId: lease.patchId } });
    const stored = await api.services.store.get(annotation.maskKey!);
    expect(stored.subarray(1, 4).toString()).toBe('PNG');

    const next = await claim(api, user.token, ds.datasetId);
    expect(next.data?.claimNext.patch.id).toBe(ds.patchIds[0]);
  });

  it('refuses a stale save with STALE_VERSION and the current version; keeps every revision', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 1 });
    const user = await createSignedInUser(api, 'ANNOTATOR');
    const { lease } = (await claim(api, user.token, ds.datasetId)).data!.claimNext;
    const base = { patchId: lease.patchId, leaseId: lease.id };
    const v1 = await gql<{ saveDraft: { id: string; version: number } }>(
      api.url,
      SAVE,
      { i: { ...base, patternClassId: ds.patterns[0]!.id } },
      user.token,
    );
    expect(v1.data?.saveDraft.version).toBe(1);
    const v2 = await gql(
      api.url,
      SAVE,
      { i: { ...base, version: 1, patternClassId: ds.patterns[1]!.id, mask: rleFirstPixels(8, 8, 5) } },
      user.token,
    );
    expect(v2.errors).toBeUndefined();
    const stale = await gql(
      api.url,
      SAVE,
      { i: { ...base, version: 1, patternClassId: ds.patterns[2]!.id, mask: rleFirstPixels(8, 8, 9) } },
      user.token,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'STALE_VERSION', currentVersion: 2 });
    const annotationId = v1.data!.saveDraft.id;
    const revisions = await api.db.annotationRevision.findMany({
      where: { annotationId },
      orderBy: { version: 'asc' },
    });
    expect(revisions.map((r) => [r.version, r.patternClassId])).toEqual([
      [1, ds.patterns[0]!.id],
      [2, ds.patterns[1]!.id],
    ]);
    // The refused save left no mask anywhere: not in the outbox (it commits with the save), not stored.
    await pendingUploadsSettled(api.db);
    const stored = await api.services.store.list(`datasets/${ds.datasetId}/annotations/${annotationId}/`);
    expect(stored).toEqual([revisions[1]!.maskKey]);
    const prefix = `datasets/${ds.datasetId}/annotations/${annotationId}/`;
    expect(await api.db.pendingObject.count({ where: { key: { startsWith: prefix } } })).toBe(0);
    const draft = (await claim(api, user.token, ds.datasetId)).data!.claimNext.draft;
    expect(draft).toMatchObject({ version: 2, status: 'DRAFT' });
  });

  it('two saves racing for the same version: one wins, its mask is the stored one, the loser leaves nothing', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 1 });
    const user = await createSignedInUser(api, 'ANNOTATOR');
    const { lease } = (await claim(api, user.token, ds.datasetId)).data!.claimNext;
    const base = { patchId: lease.patchId, leaseId: lease.id };
    const v1 = await gql<{ saveDraft: { id: string } }>(api.url, SAVE, { i: base }, user.token);
    const annotationId = v1.data!.saveDraft.id;
    // both race for version 2; only the winner's mask commits (to the outbox) and is uploaded
    const areas = [7, 23];
    const results = await Promise.all(
      areas.map((on) =>
        gql<{ saveDraft: { maskArea: number } }>(
          api.url,
          SAVE,
          { i: { ...base, version: 1, mask: rleFirstPixels(8, 8, on) } },
          user.token,
        ),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0]?.extensions).toMatchObject({ code: 'STALE_VERSION' });
    const saved = await api.db.annotation.findUniqueOrThrow({ where: { id: annotationId } });
    expect(saved.maskArea).toBe(winners[0]!.data!.saveDraft.maskArea);
    const mask = await maskFromPng(await api.services.store.get(saved.maskKey!));
    expect(mask.data.filter((v) => v !== 0).length).toBe(saved.maskArea);
    await pendingUploadsSettled(api.db);
    const stored = await api.services.store.list(`datasets/${ds.datasetId}/annotations/${annotationId}/`);
    expect(stored).toEqual([saved.maskKey]);
  });

  it('validates masks: wrong size and runs not covering the patch are INVALID_MASK', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 1 });
    const user = await createSignedInUser(api, 'ANNOTATOR');
    const { lease } = (await claim(api, user.token, ds.datasetId)).data!.claimNext;
    const base = { patchId: lease.patchId, leaseId: lease.id };
    const wrongSize = await gql(api.url, SAVE, { i: { ...base, mask: rleFirstPixels(4, 4, 2) } }, user.token);
    expect(wrongSize.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_MASK',
      field: 'mask',
      expected: [8, 8],
    });
    const short = await gql(
      api.url,
      SAVE,
      { i: { ...base, mask: { size: [8, 8], counts: [10, 5] } } },
      user.token,
    );
    expect(short.errors?.[0]?.extensions?.code).toBe('INVALID_MASK');
    const negative = await gql(
      api.url,
      SAVE,
      { i: { ...base, mask: { size: [8, 8], counts: [70, -6] } } },
      user.token,
    );
    expect(negative.errors?.[0]?.extensions?.code).toBe('INVALID_MASK');
  });

  it('submitting without a live lease is LEASE_LOST and keeps the work as a draft', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 2 });
    const user = await createSignedInUser(api, 'ANNOTATOR');
    const { lease } = (await claim(api, user.token, ds.datasetId)).data!.claimNext;
    await api.db.workLease.update({
      where: { id: lease.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const lost = await gql(
      api.url,
      SUBMIT,
      { i: { patchId: lease.patchId, leaseId: lease.id, patternClassId: ds.patterns[0]!.id } },
      user.token,
    );
    expect(lost.errors?.[0]?.extensions).toMatchObject({ code: 'LEASE_LOST', version: 1 });
    const kept = await api.db.annotation.findFirstOrThrow({ where: { patchId: lease.patchId } });
    expect(kept).toMatchObject({ status: 'DRAFT', patternClassId: ds.patterns[0]!.id });
    const heartbeat = await gql(
      api.url,
      'mutation($l:ID!){heartbeat(leaseId:$l){id}}',
      { l: lease.id },
      user.token,
    );
    expect(heartbeat.errors?.[0]?.extensions?.code).toBe('LEASE_LOST');
    // the sweep ends the expired lease and puts the patch back in the queue
    expect(await sweepExpiredLeases(api.db)).toBeGreaterThanOrEqual(1);
    expect((await api.db.patch.findUniqueOrThrow({ where: { id: lease.patchId } })).status).toBe('QUEUED');
    expect((await api.db.workLease.findUniqueOrThrow({ where: { id: lease.id } })).endReason).toBe('EXPIRED');
  });

  it('leaving shortens the lease to the grace, never lengthens it; a reload resumes it', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 2 });
    const user = await createSignedInUser(api, 'ANNOTATOR');
    const other = await createSignedInUser(api, 'ANNOTATOR');
    const first = (await claim(api, user.token, ds.datasetId)).data!.claimNext;
    const LEAVE = 'mutation($l:ID!){leaveLease(leaseId:$l){id expiresAt endedAt}}';
    const left = await gql<{ leaveLease: { expiresAt: string; endedAt: string | null } }>(
      api.url,
      LEAVE,
      { l: first.lease.id },
      user.token,
    );
    expect(left.errors).toBeUndefined();
    expect(left.data!.leaveLease.endedAt).toBeNull();
    const remaining = new Date(left.data!.leaveLease.expiresAt).getTime() - Date.now();
    expect(remaining).toBeLessThanOrEqual(31_000);
    expect(remaining).toBeGreaterThan(0);
    // again: not lengthened
    const again = await gql<{ leaveLease: { expiresAt: string } }>(
      api.url,
      LEAVE,
      { l: first.lease.id },
      user.token,
    );
    expect(new Date(again.data!.leaveLease.expiresAt).getTime()).toBeLessThanOrEqual(
      new Date(left.data!.leaveLease.expiresAt).getTime(),
    );
    // the reloaded tab claims again within the grace: the same lease
    const resumed = (await claim(api, user.token, ds.datasetId)).data!.claimNext;
    expect(resumed.lease.id).toBe(first.lease.id);
    const stranger = await gql(api.url, LEAVE, { l: first.lease.id }, other.token);
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('heartbeat extends; skip never serves the patch to the same annotator again; release requeues', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 2 });
    const user = await createSignedInUser(api, 'ANNOTATOR');
    const other = await createSignedInUser(api, 'ANNOTATOR');
    const first = (await claim(api, user.token, ds.datasetId)).data!.claimNext;
    const beat = await gql<{ heartbeat: { expiresAt: string } }>(
      api.url,
      'mutation($l:ID!){heartbeat(leaseId:$l){expiresAt}}',
      { l: first.lease.id },
      user.token,
    );
    expect(new Date(beat.data!.heartbeat.expiresAt).getTime()).toBeGreaterThanOrEqual(
      new Date(first.lease.expiresAt).getTime(),
    );
    const skipped = await gql(
      api.url,
      'mutation($l:ID!){skipPatch(leaseId:$l,reason:"blurry"){endReason skipReason}}',
      { l: first.lease.id },
      user.token,
    );
    expect(skipped.data).toEqual({ skipPatch: { endReason: 'SKIPPED', skipReason: 'blurry' } });
    const second = (await claim(api, user.token, ds.datasetId)).data!.claimNext;
    expect(second.patch.id).toBe(ds.patchIds[1]);
    // the skipped patch was served moments ago: not handed to the next annotator at once
    const empty = await claim(api, other.token, ds.datasetId);
    expect(empty.errors?.[0]?.extensions?.code).toBe('QUEUE_EMPTY');
    await api.db.patch.update({
      where: { id: ds.patchIds[0] },
      data: { lastServedAt: new Date(Date.now() - 120_000) },
    });
    expect((await claim(api, other.token, ds.datasetId)).data?.claimNext.patch.id).toBe(ds.patchIds[0]);
    const released = await gql(
      api.url,
      'mutation($l:ID!){releaseLease(leaseId:$l){endReason}}',
      { l: second.lease.id },
      user.token,
    );
    expect(released.data).toEqual({ releaseLease: { endReason: 'RELEASED' } });
    expect((await api.db.patch.findUniqueOrThrow({ where: { id: ds.patchIds[1] } })).status).toBe('QUEUED');
    const done = await claim(api, user.token, ds.datasetId);
    expect(done.errors?.[0]?.extensions?.code).toBe('QUEUE_EMPTY');
  });

  it('serves the active model proposal and records Dice between proposal and submitted mask', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 1 });
    const model = await api.db.modelVersion.create({
      data: {
        datasetId: ds.datasetId,
        number: 1,
        status: 'ACTIVE',
        artifactKey: 'x',
        artifactBytes: 1,
        artifactSha256: 'x',
        architecture: {},
        parameterCount: 1,
      },
    });
    const maskKey = `test/${ds.datasetId}/proposal.png`;
    const proposal = new Uint8Array(64);
    proposal.fill(255, 0, 10); // first 10 row-major pixels: row 0 and two pixels of row 1
    await api.services.store.put(
      maskKey,
      await maskToPng({ width: 8, height: 8, data: proposal }),
      'image/png',
    );
    await api.db.prediction.create({
      data: {
        patchId: ds.patchIds[0]!,
        modelVersionId: model.id,
        method: 'deterministic',
        maskKey,
        patternProbs: [0.1, 0.7, 0.2],
        intensityProbs: [0.2, 0.3, 0.5],
        patternEntropy: 0.5,
        patternMargin: 0.5,
        intensityEntropy: 0.5,
        maskEntropy: 0.1,
      },
    });
    const user = await createSignedInUser(api, 'ANNOTATOR');
    const item = (await claim(api, user.token, ds.datasetId)).data!.claimNext;
    expect(item.proposal?.patternClass?.key).toBe('speckled');
    // submitted: first column (8 pixels, column-major) -> overlap with the proposal: (0,0) and (1,0) = 2
    const submitted = await gql<{ submitAnnotation: { proposalDice: number } }>(
      api.url,
      SUBMIT,
      {
        i: {
          patchId: item.lease.patchId,
          leaseId: item.lease.id,
          patternClassId: ds.patterns[1]!.id,
          mask: rleFirstPixels(8, 8, 8),
          predictionId: item.proposal!.predictionId,
        },
      },
      user.token,
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitAnnotation.proposalDice).toBeCloseTo((2 * 2) / (10 + 8), 10);

    // Curators see the same proposal beside the submissions; annotators only through their work.
    const query = 'query($id:ID!){patch(id:$id){proposal{predictionId patternClass{key}}}}';
    const curator = await createSignedInUser(api, 'CURATOR');
    const seen = await gql<{ patch: { proposal: { predictionId: string; patternClass: { key: string } } } }>(
      api.url,
      query,
      { id: item.lease.patchId },
      curator.token,
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.patch.proposal).toEqual({
      predictionId: item.proposal!.predictionId,
      patternClass: { key: 'speckled' },
    });
    const refused = await gql(api.url, query, { id: item.lease.patchId }, user.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
