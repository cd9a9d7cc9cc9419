/**
 * Fault: Postgres stops abruptly (immediate shutdown: SIGQUIT to the postmaster, as
 * `pg_ctl stop -m immediate`) while 20 annotators claim and submit, stays down for 10 s and
 * starts again. Connections checked out of the pool at that moment (pipeline mode) die with EPIPE /
 * 57P01: the API process must survive that, answer DATABASE_UNAVAILABLE while the database is down,
 * recover by itself, and keep every submission it acknowledged. The trainer and the web app run
 * beside it, as `npm start` runs them: they stay up too, and serve again without a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDb, type Db } from '@hep2/db';
import { type EmbeddedS3, findFreePort, startEmbeddedS3 } from '@hep2/embedded';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLAIM,
  type ClaimResult,
  rleFirstPixels,
  SUBMIT,
  seedWorkflowDataset,
} from '../../apps/api/test/support/workflow-fixtures';
import { ensureWebBuild } from '../../scripts/lib/web-build';
import { repoRoot } from '../e2e/support/platform';
import {
  type Answer,
  type AppProcess,
  apiReady,
  graphqlAt,
  startApp,
  startFaultDatabase,
  waitUntil,
} from './support/fault-services';

const ANNOTATORS = 20;
/** As the reproduction: 10 s without a database. */
const DOWN_MS = 10_000;
const dir = mkdtempSync(join(tmpdir(), 'hep2-fault-db-load-'));
let database: Awaited<ReturnType<typeof startFaultDatabase>>;
let s3: EmbeddedS3;
let db: Db | null = null;
let api: AppProcess;
let trainer: AppProcess;
let web: AppProcess;
let apiUrl: string;
let webUrl: string;
let gql: ReturnType<typeof graphqlAt>;
const output = () => [api, trainer, web].map((app) => app?.output().slice(-3000) ?? '').join('\n---\n');

/** Fast cadences so that a trainer that recovered picks a queued run up within a second or two. */
const TRAINER_ENV = {
  TRAINER_BACKENDS: 'wasm,cpu',
  TRAINER_HEARTBEAT_SECONDS: '0.5',
  TRAINER_DISPATCH_SECONDS: '0.3',
  TRAINER_POLL_SECONDS: '0.5',
  TRAINER_SWEEP_SECONDS: '2',
  TRAINER_TRIGGER_CHECK_SECONDS: '3600',
};

beforeAll(async () => {
  database = await startFaultDatabase(dir);
  s3 = await startEmbeddedS3({ directory: join(dir, 's3'), port: await findFreePort(), bucket: 'hep2-fdl' });
  const [apiPort, webPort] = [await findFreePort(), await findFreePort()];
  apiUrl = `http://127.0.0.1:${apiPort}`;
  webUrl = `http://127.0.0.1:${webPort}`;
  gql = graphqlAt(apiUrl);
  const env = {
    DATABASE_URL: database.connectionString,
    DATABASE_POOL_SIZE: '8',
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY: s3.accessKey,
    S3_SECRET_KEY: s3.secretKey,
    S3_BUCKET: s3.bucket,
    API_PORT: String(apiPort),
    API_URL: apiUrl,
    WEB_PORT: String(webPort),
    CHECKPOINT_DISABLE: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  await ensureWebBuild(join(repoRoot, 'apps/web'), { ...process.env, ...env }, () => {});
  api = startApp('apps/api/src/main.ts', env);
  trainer = startApp('apps/trainer/src/main.ts', { ...env, ...TRAINER_ENV });
  web = startApp('apps/web/server.ts', { ...env, NODE_ENV: 'production' });
  await waitUntil(apiReady(apiUrl), 60_000, 'the API', output);
  await waitUntil(async () => (await fetch(`${webUrl}/sign-in`)).ok, 60_000, 'the web app', output);
}, 300_000);

afterAll(async () => {
  await Promise.all([api, trainer, web].map((app) => app?.stop()));
  await db?.$disconnect().catch(() => {});
  await database?.dispose();
  await s3?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The web app's proxy reaches a healthy API (the page alone would not need the database). */
async function webServes(): Promise<boolean> {
  const page = await fetch(`${webUrl}/sign-in`, { signal: AbortSignal.timeout(5000) });
  const health = await graphqlAt(webUrl, 5000)<{ health: { ok: boolean } }>('{health{ok}}');
  return page.ok && health.data?.health.ok === true;
}

describe('immediate Postgres restart under 20 annotators', () => {
  it('API, trainer and web stay up; DATABASE_UNAVAILABLE meanwhile; all recover; no submission lost', async () => {
    db = createDb({ connectionString: database.connectionString, poolSize: 2 });
    const ds = await seedWorkflowDataset(db, { patches: 3000 });
    await db.$disconnect();
    db = null;
    const admin = await gql<{ signIn: { token: string } }>(
      'mutation{signIn(email:"admin@demo.local",password:"demo-admin-pass"){token}}',
    );
    const adminToken = admin.data!.signIn.token;
    const tokens: string[] = [];
    for (let i = 0; i < ANNOTATORS; i++) {
      const email = `restart-${i}-${Date.now()}@fault.local`;
      const created = await gql(
        'mutation($e:String!){createUser(email:$e,name:"r",password:"restart-password-1",role:ANNOTATOR){id}}',
        { e: email },
        adminToken,
      );
      expect(created.errors).toBeUndefined();
      const signIn = await gql<{ signIn: { token: string } }>(
        'mutation($e:String!){signIn(email:$e,password:"restart-password-1"){token}}',
        { e: email },
      );
      tokens.push(signIn.data!.signIn.token);
    }
    const pids = [api, trainer, web].map((app) => app.child.pid);

    const results: { at: number; ok: boolean; code?: string }[] = [];
    const acknowledged: string[] = [];
    let running = true;
    const record = <T>(at: number, answer: Answer<T> | null) => {
      const code = answer ? answer.errors?.[0]?.extensions?.code : 'NETWORK';
      results.push({ at, ok: !!answer && !answer.errors, code });
      return answer?.errors ? null : (answer?.data ?? null);
    };
    const annotator = async (token: string) => {
      while (running) {
        let at = Date.now();
        const claimed = record(
          at,
          await gql<ClaimResult>(CLAIM, { d: ds.datasetId }, token).catch(() => null),
        );
        if (!claimed) {
          await sleep(100);
          continue;
        }
        const { lease } = claimed.claimNext;
        at = Date.now();
        const input = {
          patchId: lease.patchId,
          leaseId: lease.id,
          patternClassId: null,
          mask: rleFirstPixels(8, 8, 5),
        };
        const submitted = record(
          at,
          await gql<{ submitAnnotation: { id: string } }>(SUBMIT, { i: input }, token).catch(() => null),
        );
        if (submitted) acknowledged.push(submitted.submitAnnotation.id);
        else await sleep(100);
      }
    };
    const workers = tokens.map(annotator);
    await sleep(2000);

    const stoppedAt = Date.now();
    await database.stopImmediately();
    await sleep(DOWN_MS);
    await database.start();
    const restartedAt = Date.now();

    let recoveredAt = 0;
    while (!recoveredAt && Date.now() < restartedAt + 30_000 && api.child.exitCode === null) {
      const r = await gql<{ viewer: { id: string } }>('{viewer{id}}', {}, tokens[0]).catch(() => null);
      if (r?.data?.viewer?.id) recoveredAt = Date.now();
      else await sleep(200);
    }
    await sleep(3000);
    running = false;
    await Promise.all(workers);

    const during = results.filter((r) => r.at >= stoppedAt + 500 && r.at < restartedAt);
    const codes = new Set(results.filter((r) => !r.ok).map((r) => r.code));
    const after = results.filter((r) => r.at >= recoveredAt + 1000);
    console.log(
      `restart under load: ${results.length} requests, ${acknowledged.length} submissions; while down ` +
        `${during.filter((r) => !r.ok).length}/${during.length} failed; codes ${[...codes].join(', ')}; ` +
        `recovered ${recoveredAt - restartedAt} ms after start; ${after.filter((r) => r.ok).length}/${after.length} ok after`,
    );
    // no app died: the same processes serve before and after (the launcher would have stopped all)
    expect(
      [api, trainer, web].map((app) => app.child.exitCode),
      output(),
    ).toEqual([null, null, null]);
    expect([api, trainer, web].map((app) => app.child.pid)).toEqual(pids);
    expect(recoveredAt, output()).toBeGreaterThan(0);
    expect(during.length).toBeGreaterThan(0);
    expect(during.filter((r) => !r.ok).map((r) => r.code)).toEqual(
      during.filter((r) => !r.ok).map(() => 'DATABASE_UNAVAILABLE'),
    );
    // Requests cut by the stop itself are told to retry too; never "internal" or a dropped socket.
    expect(
      [...codes].filter((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'NETWORK'),
      output(),
    ).toEqual([]);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((r) => r.ok || r.code === 'QUEUE_EMPTY')).toBe(true);

    // The web app serves pages and proxies to the API again, by itself.
    await waitUntil(webServes, 30_000, 'the web app after the restart', output);
    // The trainer polls again: a run queued now is picked up (whatever it then makes of 8-pixel patches).
    const queued = await gql<{ triggerTrainingRun: { id: string } }>(
      'mutation($d:ID!){triggerTrainingRun(datasetId:$d,force:true,belowMinimum:true){id}}',
      { d: ds.datasetId },
      adminToken,
    );
    expect(queued.errors, output()).toBeUndefined();
    const runId = queued.data!.triggerTrainingRun.id;
    const runStatus = async () =>
      (
        await gql<{ trainingRun: { status: string } }>(
          'query($id:ID!){trainingRun(id:$id){status}}',
          { id: runId },
          adminToken,
        )
      ).data?.trainingRun.status;
    await waitUntil(
      async () => (await runStatus()) !== 'QUEUED',
      30_000,
      'the trainer to pick up a run',
      output,
    );
    expect([trainer, web].map((app) => app.child.exitCode)).toEqual([null, null]);

    // Every acknowledged submission is in the database.
    db = createDb({ connectionString: database.connectionString, poolSize: 2 });
    const stored = await db.annotation.count({ where: { id: { in: acknowledged }, status: 'SUBMITTED' } });
    expect(stored).toBe(acknowledged.length);
    // No lease is stuck: every live lease is on a patch its holder can still submit.
    const stuck = await db.workLease.count({
      where: { endedAt: null, expiresAt: { gt: new Date() }, patch: { status: { not: 'IN_PROGRESS' } } },
    });
    expect(stuck).toBe(0);
  });
});
