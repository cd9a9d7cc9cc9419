import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ensureDemoUsers } from '@hep2/api/seed';
import { applyMigrations, createDb, type Db, prismaMigrationsDir } from '@hep2/db';
import { findFreePort, type PlatformServices, platformEnv, startPlatformServices } from '@hep2/embedded';
import { ensureWebBuild } from '../../../scripts/lib/web-build';
import { createPlatformDatabase } from './platform-database';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface Platform {
  webUrl: string;
  apiUrl: string;
  db: Db;
  infra: PlatformServices;
  output(): string;
  stop(): Promise<void>;
}

function startChild(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  sink: (line: string) => void,
): ChildProcess {
  // node itself (not npx) so SIGTERM reaches the server; HEP2_LAUNCHER_PID ends it if the test dies.
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => sink(`[${name}] ${chunk}`));
  child.stderr?.on('data', (chunk: Buffer) => sink(`[${name}] ${chunk}`));
  return child;
}

async function waitUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
  output: () => string,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}\n${output().slice(-4000)}`);
}

export interface PlatformOptions {
  /** Also start the trainer worker (fast test cadences, Wasm backend). */
  trainer?: boolean;
  /** Start the web app (built once if sources changed); default true. API-only tests turn it off. */
  web?: boolean;
  /** Extra environment for the app processes (applied last). */
  env?: Record<string, string>;
}

const TRAINER_TEST_ENV: NodeJS.ProcessEnv = {
  TRAINER_BACKENDS: 'wasm,cpu',
  TRAINER_HEARTBEAT_SECONDS: '0.5',
  TRAINER_DISPATCH_SECONDS: '0.3',
  TRAINER_POLL_SECONDS: '0.5',
  TRAINER_SWEEP_SECONDS: '2',
  TRAINER_TRIGGER_CHECK_SECONDS: '3600',
  RUN_HEARTBEAT_TIMEOUT_SECONDS: '30',
};

/**
 * Postgres and S3 for one platform. Under `npm test` (DATABASE_URL and S3_ENDPOINT set): a database
 * of its own on the suite's Postgres, copied from a migrated template with the demo users, and the
 * suite's bucket (every key it writes is made of its own rows' ids): no Postgres to initialise and
 * stop per file. Otherwise embedded Postgres and S3 in `dataDir`, migrated, with the demo users.
 */
async function platformServices(dataDir: string, sink: (line: string) => void): Promise<PlatformServices> {
  const { DATABASE_URL, S3_ENDPOINT, S3_ACCESS_KEY, S3_SECRET_KEY, S3_BUCKET } = process.env;
  if (DATABASE_URL && S3_ENDPOINT && S3_ACCESS_KEY && S3_SECRET_KEY && S3_BUCKET) {
    const database = await createPlatformDatabase(DATABASE_URL, sink);
    const infra = await startPlatformServices({
      dataDir,
      databaseUrl: database.url,
      s3: { endpoint: S3_ENDPOINT, accessKey: S3_ACCESS_KEY, secretKey: S3_SECRET_KEY },
      bucket: S3_BUCKET,
      pgPort: 0,
      s3Port: 0,
      log: sink,
    });
    return { ...infra, stop: () => infra.stop().finally(database.drop) };
  }
  const [pgPort, s3Port] = [await findFreePort(), await findFreePort()];
  const infra = await startPlatformServices({ dataDir, bucket: 'hep2', pgPort, s3Port, log: sink });
  await applyMigrations(infra.databaseUrl, prismaMigrationsDir, sink);
  const db = createDb({ connectionString: infra.databaseUrl, poolSize: 1 });
  await ensureDemoUsers(db).finally(() => db.$disconnect());
  return infra;
}

/**
 * The platform as `npm start` runs it, on free ports: Postgres and S3 (platformServices), migrations,
 * demo users, the API and the web app's production server (built once if sources changed).
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const withWeb = options.web ?? true;
  let log = '';
  const sink = (line: string) => {
    log += line;
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'hep2-e2e-'));
  const [apiPort, webPort] = [await findFreePort(), await findFreePort()];
  const infra = await platformServices(dataDir, sink);
  const db = createDb({ connectionString: infra.databaseUrl, poolSize: 2 });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...platformEnv(infra),
    API_PORT: String(apiPort),
    API_URL: apiUrl,
    WEB_PORT: String(webPort),
    NODE_ENV: 'production',
    HEP2_LAUNCHER_PID: String(process.pid),
    ...options.env,
  };
  if (withWeb) await ensureWebBuild(join(repoRoot, 'apps/web'), { ...env }, sink);
  const children = [startChild('api', [join(repoRoot, 'apps/api/src/main.ts')], env, sink)];
  if (withWeb) children.push(startChild('web', [join(repoRoot, 'apps/web/server.ts')], env, sink));
  if (options.trainer) {
    children.push(
      startChild(
        'trainer',
        [join(repoRoot, 'apps/trainer/src/main.ts')],
        { ...env, ...TRAINER_TEST_ENV, ...options.env },
        sink,
      ),
    );
  }
  const webUrl = `http://127.0.0.1:${webPort}`;
  const output = () => log;
  await waitUntil(async () => (await fetch(`${apiUrl}/readyz`)).ok, 60_000, 'the API', output);
  if (withWeb)
    await waitUntil(async () => (await fetch(`${webUrl}/sign-in`)).ok, 60_000, 'the web app', output);
  return {
    webUrl,
    apiUrl,
    db,
    infra,
    output,
    stop: async () => {
      for (const child of children) {
        if (child.exitCode === null) {
          child.kill('SIGTERM');
          await Promise.race([new Promise((r) => child.once('exit', r)), sleep(5000)]);
        }
      }
      await db.$disconnect().catch(() => {});
      await infra.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
