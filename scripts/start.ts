/**
 * `npm start`: the whole platform on embedded defaults (or the configured Postgres / S3):
 * database + object store, migrations, demo data, then the API, the trainer worker and the web app.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_USERS, ensureDemoUsers } from '@hep2/api/seed';
import { applyMigrations, createDb, prismaMigrationsDir } from '@hep2/db';
import { connectPlatform, EMBEDDED_S3_WARNING, platformEnv } from '@hep2/embedded';
import { loadLauncherConfig } from './lib/launcher-config';
import { killRecordedProcesses, type ManagedProcess, recordProcesses, startProcess } from './lib/processes';
import { seedDemoDataset } from './lib/seed-demo';
import { shutdownPlatform } from './lib/shutdown';
import { ensureWebBuild } from './lib/web-build';

const root = fileURLToPath(new URL('..', import.meta.url));
const log = (line: string) => console.log(`[start] ${line}`);

const config = loadLauncherConfig();
mkdirSync(config.dataDir, { recursive: true });
const pidFile = join(config.dataDir, 'processes.pid');
await killRecordedProcesses(pidFile, log);

const infra = await connectPlatform(config, { log });
log(
  `postgres: ${infra.embedded.postgres ? 'embedded' : 'configured'}; object store: ${infra.embedded.s3 ? `embedded at ${infra.s3.endpoint}` : infra.s3.endpoint}`,
);
if (infra.embedded.s3) log(EMBEDDED_S3_WARNING);
await applyMigrations(infra.databaseUrl, prismaMigrationsDir, log);

if (config.SEED_DEMO === 'true') {
  const db = createDb({ connectionString: infra.databaseUrl, poolSize: 2 });
  await ensureDemoUsers(db);
  await seedDemoDataset(db, infra, log);
  await db.$disconnect();
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...platformEnv(infra),
  HEP2_LAUNCHER_PID: String(process.pid),
  API_PORT: String(config.API_PORT),
  API_URL: `http://127.0.0.1:${config.API_PORT}`,
  NEXT_PUBLIC_API_WS_PORT: String(config.API_PORT),
  WEB_PORT: String(config.WEB_PORT),
};
await ensureWebBuild(join(root, 'apps/web'), env, log);

const processes: ManagedProcess[] = [
  startProcess('api', 'npx', ['tsx', join(root, 'apps/api/src/main.ts')], env),
  startProcess('trainer', 'npx', ['tsx', join(root, 'apps/trainer/src/main.ts')], env),
  startProcess('web', 'npx', ['tsx', join(root, 'apps/web/server.ts')], { ...env, NODE_ENV: 'production' }),
];
recordProcesses(pidFile, processes);

let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log('stopping...');
    // Bounded whatever the children or the services do: the apps get 5 s, the database and the
    // object store 3 s (an embedded Postgres stopped from outside never reports its exit).
    setTimeout(() => process.exit(code), 10_000).unref();
    await shutdownPlatform(processes, infra);
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
for (const { name, child } of processes) {
  child.on('exit', (code, signal) => {
    if (stopping) return;
    log(`${name} exited (${signal ?? code}); stopping the platform`);
    void shutdown(1);
  });
}

function demoLogins(): string {
  if (config.SEED_DEMO !== 'true')
    return '  No demo users (SEED_DEMO=false): create an admin with `npm run create-admin`.\n';
  const lines = DEMO_USERS.map((u) => `    ${u.role.padEnd(10)} ${u.email.padEnd(24)} ${u.password}`);
  return `  Demo logins:\n${lines.join('\n')}\n`;
}

console.log(`
  HEp-2 Label is starting:
    web app   http://127.0.0.1:${config.WEB_PORT}
    GraphQL   http://127.0.0.1:${config.API_PORT}/graphql   (health: /readyz)
    data      ${config.dataDir}

${demoLogins()}

  Stop with Ctrl+C; data survives restarts.
`);
