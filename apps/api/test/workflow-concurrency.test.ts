import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, gql, type TestApi, type TestUser } from './support/test-api';
import { claim, rleFirstPixels, SUBMIT, seedWorkflowDataset } from './support/workflow-fixtures';
import { startWorkflowTestApi } from './support/workflow-test-api';

const ANNOTATORS = 20;
/**
 * The acceptance run lasts a minute; WORKFLOW_CONCURRENCY_SECONDS shortens it for local runs. The
 * queue is sized so that it does not run dry before the deadline on a fast machine.
 */
const SECONDS = Number(process.env.WORKFLOW_CONCURRENCY_SECONDS ?? 60);
const PATCHES = Math.max(300, Math.ceil(SECONDS * 150));
const DEADLINE_MS = SECONDS * 1000;

let api: TestApi;
beforeAll(async () => {
  api = await startWorkflowTestApi();
});
afterAll(() => api.stop());

interface Tally {
  submitted: string[];
  released: number;
  skipped: number;
  errors: string[];
}

/** One annotator: claim, then mostly submit (sometimes release or skip), until the queue is empty. */
async function annotate(user: TestUser, datasetId: string, seed: number, deadline: number, tally: Tally) {
  let n = seed;
  while (Date.now() < deadline) {
    const item = await claim(api, user.token, datasetId);
    const code = item.errors?.[0]?.extensions?.code;
    if (code === 'QUEUE_EMPTY') return;
    if (!item.data) {
      tally.errors.push(`claim: ${JSON.stringify(item.errors)}`);
      return;
    }
    const { lease } = item.data.claimNext;
    // 32-bit LCG (Math.imul: plain multiplication loses the low bits in doubles); high bits are the random ones
    n = (Math.imul(n, 1103515245) + 12345) >>> 0;
    const roll = (n >>> 16) % 20;
    if (roll === 0) {
      await gql(api.url, 'mutation($l:ID!){releaseLease(leaseId:$l){id}}', { l: lease.id }, user.token);
      tally.released++;
      continue;
    }
    if (roll === 1) {
      await gql(
        api.url,
        'mutation($l:ID!){skipPatch(leaseId:$l,reason:"test"){id}}',
        { l: lease.id },
        user.token,
      );
      tally.skipped++;
      continue;
    }
    if (roll === 2)
      await gql(api.url, 'mutation($l:ID!){heartbeat(leaseId:$l){id}}', { l: lease.id }, user.token);
    const result = await gql<{ submitAnnotation: { id: string } }>(
      api.url,
      SUBMIT,
      {
        i: {
          patchId: lease.patchId,
          leaseId: lease.id,
          patternClassId: null,
          mask: rleFirstPixels(8, 8, roll),
        },
      },
      user.token,
    );
    if (result.data) tally.submitted.push(lease.patchId);
    else tally.errors.push(`submit: ${JSON.stringify(result.errors)}`);
  }
}

describe('concurrency', () => {
  it(
    `${ANNOTATORS} annotators claiming and submitting in parallel: no double labels, no lost updates, every lease accounted for`,
    async () => {
      const ds = await seedWorkflowDataset(api.db, { patches: PATCHES });
      const users = await Promise.all(
        Array.from({ length: ANNOTATORS }, (_, i) => createSignedInUser(api, 'ANNOTATOR', `load${i}`)),
      );
      const tally: Tally = { submitted: [], released: 0, skipped: 0, errors: [] };
      const deadline = Date.now() + DEADLINE_MS;
      const started = Date.now();
      await Promise.all(users.map((user, i) => annotate(user, ds.datasetId, i + 1, deadline, tally)));
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `concurrency: ${ANNOTATORS} annotators for ${seconds.toFixed(0)} s: ${tally.submitted.length} submitted, ${tally.released} released, ${tally.skipped} skipped`,
      );
      expect(tally.errors).toEqual([]);
      // Throughput depends on the machine; correctness needs real contention: more submissions than clients.
      expect(tally.submitted.length).toBeGreaterThan(ANNOTATORS);

      // no patch labelled twice, and every submission the clients saw is in the database
      expect(new Set(tally.submitted).size).toBe(tally.submitted.length);
      const annotations = await api.db.annotation.findMany({
        where: { patch: { datasetId: ds.datasetId }, status: 'SUBMITTED' },
        select: { patchId: true, version: true, _count: { select: { revisions: true } } },
      });
      expect(annotations.map((a) => a.patchId).sort()).toEqual([...tally.submitted].sort());
      for (const a of annotations) expect(a._count.revisions).toBe(a.version);

      // patch rows agree with their annotations (no lost update of status or counters)
      const patches = await api.db.patch.findMany({
        where: { datasetId: ds.datasetId },
        select: { id: true, status: true, submittedCount: true },
      });
      const submittedSet = new Set(tally.submitted);
      for (const p of patches) {
        expect(p.submittedCount).toBe(submittedSet.has(p.id) ? 1 : 0);
        expect(p.status).toBe(submittedSet.has(p.id) ? 'SUBMITTED' : 'QUEUED');
      }

      // every lease ended, with the reason the client caused
      const leases = await api.db.workLease.groupBy({
        by: ['endReason'],
        where: { patch: { datasetId: ds.datasetId } },
        _count: { _all: true },
      });
      const byReason = Object.fromEntries(leases.map((l) => [String(l.endReason), l._count._all]));
      expect(byReason).toEqual({
        SUBMITTED: tally.submitted.length,
        ...(tally.released ? { RELEASED: tally.released } : {}),
        ...(tally.skipped ? { SKIPPED: tally.skipped } : {}),
      });
      // and every lease was audited when it was handed out (the claim statement writes the row)
      const leaseCount = tally.submitted.length + tally.released + tally.skipped;
      const claimAudits = await api.db.auditLog.count({
        where: { action: 'patch.claim', entityId: { in: patches.map((p) => p.id) } },
      });
      expect(claimAudits).toBe(leaseCount);
    },
    DEADLINE_MS + 120_000,
  );
});
