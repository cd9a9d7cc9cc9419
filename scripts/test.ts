/**
 * `npm test`: static checks, then every vitest project against real services. With DATABASE_URL /
 * S3_ENDPOINT unset it starts a throw-away embedded Postgres and S3 server on free ports.
 * Extra arguments go to vitest (e.g. `npm test -- apps/api`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, prismaMigrationsDir } from '@hep2/db';
import { connectPlatform, findFreePort, platformEnv } from '@hep2/embedded';
import { loadLauncherConfig } from './lib/launcher-config';

const args = process.argv.slice(2);
const log = (line: string) => console.log(`[test] ${line}`);

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): number {
  log(`$ ${command} ${commandArgs.join(' ')}`);
  return spawnSync(command, commandArgs, { stdio: 'inherit', env }).status ?? 1;
}

if (args.length === 0) {
  for (const [command, commandArgs] of [
    ['npx', ['biome', 'ci', '.']],
    ['npm', ['run', 'typecheck']],
  ] as const) {
    if (run(command, [...commandArgs]) !== 0) process.exit(1);
  }
}

const config = loadLauncherConfig();
const scratch = mkdtempSync(join(tmpdir(), 'hep2-test-'));
// Embedded services on free ports, in a throw-away folder, never the ones of `npm start`.
const infra = await connectPlatform(
  {
    ...config,
    S3_BUCKET: config.DATABASE_URL ? config.S3_BUCKET : 'hep2-test',
    EMBEDDED_PG_PORT: await findFreePort(),
    EMBEDDED_S3_PORT: await findFreePort(),
  },
  { dataDir: scratch, log },
);
// vitest runs asynchronously: the embedded S3 server lives in this process and must keep serving.
function runAsync(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<number> {
  log(`$ ${command} ${commandArgs.join(' ')}`);
  const child = spawn(command, commandArgs, { stdio: 'inherit', env });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

let status = 1;
try {
  await applyMigrations(infra.databaseUrl, prismaMigrationsDir, log);
  status = await runAsync('npx', ['vitest', 'run', ...args], {
    ...process.env,
    ...platformEnv(infra),
    HEP2_TEST_SCRATCH: scratch,
  });
} finally {
  await infra.stop();
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(status);
