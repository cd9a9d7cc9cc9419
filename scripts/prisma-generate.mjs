// Runs after `npm install`: generates the Prisma client. The CLI would first try to download its native
// schema engine (impossible offline, and unused by `generate`), so point it at an existing file.
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/false',
  CHECKPOINT_DISABLE: '1',
};
const result = spawnSync('npx', ['prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
