import type { PgBoss } from 'pg-boss';
import type { ApiConfig } from '../../config';
import { type DurableQueue, openDurableQueue } from '../../shared/job-queue';

/** The durable import queue (shared/job-queue.ts): one message per ImportJob row. */
export type ImportQueue = DurableQueue;

/**
 * Imports whose worker died are retried after IMPORT_HEARTBEAT_SECONDS, up to IMPORT_RETRY_LIMIT
 * times, then end FAILED (import-worker.ts).
 */
export function openImportQueue(boss: PgBoss, config: ApiConfig): Promise<ImportQueue> {
  return openDurableQueue(boss, {
    name: config.IMPORT_QUEUE,
    retryLimit: config.IMPORT_RETRY_LIMIT,
    heartbeatSeconds: config.IMPORT_HEARTBEAT_SECONDS,
  });
}
