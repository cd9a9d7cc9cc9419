import { exitWhenLauncherDies } from '@hep2/embedded';
import { createApiServer } from './app';
import { loadApiConfig } from './config';
import { sweepExpiredLeases } from './features/workflow/lease.service';
import { createServices } from './services';

exitWhenLauncherDies();
const config = loadApiConfig();
const { services, close } = await createServices(config);
const server = await createApiServer(services);
const port = await server.listen(config.API_PORT, config.API_HOST);
console.log(`api: GraphQL on http://${config.API_HOST}:${port}/graphql (ws on the same path)`);

// Expired leases are already ignored by claims; the sweep keeps queue counts and presence honest.
// Several replicas may sweep at once: each lease is ended under its patch's row lock.
const sweepTimer = setInterval(() => {
  sweepExpiredLeases(services.db).catch((error: unknown) =>
    console.error(`lease sweep failed: ${String(error)}`),
  );
}, 30_000);
sweepTimer.unref();

const shutdown = async () => {
  clearInterval(sweepTimer);
  await server.stop();
  await close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
