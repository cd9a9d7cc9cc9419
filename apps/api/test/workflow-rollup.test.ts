import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollupRefreshesSettled } from '../src/features/review/specimen-rollup-refresh';
import { createSignedInUser, gql, type TestApi } from './support/test-api';
import { claim, SUBMIT, seedWorkflowDataset } from './support/workflow-fixtures';
import { startWorkflowTestApi } from './support/workflow-test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startWorkflowTestApi();
});
afterAll(() => api.stop());

interface Rollup {
  source: string;
  patches: number;
  votes: { pattern: Record<string, number> };
  pattern: { key: string } | null;
}

/*
 * The roll-up is refreshed after the submission answered, coalescing bursts of one specimen into
 * shared runs. Submissions committed while a refresh is already running (it read the votes before
 * them) must get a follow-up run: once the refreshes settled, every submitted patch counts once.
 */
describe('specimen roll-up after concurrent submissions', () => {
  it('counts the votes committed while a refresh was running', async () => {
    const annotators = 6;
    const ds = await seedWorkflowDataset(api.db, { patches: annotators * 2, specimens: 1 });
    const specimenId = ds.specimenIds[0]!;
    const users = await Promise.all(
      Array.from({ length: annotators }, (_, i) => createSignedInUser(api, 'ANNOTATOR', `burst${i}`)),
    );
    const byKey = new Map<string, number>();
    const submitRound = () =>
      Promise.all(
        users.map(async (user, i) => {
          const { lease } = (await claim(api, user.token, ds.datasetId)).data!.claimNext;
          // two thirds vote the first pattern, so the verdict is known
          const pattern = ds.patterns[i % 3 === 2 ? 1 : 0]!;
          const result = await gql(
            api.url,
            SUBMIT,
            { i: { patchId: lease.patchId, leaseId: lease.id, patternClassId: pattern.id } },
            user.token,
          );
          expect(result.errors).toBeUndefined();
          byKey.set(pattern.key, (byKey.get(pattern.key) ?? 0) + 1);
        }),
      );
    await submitRound();
    // Hold the specimen row: the refresh of the first round reads its votes, then waits to write.
    await api.db.$transaction(
      async (tx) => {
        await tx.$queryRaw`select id from "Specimen" where id = ${specimenId}::uuid for update`;
        await sleep(400);
        await submitRound();
      },
      { timeout: 20_000 },
    );
    await rollupRefreshesSettled(api.db);
    const specimen = await api.db.specimen.findUniqueOrThrow({ where: { id: specimenId } });
    const rollup = specimen.rollup as unknown as Rollup;
    expect(rollup.source).toBe('submitted');
    expect(rollup.patches).toBe(annotators * 2);
    expect(rollup.votes.pattern).toEqual(Object.fromEntries(byKey));
    expect(rollup.pattern?.key).toBe(ds.patterns[0]!.key);
  });
});
