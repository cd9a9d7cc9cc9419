import { hostname } from 'node:os';
import { createDb } from '@hep2/db';
import { exitWhenLauncherDies } from '@hep2/embedded';
import { loadTrainerConfig } from './config';
import { failStaleRuns } from './features/runs/stale-runs';

exitWhenLauncherDies();
const config = loadTrainerConfig();
const workerId = config.TRAINER_WORKER_ID ?? `${hostname()}:${process.pid}`;
const db = createDb({ connectionString: config.DATABASE_URL, poolSize: 4 });

async function sweep(): Promise<void> {
  const failed = await failStaleRuns(db, config.RUN_HEARTBEAT_TIMEOUT_SECONDS);
  if (failed > 0) console.log(`marked ${failed} abandoned run(s) as failed`);
}

await sweep();
const timer = setInterval(
  () => void sweep().catch((error: unknown) => console.error(`sweep failed: ${String(error)}`)),
  30_000,
);
console.log(`trainer ${workerId}: watching for training runs`);

const shutdown = async () => {
  clearInterval(timer);
  await db.$disconnect();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
