import { exitWhenLauncherDies } from '@hep2/embedded';
import { loadTrainerConfig } from './config';
import { startTrainerService } from './trainer-service';

exitWhenLauncherDies();
const service = await startTrainerService(loadTrainerConfig());

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  await service.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
