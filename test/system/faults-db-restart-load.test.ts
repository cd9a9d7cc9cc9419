/**
 * Fault: Postgres stops abruptly (immediate shutdown: SIGQUIT to the postmaster, as
 * `pg_ctl stop -m immediate`) while 20 annotators claim and submit, stays down for a few seconds and
 * starts again. Connections checked out of the pool at that moment (pipeline mode) die with EPIPE /
 * 57P01: the API process must survive that, answer DATABASE_UNAVAILABLE while the database is down,
 * recover by itself, and keep every submission it acknowledged.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureDemoUsers } from '@hep2/api/seed';
import { applyMigrations, createDb, type Db, prismaMigrationsDir } from '@hep2/db';
import {
  type EmbeddedPg,
  type EmbeddedS3,
  findFreePort,
  startEmbeddedPostgres,
  startEmbeddedS3,
} from '@hep2/embedded';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLAIM,
  type ClaimResult,
  rleFirstPixels,
  SUBMIT,
  seedWorkflowDataset,
} from '../../apps/api/test/support/workflow-fixtures';
import { repoRoot } from '../e2e/support/platform';

const ANNOTATORS = 20;
const DOWN_MS = 6000;
const dir = mkdtempSync(join(tmpdir(), 'hep2-fault-db-load-'));
const pgDir = join(dir, 'pg');
let pgPort: number;
let pg: EmbeddedPg | null = null;
let s3: EmbeddedS3;
let db: Db | null = null;
let api: ChildProcess;
let apiUrl: string;
let output = '';

interface Answer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20_000),
  });
  return (await response.json()) as Answer<T>;
}

/** Immediate shutdown: the postmaster ends every backend at once without a checkpoint. */
async function stopPostgresImmediately(): Promise<void> {
  const pid = Number(readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  process.kill(pid, 'SIGQUIT');
  for (let i = 0; i < 100 && existsSync(join(pgDir, 'postmaster.pid')); i++) await sleep(100);
}

beforeAll(async () => {
  pgPort = await findFreePort();
  pg = await startEmbeddedPostgres({ dataDir: pgDir, port: pgPort, database: 'hep2' });
  const { connectionString } = pg;
  await applyMigrations(connectionString, prismaMigrationsDir, () => {});
  db = createDb({ connectionString, poolSize: 2 });
  await ensureDemoUsers(db);
  s3 = await startEmbeddedS3({ directory: join(dir, 's3'), port: await findFreePort(), bucket: 'hep2-fdl' });
  const port = await findFreePort();
  apiUrl = `http://127.0.0.1:${port}`;
  api = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'apps/api/src/main.ts')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: connectionString,
      DATABASE_POOL_SIZE: '8',
      S3_ENDPOINT: s3.endpoint,
      S3_ACCESS_KEY: s3.accessKey,
      S3_SECRET_KEY: s3.secretKey,
      S3_BUCKET: s3.bucket,
      API_PORT: String(port),
      HEP2_LAUNCHER_PID: String(process.pid),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (c: Buffer) => {
    output += c;
  };
  api.stdout?.on('data', collect);
  api.stderr?.on('data', collect);
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(`${apiUrl}/readyz`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline || api.exitCode !== null) throw new Error(`API did not start\n${output}`);
    await sleep(250);
  }
});

afterAll(async () => {
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await Promise.race([new Promise((r) => api.once('exit', r)), sleep(5000)]);
  }
  await db?.$disconnect().catch(() => {});
  await pg?.stop().catch(() => {});
  await s3?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('immediate Postgres restart under 20 annotators', () => {
  it('the API stays up, answers DATABASE_UNAVAILABLE meanwhile, recovers and loses no submission', async () => {
    const ds = await seedWorkflowDataset(db!, { patches: 3000 });
    await db!.$disconnect();
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
    const pid = api.pid;

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
    await stopPostgresImmediately();
    await sleep(DOWN_MS);
    pg = await startEmbeddedPostgres({ dataDir: pgDir, port: pgPort, database: 'hep2' });
    const restartedAt = Date.now();

    let recoveredAt = 0;
    while (!recoveredAt && Date.now() < restartedAt + 30_000 && api.exitCode === null) {
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
    expect(api.exitCode, output.slice(-4000)).toBeNull();
    expect(api.pid).toBe(pid);
    expect(recoveredAt, output.slice(-4000)).toBeGreaterThan(0);
    expect(during.length).toBeGreaterThan(0);
    expect(during.filter((r) => !r.ok).map((r) => r.code)).toEqual(
      during.filter((r) => !r.ok).map(() => 'DATABASE_UNAVAILABLE'),
    );
    // Requests cut by the stop itself are told to retry too; never "internal" or a dropped socket.
    expect(
      [...codes].filter((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'NETWORK'),
      output.slice(-4000),
    ).toEqual([]);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((r) => r.ok || r.code === 'QUEUE_EMPTY')).toBe(true);

    // Every acknowledged submission is in the database.
    db = createDb({ connectionString: pg.connectionString, poolSize: 2 });
    const stored = await db.annotation.count({ where: { id: { in: acknowledged }, status: 'SUBMITTED' } });
    expect(stored).toBe(acknowledged.length);
  });
});
