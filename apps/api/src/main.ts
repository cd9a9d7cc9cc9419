import { exitWhenLauncherDies } from '@hep2/embedded';
import { createApiServer } from './app';
import { loadApiConfig } from './config';
import { sweepAbandonedUploads } from './features/imports/upload-sweep';
import { sweepExpiredLeases } from './features/queue/lease.service';
import { createServices } from './services';
import { uploadPendingObjects } from './shared/pending-objects';

exitWhenLauncherDies();
const config = loadApiConfig();
const { services, close } = await createServices(config);
const server = await createApiServer(services);
const port = await server.listen(config.API_PORT, config.API_HOST);
console.log(`api: GraphQL on http://${config.API_HOST}:${port}/graphql (ws on the same path)`);

// Expired leases are already ignored by claims; the sweep keeps queue counts and presence honest.
// Several replicas may sweep at once: each lease is ended under its patch's row lock.
// Committed masks whose upload failed (store down, a replica killed) are uploaded by the same timer;
// replicas sweeping at once upload identical bytes under the same key, which is harmless.
// Uploads requested and never completed lose their object once their URL expired (upload-sweep.ts).
const sweep = () => {
  sweepExpiredLeases(services.db).catch((error: unknown) =>
    console.error(`lease sweep failed: ${String(error)}`),
  );
  uploadPendingObjects(services.db, services.store).catch((error: unknown) =>
    console.error(`pending upload sweep failed: ${String(error)}`),
  );
  sweepAbandonedUploads(services.db, services.store, config.UPLOAD_SWEEP_GRACE_SECONDS).catch(
    (error: unknown) => console.error(`abandoned upload sweep failed: ${String(error)}`),
  );
};
const sweepTimer = setInterval(sweep, 30_000);
sweepTimer.unref();

const shutdown = async () => {
  clearInterval(sweepTimer);
  await server.stop();
  await close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
