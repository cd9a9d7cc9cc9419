import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollupRefreshesSettled } from '../src/features/review/specimen-rollup-refresh';
import { createSignedInUser, gql, type TestApi } from './support/test-api';
import { claim, rleFirstPixels, SUBMIT, seedWorkflowDataset } from './support/workflow-fixtures';
import { countStatements } from './support/workflow-query-counter';
import { startWorkflowTestApi } from './support/workflow-test-api';

/*
 * Database round trips per hot-path operation: under load each costs socket writes, wake-ups of
 * Postgres and of the API, and a chance to queue behind other processes for a core; they - not the
 * SQL - set the latency (features/patch-core/README.md). Statements are budgeted too (BEGIN and COMMIT
 * included), as each costs Postgres a parse-bind-execute. Budgets include the viewer's statement.
 */
const VIEWER = 1;
const BUDGET = {
  claim: { statements: VIEWER + 4, roundTrips: VIEWER + 2 }, // BEGIN + lock annotator, claim statement + COMMIT
  heartbeat: { statements: VIEWER + 1, roundTrips: VIEWER + 1 },
  // BEGIN + prepare + lock patch; save statement + COMMIT; after the response, the specimen roll-up
  // (read, guarded write). The mask's outbox row is deleted a second later, with others.
  submit: { statements: VIEWER + 7, roundTrips: VIEWER + 4 },
};

let api: TestApi;
beforeAll(async () => {
  // Statements are counted for the whole process: no background worker may add its own (this
  // API's import worker once took another test file's import job mid-count).
  api = await startWorkflowTestApi({ IMPORT_WORKER: 'false', WEBHOOK_WORKER: 'false' });
});
afterAll(() => api.stop());

describe('round trips on the hot paths', () => {
  it('claim, heartbeat and submit stay within their statement budgets', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 5 });
    const user = await createSignedInUser(api, 'ANNOTATOR', 'rt');
    const claimed = await countStatements(() => claim(api, user.token, ds.datasetId));
    const lease = claimed.result.data?.claimNext.lease;
    expect(lease?.patchId).toBeDefined();
    const beat = await countStatements(() =>
      gql(api.url, 'mutation($l:ID!){heartbeat(leaseId:$l){id expiresAt}}', { l: lease?.id }, user.token),
    );
    expect(beat.result.errors).toBeUndefined();
    const input = {
      patchId: lease?.patchId,
      leaseId: lease?.id,
      patternClassId: ds.patterns[0]?.id,
      mask: rleFirstPixels(8, 8, 5),
    };
    const submitted = await countStatements(async () => {
      const result = await gql(api.url, SUBMIT, { i: input }, user.token);
      await rollupRefreshesSettled(api.db);
      return result;
    });
    expect(submitted.result).toMatchObject({
      data: { submitAnnotation: { version: 1, status: 'SUBMITTED' } },
    });
    const counted = { claim: claimed, heartbeat: beat, submit: submitted };
    const used = Object.fromEntries(
      Object.entries(counted).map(([op, c]) => [
        op,
        { statements: c.statements.length, roundTrips: c.roundTrips.length },
      ]),
    );
    console.log('statements and round trips per operation', used);
    for (const [op, c] of Object.entries(counted)) {
      const budget = BUDGET[op as keyof typeof BUDGET];
      expect(c.statements.length, c.statements.join('\n')).toBeLessThanOrEqual(budget.statements);
      expect(c.roundTrips.length, JSON.stringify(c.roundTrips, null, 1)).toBeLessThanOrEqual(
        budget.roundTrips,
      );
    }
  });

  it('audits the lease lifecycle written by the statements, not each heartbeat', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 2 });
    const user = await createSignedInUser(api, 'ANNOTATOR', 'audit');
    const lease = (await claim(api, user.token, ds.datasetId)).data?.claimNext.lease;
    for (let i = 0; i < 3; i++)
      await gql(api.url, 'mutation($l:ID!){heartbeat(leaseId:$l){id}}', { l: lease?.id }, user.token);
    const input = { patchId: lease?.patchId, leaseId: lease?.id, patternClassId: ds.patterns[1]?.id };
    const submitted = await gql<{ submitAnnotation: { id: string } }>(
      api.url,
      SUBMIT,
      { i: input },
      user.token,
    );
    const trail = await api.db.auditLog.findMany({
      where: { actorId: user.id },
      select: { action: true, entityId: true, before: true, after: true },
      orderBy: { id: 'asc' },
    });
    expect(trail.map((t) => t.action)).toEqual(['patch.claim', 'annotation.submit']);
    expect(trail[0]).toMatchObject({
      entityId: lease?.patchId,
      before: { status: 'QUEUED' },
      after: { status: 'IN_PROGRESS', leaseId: lease?.id, expiresAt: lease?.expiresAt },
    });
    expect(trail[1]).toMatchObject({
      entityId: submitted.data?.submitAnnotation.id,
      after: { version: 1, status: 'SUBMITTED', patchId: lease?.patchId, patchStatus: 'SUBMITTED' },
    });
  });
});
