import { createDb, pendingObjectReader } from '@hep2/db';
import { objectStoreSettings } from '@hep2/embedded/settings';
import type { ApiConfig } from './config';
import { ViewerCache } from './features/accounts/viewer-cache';
import { EventBus } from './features/events/event-bus';
import { openExportQueue } from './features/exports/export-queue';
import { startExportWorkers } from './features/exports/export-worker';
import { openImportQueue } from './features/imports/import-queue';
import { startImportWorkers } from './features/imports/import-worker';
import { rollupRefreshesSettled } from './features/review/specimen-rollup-refresh';
import { WebhookWorker } from './features/webhooks/webhook-worker';
import type { ApiServices } from './graphql/context';
import { startJobBoss } from './shared/job-queue';
import { pendingUploadsSettled } from './shared/pending-objects';
import { ApiObjectStore } from './shared/storage-errors';

/**
 * Connects to Postgres, the object store, the event bus and the background-job queues (imports,
 * exports) and starts this process's workers; `close` releases all of them.
 */
export async function createServices(config: ApiConfig, log: (line: string) => void = console.log) {
  const db = createDb({ connectionString: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE });
  const storeConfig = {
    ...objectStoreSettings(config),
    // masks committed but not uploaded yet are read from the outbox (shared/pending-objects.ts)
    pending: pendingObjectReader(db),
  };
  // Store outages surface as STORAGE_UNAVAILABLE (shared/storage-errors.ts).
  const store = new ApiObjectStore(storeConfig);
  const publicStore = config.S3_PUBLIC_ENDPOINT
    ? new ApiObjectStore({ ...storeConfig, endpoint: config.S3_PUBLIC_ENDPOINT })
    : store;
  const events = new EventBus(config.DATABASE_URL, db, log);
  await events.start();
  const viewers = new ViewerCache(events, config.VIEWER_CACHE_SECONDS);
  const boss = await startJobBoss(config, log);
  const [imports, exports] = [await openImportQueue(boss, config), await openExportQueue(boss, config)];
  const services: ApiServices = { config, db, store, publicStore, events, viewers, imports, exports };
  if (config.IMPORT_WORKER) await startImportWorkers(services, boss, imports);
  const exportWorkers = config.EXPORT_WORKER ? await startExportWorkers(services, boss, exports) : null;
  const webhooks = config.WEBHOOK_WORKER ? new WebhookWorker({ db, events, config, log }) : null;
  webhooks?.start();
  return {
    services,
    close: async () => {
      // sends in flight are interrupted and become due again for another replica
      await webhooks?.stop();
      // exports in flight stop at once and are retried by another replica (an archive is made
      // again from the start); imports get 10 s, and one still running is retried the same way
      exportWorkers?.abort();
      await boss.stop({ graceful: true, timeout: 10_000 });
      // roll-up refreshes run after their submission answered: let them finish before disconnecting
      await rollupRefreshesSettled(db);
      // and the uploads of committed masks (a row left behind is uploaded by the next sweep)
      await pendingUploadsSettled(db);
      await events.stop();
      await db.$disconnect();
    },
  };
}
