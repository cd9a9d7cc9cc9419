import type { LeaseEnd } from '@hep2/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatorThroughputDto } from '../src/features/throughput/throughput.dto';
import { createSignedInUser, gql, type TestApi, type TestUser } from './support/test-api';
import { claim, type SeededDataset, SUBMIT, seedWorkflowDataset } from './support/workflow-fixtures';
import { startWorkflowTestApi } from './support/workflow-test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startWorkflowTestApi();
});
afterAll(() => api.stop());

const QUERY = `query($d:ID!,$days:Int){annotatorThroughput(datasetId:$d,days:$days){
  userId userName submitted skipped expired medianSecondsPerPatch p90SecondsPerPatch activeHours
  submissionsPerHour reviewed approved editedByCurator rejected rejectionRate meanProposalDice lastActiveAt
  daily{day submitted}}}`;

/** The DTO as JSON: dates arrive as strings. */
type ThroughputRow = Omit<AnnotatorThroughputDto, 'userName' | 'lastActiveAt'> & {
  lastActiveAt: string | null;
};

const query = (token: string, datasetId: string, days?: number) =>
  gql<{ annotatorThroughput: ThroughputRow[] }>(api.url, QUERY, { d: datasetId, days }, token);

/** A lease of `seconds` that ended `endedAgoMinutes` ago with `reason`. */
async function lease(
  user: TestUser,
  patchId: string,
  seconds: number,
  reason: LeaseEnd,
  endedAgoMinutes: number,
) {
  const endedAt = new Date(Date.now() - endedAgoMinutes * 60_000);
  await api.db.workLease.create({
    data: {
      patchId,
      userId: user.id,
      createdAt: new Date(endedAt.getTime() - seconds * 1000),
      expiresAt: endedAt,
      endedAt,
      endReason: reason,
    },
  });
  return endedAt;
}

async function submission(user: TestUser, patchId: string, proposalDice: number | null, agoMinutes: number) {
  return api.db.annotation.create({
    data: {
      patchId,
      authorId: user.id,
      status: 'SUBMITTED',
      submittedAt: new Date(Date.now() - agoMinutes * 60_000),
      proposalDice,
    },
  });
}

async function review(
  curator: TestUser,
  patchId: string,
  annotationId: string,
  decision: 'APPROVE' | 'REJECT' | 'EDIT_APPROVE',
) {
  await api.db.review.create({ data: { patchId, annotationId, curatorId: curator.id, decision } });
}

const utcDay = (date: Date) => date.toISOString().slice(0, 10);

describe('annotator throughput', () => {
  let ds: SeededDataset;
  let admin: TestUser;
  let a: TestUser;
  let b: TestUser;
  let curator: TestUser;
  const submittedEnds: Date[] = [];

  beforeAll(async () => {
    ds = await seedWorkflowDataset(api.db, { patches: 8 });
    const other = await seedWorkflowDataset(api.db, { patches: 1 });
    admin = await createSignedInUser(api, 'ADMIN');
    a = await createSignedInUser(api, 'ANNOTATOR', 'ann-a');
    b = await createSignedInUser(api, 'ANNOTATOR', 'ann-b');
    curator = await createSignedInUser(api, 'CURATOR');
    const p = ds.patchIds;
    // A: five submissions of 30, 60, 90, 120 s and one held over a 30-minute break; a skip of 40 s;
    // one claim left to expire.
    for (const [i, seconds] of [30, 60, 90, 120, 1800].entries()) {
      submittedEnds.push(await lease(a, p[i] as string, seconds, 'SUBMITTED', 5 + i));
    }
    await lease(a, p[5] as string, 40, 'SKIPPED', 3);
    await lease(a, p[6] as string, 900, 'EXPIRED', 2);
    // Outside the window (ten days ago) and in another dataset: left out.
    await lease(a, p[7] as string, 10, 'SUBMITTED', 10 * 24 * 60);
    await lease(a, other.patchIds[0] as string, 10, 'SUBMITTED', 1);
    // B: one submission of 45 s, nothing reviewed.
    await lease(b, p[7] as string, 45, 'SUBMITTED', 1);

    // Reviews of A's work: one approved, one rejected, one corrected by the curator (edit and
    // approve names the curator's own new annotation).
    const a0 = await submission(a, p[0] as string, 0.9, 5);
    const a1 = await submission(a, p[1] as string, 0.7, 6);
    await submission(a, p[2] as string, null, 7);
    const curatorsOwn = await api.db.annotation.create({
      data: { patchId: p[2] as string, authorId: curator.id, status: 'APPROVED', submittedAt: new Date() },
    });
    await review(curator, p[0] as string, a0.id, 'APPROVE');
    await review(curator, p[1] as string, a1.id, 'REJECT');
    await review(curator, p[2] as string, curatorsOwn.id, 'EDIT_APPROVE');
  });

  it('matches hand-computed speed, active time and review outcomes', async () => {
    const result = await query(admin.token, ds.datasetId, 7);
    expect(result.errors).toBeUndefined();
    const rows = result.data?.annotatorThroughput ?? [];
    expect(rows.map((r) => r.userId)).toEqual([a.id, b.id]); // by name; the curator has no work here
    const rowA = rows[0] as ThroughputRow;
    expect(rowA).toMatchObject({ submitted: 5, skipped: 1, expired: 1 });
    // durations 30, 60, 90, 120, 1800: median 90; p90 at rank 0.9 * 4 = 3.6 -> 120 + 0.6 * 1680
    expect(rowA.medianSecondsPerPatch).toBeCloseTo(90, 6);
    expect(rowA.p90SecondsPerPatch).toBeCloseTo(1128, 6);
    // active: 30 + 60 + 90 + 120 + 600 (the break capped at 10 min) + 40 (the skip) = 940 s
    expect(rowA.activeHours).toBeCloseTo(940 / 3600, 9);
    expect(rowA.submissionsPerHour).toBeCloseTo(5 / (940 / 3600), 6);
    expect(rowA).toMatchObject({ reviewed: 3, approved: 2, editedByCurator: 1, rejected: 1 });
    expect(rowA.rejectionRate).toBeCloseTo(1 / 3, 9);
    expect(rowA.meanProposalDice).toBeCloseTo(0.8, 9); // (0.9 + 0.7) / 2; the one without a proposal is left out
    expect(new Date(rowA.lastActiveAt ?? 0).getTime()).toBeGreaterThan(Date.now() - 3 * 60_000);

    expect(rowA.daily).toHaveLength(7);
    expect(rowA.daily.at(-1)?.day).toBe(utcDay(new Date()));
    const expectedDaily = new Map<string, number>();
    for (const end of submittedEnds)
      expectedDaily.set(utcDay(end), (expectedDaily.get(utcDay(end)) ?? 0) + 1);
    for (const slot of rowA.daily) expect(slot.submitted).toBe(expectedDaily.get(slot.day) ?? 0);

    const rowB = rows[1] as ThroughputRow;
    // 45 s of work gives no hourly rate (under a minute of active time)
    expect(rowB).toMatchObject({
      submitted: 1,
      submissionsPerHour: null,
      reviewed: 0,
      rejectionRate: null,
      meanProposalDice: null,
    });
    expect(rowB.activeHours).toBeCloseTo(45 / 3600, 9);
    expect(rowB.medianSecondsPerPatch).toBeCloseTo(45, 6);
  });

  it('a one-day window leaves out what ended before today (UTC)', async () => {
    const result = await query(admin.token, ds.datasetId, 1);
    const rowA = result.data?.annotatorThroughput.find((r) => r.userId === a.id);
    const today = utcDay(new Date());
    expect(rowA?.daily).toEqual([
      { day: today, submitted: submittedEnds.filter((d) => utcDay(d) === today).length },
    ]);
    expect(rowA?.submitted).toBe(submittedEnds.filter((d) => utcDay(d) === today).length);
  });

  it('counts a real claim and submission through the API', async () => {
    const fresh = await seedWorkflowDataset(api.db, { patches: 2 });
    const c = await createSignedInUser(api, 'ANNOTATOR', 'ann-c');
    const item = await claim(api, c.token, fresh.datasetId);
    const leased = item.data?.claimNext.lease;
    if (!leased) throw new Error(JSON.stringify(item.errors));
    const submitted = await gql(
      api.url,
      SUBMIT,
      {
        i: { patchId: leased.patchId, leaseId: leased.id, version: 0, patternClassId: fresh.patterns[0]?.id },
      },
      c.token,
    );
    expect(submitted.errors).toBeUndefined();
    const rows = (await query(admin.token, fresh.datasetId)).data?.annotatorThroughput ?? [];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: c.id, submitted: 1, skipped: 0, expired: 0 });
    expect(rows[0]?.medianSecondsPerPatch).toBeGreaterThanOrEqual(0);
    expect(rows[0]?.daily).toHaveLength(7); // the default window
  });

  it("myThroughput: an annotator's own figures, on one dataset or all of them", async () => {
    const MINE = `query($d:ID,$days:Int){myThroughput(datasetId:$d,days:$days){
      userId submitted skipped expired medianSecondsPerPatch activeHours reviewed rejected meanProposalDice
      daily{day submitted}}}`;
    const mine = (token: string, datasetId?: string) =>
      gql<{ myThroughput: ThroughputRow | null }>(api.url, MINE, { d: datasetId, days: 7 }, token);
    const admins = (await query(admin.token, ds.datasetId, 7)).data?.annotatorThroughput;
    const own = await mine(a.token, ds.datasetId);
    expect(own.errors).toBeUndefined();
    expect(own.data?.myThroughput).toMatchObject({ userId: a.id, submitted: 5 });
    const {
      lastActiveAt: _l,
      p90SecondsPerPatch: _p,
      submissionsPerHour: _s,
      ...shared
    } = own.data?.myThroughput ?? ({} as ThroughputRow);
    expect(admins?.find((r) => r.userId === a.id)).toMatchObject(shared);
    // every dataset: the submission in the other dataset counts too
    const everywhere = (await mine(a.token)).data?.myThroughput;
    expect(everywhere).toMatchObject({ userId: a.id, submitted: 6, skipped: 1, expired: 1 });
    expect(everywhere?.daily.reduce((sum, d) => sum + d.submitted, 0)).toBe(6);
    // nothing in the window yet: null, not a row of zeros with someone else's figures
    const idle = await createSignedInUser(api, 'ANNOTATOR', 'idle');
    expect((await mine(idle.token)).data?.myThroughput).toBeNull();
    const anonymous = await gql(api.url, MINE, { days: 7 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a bad window, an unknown dataset and anyone but admins', async () => {
    for (const days of [0, 366]) {
      const bad = await query(admin.token, ds.datasetId, days);
      expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      expect(bad.errors?.[0]?.message).toMatch(/days must be a whole number from 1 to 365/);
    }
    const unknown = await query(admin.token, '00000000-0000-4000-8000-000000000000');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const user of [a, curator]) {
      const denied = await query(user.token, ds.datasetId);
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(denied.data?.annotatorThroughput ?? null).toBeNull();
    }
  });
});
