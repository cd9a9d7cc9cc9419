/**
 * Shared by the database fault tests: a Postgres of their own (so it can be stopped and started
 * again), the app processes run as `npm start` runs them, and a small GraphQL client.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureDemoUsers } from '@hep2/api/seed';
import { applyMigrations, createDb, prismaMigrationsDir } from '@hep2/db';
import { type EmbeddedPg, findFreePort, startEmbeddedPostgres } from '@hep2/embedded';
import { repoRoot } from '../../e2e/support/platform';

export interface Answer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A GraphQL client for `baseUrl`/graphql; each request fails after `timeoutMs`. */
export function graphqlAt(baseUrl: string, timeoutMs = 20_000) {
  return async <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return (await response.json()) as Answer<T>;
  };
}

/** A Postgres in `dir`, migrated and with the demo users, that a test may stop and start again. */
export async function startFaultDatabase(dir: string) {
  const dataDir = join(dir, 'pg');
  const port = await findFreePort();
  let pg: EmbeddedPg | null = null;
  const start = async () => {
    pg = await startEmbeddedPostgres({ dataDir, port, database: 'hep2' });
    return pg;
  };
  const { connectionString } = await start();
  await applyMigrations(connectionString, prismaMigrationsDir, () => {});
  const db = createDb({ connectionString, poolSize: 2 });
  await ensureDemoUsers(db);
  await db.$disconnect();
  return {
    connectionString,
    start,
    /** A clean stop (`pg_ctl stop -m fast`). */
    stop: async () => {
      await pg?.stop();
      pg = null;
    },
    /** Immediate shutdown (as `pg_ctl stop -m immediate`): every backend ends at once, no checkpoint. */
    stopImmediately: async () => {
      const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(pid, 'SIGQUIT');
      for (let i = 0; i < 100 && existsSync(join(dataDir, 'postmaster.pid')); i++) await sleep(100);
      pg = null;
    },
    /** Stops it if it runs (after the test). */
    dispose: async () => {
      await pg?.stop().catch(() => {});
    },
  };
}

export interface AppProcess {
  child: ChildProcess;
  output(): string;
  /** SIGTERM, then SIGKILL if it has not exited after 5 s. */
  stop(): Promise<void>;
}

/** An app as `npm start` runs it: node with tsx, ended with the test (HEP2_LAUNCHER_PID). */
export function startApp(entry: string, env: NodeJS.ProcessEnv): AppProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, entry)], {
    cwd: repoRoot,
    env: { ...process.env, HEP2_LAUNCHER_PID: String(process.pid), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return {
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      if (!(await Promise.race([exited.then(() => true), sleep(5000, false)]))) child.kill('SIGKILL');
    },
  };
}

/** Resolves once `check` holds; throws with `what` and the output's tail after `timeoutMs`. */
export async function waitUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
  output: () => string = () => '',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}\n${output().slice(-4000)}`);
}

/** Ready when /readyz says so (database and object store reachable). */
export const apiReady = (baseUrl: string) => async () => (await fetch(`${baseUrl}/readyz`)).ok;
